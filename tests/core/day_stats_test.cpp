// Statistics of office days against hand-computed figures.
#include "core/day_stats.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>

#include "tests/csv_reader.h"

namespace khiw {
namespace {

const Date kDay{2026, 11, 24};
const Date kDayBefore{2026, 11, 23};

UnixSeconds at(Date d, int hour, int minute) { return bkk_instant(d, hour * 60 + minute); }

Ticket ticket(std::string number, TicketKind kind, TicketState state, UnixSeconds issued, UnixSeconds called = 0,
              UnixSeconds finished = 0) {
  Ticket t;
  t.number = std::move(number);
  t.kind = kind;
  t.state = state;
  t.issued_at = t.joined_at = issued;
  t.called_at = t.first_called_at = called;
  t.finished_at = finished;
  return t;
}

SectionQueue queue(Date day, std::string section, std::vector<Ticket> tickets, std::string office = "1001") {
  SectionQueue q = open_queue(std::move(office), std::move(section), day, 2);
  q.tickets = std::move(tickets);
  return q;
}

// One registration day at 1001, each ticket's figures worked out by hand in the comments.
SectionQueue sample_day() {
  const Date d = kDay;
  Ticket transferred_in = ticket("W004", TicketKind::WalkIn, TicketState::Done, at(d, 8, 0), at(d, 9, 10), at(d, 9, 20));
  transferred_in.from_section = "revenue";  // not an arrival here; waits from joining at 09:00: 600 s
  transferred_in.joined_at = at(d, 9, 0);
  return queue(d, "registration",
               {// checked in 08:30, called 08:40 (wait 600), served 10 min (600)
                ticket("A001", TicketKind::Booked, TicketState::Done, at(d, 8, 30), at(d, 8, 40), at(d, 8, 50)),
                // before the doors open (bucket 08), called 08:10 (1200), served 15 min (900)
                ticket("W001", TicketKind::WalkIn, TicketState::Done, at(d, 7, 50), at(d, 8, 10), at(d, 8, 25)),
                // called after 30 min (1800) and never came to the counter
                ticket("W002", TicketKind::WalkIn, TicketState::NoShow, at(d, 9, 5), at(d, 9, 35)),
                // a remote ticket never checked in: an arrival at 10, no wait
                ticket("W003", TicketKind::RemoteWalkIn, TicketState::NoShow, at(d, 10, 0)), transferred_in,
                // after 16:59: bucket 16, still waiting
                ticket("W005", TicketKind::WalkIn, TicketState::Waiting, at(d, 17, 30))});
}

std::vector<Rating> sample_ratings() {
  return {{"1001", "registration", kDay, 5, "ดีมาก"},
          {"1001", "registration", kDay, 4, ""},
          {"1001", "registration", kDayBefore, 1, "outside the range"},
          {"1002", "registration", kDay, 2, "another office"}};
}

StatsReport one_day_report(bool comments = true) {
  return compute_stats({kDay, kDay, {"1001"}, comments}, {sample_day()}, sample_ratings());
}

TEST(DayStatsTest, NearestRankPercentile) {
  std::vector<double> twenty;
  for (int i = 20; i >= 1; --i) twenty.push_back(i);
  EXPECT_EQ(nearest_rank_percentile(twenty, 95), 19);  // ceil(0.95 * 20) = 19th smallest
  EXPECT_EQ(nearest_rank_percentile({7, 1, 3, 5, 2, 6, 4}, 95), 7);  // ceil(6.65) = 7th
  EXPECT_EQ(nearest_rank_percentile({1, 2, 3, 4}, 50), 2);  // ceil(2) = 2nd, no interpolation
  EXPECT_EQ(nearest_rank_percentile({42}, 95), 42);
  EXPECT_EQ(nearest_rank_percentile({}, 95), std::nullopt);
}

TEST(DayStatsTest, CountsWaitsAndServiceTimesOfADay) {
  const StatsReport r = one_day_report();
  ASSERT_EQ(r.offices.size(), 1u);
  ASSERT_EQ(r.offices[0].days.size(), 1u);
  const SectionFigures& f = r.offices[0].days[0].figures;
  EXPECT_EQ(f.arrivals, 5);
  EXPECT_EQ(f.booked, 1);
  EXPECT_EQ(f.walk_ins, 4);
  EXPECT_EQ(f.served, 3);
  EXPECT_EQ(f.no_shows, 2);
  EXPECT_EQ(f.wait, (WaitFigures{4, 1050.0, 1800.0}));  // 600, 1200, 1800, 600
  EXPECT_EQ(f.booked_wait, (WaitFigures{1, 600.0, 600.0}));
  EXPECT_EQ(f.walk_in_wait, (WaitFigures{3, 1200.0, 1800.0}));  // 1200, 1800, 600
  EXPECT_EQ(f.services, 3);
  EXPECT_EQ(f.mean_service_seconds, 700.0);  // 600, 900, 600
  EXPECT_EQ(f.ratings, 2);
  EXPECT_EQ(f.mean_stars, 4.5);
  EXPECT_EQ(f.comments, std::vector<std::string>{"ดีมาก"});
  EXPECT_EQ(r.offices[0].totals, f);  // one section, one day
}

TEST(DayStatsTest, AReturnedTicketWaitedUntilItsFirstCall) {
  SectionQueue q = open_queue("1001", "registration", kDay, 1);
  (void)issue_walk_in(q, at(kDay, 9, 0));
  (void)call_next(q, 1, at(kDay, 9, 10));        // waited 600 s
  (void)return_to_line(q, "W001", at(kDay, 9, 20));  // steps aside to fetch a document
  (void)call_next(q, 1, at(kDay, 9, 40));
  (void)finish(q, "W001", at(kDay, 9, 45));
  const StatsReport report = compute_stats({kDay, kDay, {"1001"}, false}, {q}, {});
  const SectionFigures& f = report.offices[0].days[0].figures;
  EXPECT_EQ(f.wait, (WaitFigures{1, 600.0, 600.0}));
  EXPECT_EQ(f.mean_service_seconds, 300.0);  // the last call to the finish
}

TEST(DayStatsTest, HourBucketsFrom8To16) {
  const StatsReport report = one_day_report();
  const std::vector<HourFigures>& hours = report.offices[0].days[0].figures.hours;
  ASSERT_EQ(hours.size(), 9u);
  EXPECT_EQ(hours[0], (HourFigures{8, 2, 2, 900.0}));   // A001 08:30, W001 07:50: waits 600, 1200
  EXPECT_EQ(hours[1], (HourFigures{9, 1, 2, 1200.0}));  // W002 09:05 (1800); W004 joined 09:00 (600)
  EXPECT_EQ(hours[2], (HourFigures{10, 1, 0, std::nullopt}));
  EXPECT_EQ(hours[8], (HourFigures{16, 1, 0, std::nullopt}));  // W005 at 17:30
  for (int h = 3; h < 8; ++h) EXPECT_EQ(hours[static_cast<size_t>(h)], (HourFigures{8 + h, 0, 0, std::nullopt}));
}

TEST(DayStatsTest, BookingEffectAgainstWalkInsAndNoBaselineWithoutWalkInOnlyDays) {
  const StatsReport report = one_day_report();
  const BookingEffect& e = report.offices[0].booking_effect;
  EXPECT_EQ(e.booked_mean_wait_seconds, 600.0);
  EXPECT_EQ(e.walk_in_mean_wait_seconds, 1200.0);
  EXPECT_EQ(e.change_vs_walk_ins_pct, -50.0);
  EXPECT_EQ(e.baseline_days, 0);
  EXPECT_EQ(e.baseline_walk_in_mean_wait_seconds, std::nullopt);
  EXPECT_EQ(e.change_vs_baseline_pct, std::nullopt);
  EXPECT_EQ(e.target_pct, -60.0);
}

TEST(DayStatsTest, AnOfficeWithoutDataIsListedWithNullFigures) {
  const StatsReport r = compute_stats({kDay, kDay, {"1001", "1040"}, false}, {sample_day()}, {});
  ASSERT_EQ(r.offices.size(), 2u);
  const OfficeStats& empty = r.offices[1];
  EXPECT_EQ(empty.office_code, "1040");
  EXPECT_TRUE(empty.days.empty());
  EXPECT_EQ(empty.totals.arrivals, 0);
  EXPECT_EQ(empty.totals.wait, (WaitFigures{0, std::nullopt, std::nullopt}));
  EXPECT_EQ(empty.totals.mean_stars, std::nullopt);
  EXPECT_EQ(empty.totals.hours.size(), 9u);
  EXPECT_EQ(empty.booking_effect, BookingEffect{});
}

TEST(DayStatsTest, RangeMergesWaitsAndFindsTheWalkInOnlyBaseline) {
  const std::vector<SectionQueue> queues = {
      // a walk-in-only day: waits 300 and 900
      queue(kDayBefore, "registration",
            {ticket("W001", TicketKind::WalkIn, TicketState::Done, at(kDayBefore, 9, 0), at(kDayBefore, 9, 5)),
             ticket("W002", TicketKind::WalkIn, TicketState::Done, at(kDayBefore, 9, 0), at(kDayBefore, 9, 15))}),
      // a day with bookings: booked 100, walk-in 500
      queue(kDay, "registration",
            {ticket("A001", TicketKind::Booked, TicketState::Done, at(kDay, 9, 0), at(kDay, 9, 0) + 100),
             ticket("W001", TicketKind::WalkIn, TicketState::Serving, at(kDay, 9, 0), at(kDay, 9, 0) + 500)}),
      queue(kDay, "registration", {ticket("W001", TicketKind::WalkIn, TicketState::Done, 0, 1)}, "1002"),
      queue(add_days(kDay, 1), "registration", {ticket("W001", TicketKind::WalkIn, TicketState::Done, 0, 1)})};
  const StatsReport r = compute_stats({kDayBefore, kDay, {"1001"}, false}, queues, {});
  const OfficeStats& o = r.offices[0];
  ASSERT_EQ(o.days.size(), 2u);
  EXPECT_EQ(o.days[0].date, kDayBefore);
  EXPECT_EQ(o.days[0].figures.wait, (WaitFigures{2, 600.0, 900.0}));
  EXPECT_EQ(o.days[1].figures.wait, (WaitFigures{2, 300.0, 500.0}));
  ASSERT_EQ(o.sections.size(), 1u);
  // All four waits 300, 900, 100, 500: p95 is 900, not the mean of the days' 900 and 500.
  EXPECT_EQ(o.sections[0].figures.wait, (WaitFigures{4, 450.0, 900.0}));
  EXPECT_EQ(o.totals.arrivals, 4);
  const BookingEffect& e = o.booking_effect;
  EXPECT_EQ(e.booked_mean_wait_seconds, 100.0);
  EXPECT_EQ(e.walk_in_mean_wait_seconds, 566.7);              // (300 + 900 + 500) / 3
  EXPECT_EQ(e.change_vs_walk_ins_pct, -82.4);                 // 100 / 566.7 - 1
  EXPECT_EQ(e.baseline_days, 1);
  EXPECT_EQ(e.baseline_walk_in_mean_wait_seconds, 600.0);     // the walk-in-only day
  EXPECT_EQ(e.change_vs_baseline_pct, -83.3);                 // 100 / 600 - 1
}

TEST(DayStatsTest, JsonRoundTripWithAndWithoutComments) {
  for (bool comments : {true, false}) {
    const StatsReport r = one_day_report(comments);
    const std::string text = stats_to_json(r);
    EXPECT_EQ(stats_from_json(text), r);
    EXPECT_EQ(text.find("ดีมาก") != std::string::npos, comments);
  }
  EXPECT_THROW(stats_from_json(R"({"version":2})"), std::invalid_argument);
  EXPECT_THROW(stats_from_json(R"({"version":1,"from":"2026-11-24","to":"2026-11-24","comments":false,
                                   "offices":[{"office_code":"1001"}]})"),
               std::invalid_argument);
}

// Found by stats_json_fuzz: a report with an hour left out was read, and its CSV row then had fewer cells
// than the header (every later column shifted). The hours are 8 to 16, one each in order, or it is refused.
TEST(DayStatsTest, FuzzRegressionAReportWithoutEveryHourInOrderIsRefused) {
  nlohmann::json doc = nlohmann::json::parse(stats_to_json(one_day_report(false)));
  nlohmann::json& hours = doc["offices"][0]["days"][0]["hours"];
  ASSERT_EQ(hours.size(), 9u);
  nlohmann::json dropped = doc, swapped = doc;
  dropped["offices"][0]["days"][0]["hours"].erase(3);
  std::swap(swapped["offices"][0]["days"][0]["hours"][0], swapped["offices"][0]["days"][0]["hours"][1]);
  EXPECT_THROW(stats_from_json(dropped.dump()), std::invalid_argument);
  EXPECT_THROW(stats_from_json(swapped.dump()), std::invalid_argument);
  EXPECT_NO_THROW(stats_from_json(doc.dump()));
}

TEST(DayStatsTest, CsvRowPerSectionDayWithRfc4180Quoting) {
  SectionQueue odd = sample_day();
  odd.section_id = "reg,\"x\"\nline";
  std::vector<Rating> ratings = sample_ratings();
  ratings.insert(ratings.begin(), {"1001", odd.section_id, kDay, 3, "ช้า, แต่ \"สุภาพ\"\nขอบคุณ"});
  const StatsReport r = compute_stats({kDay, kDay, {"1001"}, true}, {odd, sample_day()}, ratings);
  const std::string csv = stats_to_csv(r);
  EXPECT_NE(csv.find("\"reg,\"\"x\"\"\nline\""), std::string::npos) << csv;
  const testing::CsvRows rows = testing::parse_csv(csv);
  ASSERT_EQ(rows.size(), 3u);  // header + two sections of one day
  const std::vector<std::string>& header = rows[0];
  ASSERT_EQ(header.size(), 21u + 18u + 1u);
  EXPECT_EQ(header.back(), "comments");
  const auto column = [&](const std::string& name) {
    return static_cast<size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  // Sections sort by id: "reg,..." before "registration".
  EXPECT_EQ(rows[1][column("section_id")], odd.section_id);
  EXPECT_EQ(rows[1][column("comments")], ratings[0].comment);
  EXPECT_EQ(rows[2][column("comments")], "ดีมาก");
  // A comment that reads as a spreadsheet formula stays text.
  std::vector<Rating> formula = sample_ratings();
  formula.push_back({"1001", "registration", kDay, 1, "=HYPERLINK(\"http://x\",\"click\")"});
  const testing::CsvRows guarded = testing::parse_csv(stats_to_csv(compute_stats({kDay, kDay, {"1001"}, true},
                                                                                 {sample_day()}, formula)));
  EXPECT_EQ(guarded[1][column("comments")], "ดีมาก\n'=HYPERLINK(\"http://x\",\"click\")");
  EXPECT_EQ(rows[2][column("mean_wait_seconds")], "1050.0");
  EXPECT_EQ(rows[2][column("p95_wait_seconds")], "1800.0");
  EXPECT_EQ(rows[2][column("arrivals_08")], "2");
  EXPECT_EQ(rows[2][column("mean_wait_seconds_10")], "");  // null
  EXPECT_EQ(rows[2][column("mean_stars")], "4.5");
  for (const auto& row : rows) EXPECT_EQ(row.size(), header.size());

  const std::string open = stats_to_csv(compute_stats({kDay, kDay, {"1001"}, false}, {odd}, ratings));
  EXPECT_EQ(open.find("สุภาพ"), std::string::npos);
  EXPECT_EQ(testing::parse_csv(open)[0].back(), "mean_wait_seconds_16");
}

TEST(RatingTest, CommentIsTrimmedBoundedAndFreeOfControls) {
  EXPECT_EQ(normalize_rating_comment("  บริการดี\nรวดเร็ว \n"), "บริการดี\nรวดเร็ว");
  EXPECT_EQ(normalize_rating_comment("   "), "");
  EXPECT_EQ(normalize_rating_comment("เลข 1-2345-67890-12-1 โทร 081 234 5678 คิว W012 ช่อง 3"),
            "เลข x-xxxx-xxxxx-xx-x โทร xxx xxx xxxx คิว W012 ช่อง 3");
  EXPECT_EQ(normalize_rating_comment("รอ 45 นาที ๐๘๑๒๓๔๕๖๗๘"), "รอ 45 นาที xxxxxxxxxx");
  EXPECT_EQ(normalize_rating_comment(std::string(500, 'a')), std::string(500, 'a'));
  std::string thai;
  for (int i = 0; i < 500; ++i) thai += "ก";  // 500 characters, 1500 bytes
  EXPECT_EQ(normalize_rating_comment(thai), thai);
  EXPECT_EQ(normalize_rating_comment(thai + "ก"), std::nullopt);
  EXPECT_EQ(normalize_rating_comment("tab\there"), std::nullopt);
  EXPECT_EQ(normalize_rating_comment("cr\r\n"), std::nullopt);
  EXPECT_EQ(normalize_rating_comment("bad \xff byte"), std::nullopt);
  EXPECT_TRUE(valid_stars(1) && valid_stars(5));
  EXPECT_FALSE(valid_stars(0) || valid_stars(6));
}

}  // namespace
}  // namespace khiw
