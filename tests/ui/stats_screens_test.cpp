// The day summary and the open-data page drawn headless: the figures shown, the charts' bars following
// the data, the taps, loading and failure, and that each fits a phone and a desktop in Thai and English.
#include <gtest/gtest.h>

#include "tests/stats_fixture.h"
#include "tests/ui/ui_test_state.h"
#include "ui/screen_parts.h"

namespace khiw {
namespace {

using testing::frame_of;
using testing::widget_of;

AppState summary_of(const StatsReport& report) {
  AppState s = testing::state_on(Screen::DaySummary);
  s.counter.session = {"tok", "staff1040", "1040", s.now + 3600};
  s.summary.read.status = LoadStatus::Ready;
  s.summary.read.report = report;
  return s;
}

AppState summary() { return summary_of(testing::sample_report(Date{2026, 11, 23}, Date{2026, 11, 23}, {"1040"})); }

TEST(DaySummaryScreen, ShowsTheOfficesFiguresAndItsBookingEffect) {
  const auto out = frame_of(summary());
  EXPECT_EQ(widget_of(out, "info_summary_totals_served").label, "12");
  EXPECT_EQ(widget_of(out, "info_summary_totals_booked_walk_in").label, "10 / 5");
  EXPECT_EQ(widget_of(out, "info_summary_totals_mean_wait").label, "10.0 นาที");
  EXPECT_EQ(widget_of(out, "info_summary_totals_p95_wait").label, "25.0 นาที");
  EXPECT_EQ(widget_of(out, "info_summary_totals_stars").label, "4.5 จาก 5 (4 ครั้ง)");
  EXPECT_EQ(widget_of(out, "info_summary_effect_change").label, "-73.7% · ถึงเป้าหมายแล้ว");
  EXPECT_EQ(widget_of(out, "info_summary_effect_baseline").label, "25.0 นาที");
  EXPECT_EQ(widget_of(out, "info_summary_registration_served").label, "12");
  EXPECT_EQ(widget_of(out, "info_summary_dates").label, "จันทร์ 23 พ.ย. 2569");
}

TEST(DaySummaryScreen, TheChartsBarsFollowTheData) {
  const auto out = frame_of(summary());
  // Arrivals 10 at 8, 5 at 9, none later: the 9 o'clock bar is half as tall, on the same base line.
  const auto eight = widget_of(out, "info_summary_arrivals_8");
  const auto nine = widget_of(out, "info_summary_arrivals_9");
  const auto ten = widget_of(out, "info_summary_arrivals_10");
  EXPECT_GT(eight.h, 100.0f);
  EXPECT_NEAR(nine.h, eight.h / 2, 1.0f);
  EXPECT_EQ(ten.h, 0.0f);
  EXPECT_EQ(eight.y + eight.h, nine.y + nine.h);
  EXPECT_LT(eight.x, nine.x);
  EXPECT_EQ(nine.label, "5");
  // Mean waits 15 and 5 minutes: a third; an hour without waits has no bar and no figure.
  const auto wait8 = widget_of(out, "info_summary_wait_8");
  const auto wait9 = widget_of(out, "info_summary_wait_9");
  EXPECT_NEAR(wait9.h, wait8.h / 3, 1.0f);
  EXPECT_EQ(wait8.label, "15.0");
  EXPECT_EQ(widget_of(out, "info_summary_wait_16").h, 0.0f);
  EXPECT_EQ(widget_of(out, "info_summary_wait_16").label, "–");
  // Other figures: other bars.
  StatsReport busier = testing::sample_report(Date{2026, 11, 23}, Date{2026, 11, 23}, {"1040"});
  busier.offices[0].totals.hours[1].arrivals = 20;
  const auto out2 = frame_of(summary_of(busier));
  EXPECT_NEAR(widget_of(out2, "info_summary_arrivals_8").h, widget_of(out2, "info_summary_arrivals_9").h / 2, 1.0f);
}

TEST(DaySummaryScreen, RangesCsvLoadingAndFailure) {
  AppState s = summary();
  EXPECT_EQ(testing::single<ChooseSummaryRange>(testing::tap(s, "summary_range_2")).range, SummaryRange::Last7Days);
  testing::single<DownloadSummaryCsv>(testing::tap(s, "summary_csv"));
  s.summary.read.csv_file = "khiw-1040-2026-11-23-2026-11-23.csv";
  EXPECT_TRUE(testing::tap(s, "summary_csv").empty());  // one download at a time
  s.summary.range = SummaryRange::Last7Days;
  s.summary.read.status = LoadStatus::Loading;
  auto out = frame_of(s);
  EXPECT_EQ(widget_of(out, "info_summary_dates").label, "17 พ.ย. 2569 – 23 พ.ย. 2569");
  EXPECT_FALSE(testing::has_widget(out, "info_summary_totals_served"));
  s.summary.read.status = LoadStatus::Failed;
  s.summary.read.error = "network";
  EXPECT_EQ(testing::single<ChooseSummaryRange>(testing::tap(s, "stats_retry")).range, SummaryRange::Last7Days);
  s.summary.read = {LoadStatus::Ready, StatsReport{}, "", "", "", ""};  // an office without a report: nothing to show
  out = frame_of(s);
  EXPECT_FALSE(testing::has_widget(out, "info_summary_totals_served"));
  EXPECT_TRUE(testing::has_widget(out, "summary_csv"));
}

TEST(DaySummaryScreen, OpensFromTheDesk) {
  AppState s = testing::state_on(Screen::CounterDesk);
  s.counter.session = {"tok", "staff1040", "1040", s.now + 3600};
  s.counter.desk = {"registration", 1};
  s.counter.queue_status = LoadStatus::Ready;
  testing::single<OpenDaySummary>(testing::tap(s, "open_day_summary"));
}

TEST(DaySummaryScreen, FitsAPhoneAndADesktop) { testing::expect_fits_phone_and_desktop(summary()); }

AppState open_data(const std::string& office = "") {
  AppState s = testing::state_on(Screen::OpenData);
  s.open_data.read.status = LoadStatus::Ready;
  s.open_data.read.report = testing::sample_report(Date{2026, 11, 23}, Date{2026, 11, 23}, {"1001", "1040"});
  s.open_data.office = office;
  return s;
}

TEST(OpenDataScreen, OneRowPerOfficeATapShowsItsSections) {
  AppState s = open_data();
  auto out = frame_of(s);
  const std::string row = widget_of(out, "open_data_office_1040").label;
  EXPECT_EQ(row, ui::office_name(s.ref, "1040", Lang::Th) + "\nให้บริการ 13 · รอเฉลี่ย 10.0 นาที · คะแนน 4.5");
  EXPECT_FALSE(testing::has_widget(out, "info_open_data_1040_registration_served"));
  EXPECT_EQ(testing::single<ChooseOpenDataOffice>(testing::tap(s, "open_data_office_1040")).office, "1040");
  out = frame_of(open_data("1040"));
  EXPECT_EQ(widget_of(out, "info_open_data_1040_registration_served").label, "13");
  EXPECT_EQ(testing::single<ChooseOpenDataDay>(testing::tap(s, "open_data_day_1")).day, OpenDataDay::Yesterday);
  testing::single<DownloadOpenDataCsv>(testing::tap(s, "open_data_csv"));
}

// Found looking at the screen: an office tapped near the bottom of the list opened below the fold.
TEST(OpenDataScreen, AnOfficeOpenedNearTheBottomComesIntoView) {
  std::vector<std::string> codes;
  for (int code = 1001; code <= 1020; ++code) codes.push_back(std::to_string(code));
  AppState s = open_data("1020");
  s.open_data.read.report = testing::sample_report(Date{2026, 11, 23}, Date{2026, 11, 23}, codes);
  testing::HeadlessUi phone(testing::kPhoneWidth, testing::kPhoneHeight);
  EXPECT_GT(widget_of(phone.frame(s), "info_open_data_1020_registration_served").y, testing::kPhoneHeight);
  phone.frame(s);  // the scroll asked for in the first frame applies from the next
  const auto out = phone.frame(s);
  const ui::WidgetRect served = widget_of(out, "info_open_data_1020_registration_served");
  EXPECT_LE(served.y + served.h, testing::kPhoneHeight);
  EXPECT_GE(widget_of(out, "open_data_office_1020").y, 0.0f);  // its own card stays in view too
}

TEST(OpenDataScreen, ReachedFromTheStartScreen) {
  testing::single<OpenOpenData>(testing::tap(testing::state_on(Screen::Start), "open_data_start"));
}

TEST(OpenDataScreen, FitsAPhoneAndADesktop) { testing::expect_fits_phone_and_desktop(open_data("1001")); }

}  // namespace
}  // namespace khiw
