// The director's day summary (counter mode) and the open-data page driven through apply_intent: what each
// asks the server (path, dates, token), how answers are read, the CSV downloads, and the ways in from
// the citizens' bundle.
#include <gtest/gtest.h>

#include "tests/core/app_fixture.h"
#include "tests/stats_fixture.h"

namespace khiw {
namespace {

using testing::of_type;

using testing::kMonday;  // testing::kAppNow's day

AppState at_the_desk() {
  AppState s = testing::started_app();
  s.counter.session = {"tok", "staff1040", "1040", testing::kAppNow + 8 * 3600};
  s.counter.desk = {"registration", 1};
  s.nav.stack = {Screen::Start, Screen::CounterSetup, Screen::CounterDesk};
  return s;
}

HttpRequest only_request(const std::vector<Effect>& effects) {
  const auto sent = of_type<HttpRequest>(effects);
  EXPECT_EQ(sent.size(), 1u);
  return sent.empty() ? HttpRequest{} : sent[0];
}

TEST(DaySummary, ReadsTheStaffOfficeForTodayYesterdayOrTheLastWeekWithTheSession) {
  AppState s = at_the_desk();
  const HttpRequest today = only_request(apply_intent(s, OpenDaySummary{}));
  EXPECT_EQ(s.nav.current(), Screen::DaySummary);
  EXPECT_EQ(today.method, "GET");
  EXPECT_EQ(today.path, "/api/counter/1040/summary?from=2026-11-23&to=2026-11-23");
  EXPECT_EQ(today.bearer, "tok");
  EXPECT_EQ(today.reply, Reply::Stats);
  EXPECT_EQ(s.summary.read.status, LoadStatus::Loading);
  EXPECT_EQ(only_request(apply_intent(s, ChooseSummaryRange{SummaryRange::Yesterday})).path,
            "/api/counter/1040/summary?from=2026-11-22&to=2026-11-22");
  const HttpRequest week = only_request(apply_intent(s, ChooseSummaryRange{SummaryRange::Last7Days}));
  EXPECT_EQ(week.path, "/api/counter/1040/summary?from=2026-11-17&to=2026-11-23");
  // The answer to an earlier choice is stale; the last one's is shown.
  const StatsReport report = testing::sample_report(Date{2026, 11, 17}, kMonday, {"1040"});
  apply_intent(s, HttpReplied{Reply::Stats, 200, stats_to_json(report), today.context});
  EXPECT_EQ(s.summary.read.status, LoadStatus::Loading);
  apply_intent(s, HttpReplied{Reply::Stats, 200, stats_to_json(report), week.context});
  EXPECT_EQ(s.summary.read.status, LoadStatus::Ready);
  EXPECT_EQ(s.summary.read.report, report);
}

TEST(DaySummary, TheCsvIsTheSameReadAsAFileNamedAsTheServerNamesIt) {
  AppState s = at_the_desk();
  apply_intent(s, OpenDaySummary{});
  apply_intent(s, ChooseSummaryRange{SummaryRange::Last7Days});
  const HttpRequest csv = only_request(apply_intent(s, DownloadSummaryCsv{}));
  EXPECT_EQ(csv.path, "/api/counter/1040/summary?from=2026-11-17&to=2026-11-23&format=csv");
  EXPECT_EQ(csv.bearer, "tok");
  EXPECT_EQ(csv.reply, Reply::StatsCsv);
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, DownloadSummaryCsv{})).empty());  // one at a time
  const std::string body = "office_code,section_id\r\n1040,registration\r\n";
  const auto files = of_type<DownloadFile>(apply_intent(s, HttpReplied{Reply::StatsCsv, 200, body, csv.context}));
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0], (DownloadFile{"khiw-1040-2026-11-17-2026-11-23.csv", "text/csv", body}));
  // A failed download says why and can be tried again.
  const HttpRequest again = only_request(apply_intent(s, DownloadSummaryCsv{}));
  EXPECT_TRUE(of_type<DownloadFile>(apply_intent(s, HttpReplied{Reply::StatsCsv, 0, "", again.context})).empty());
  EXPECT_EQ(s.summary.read.csv_error, "network");
  EXPECT_EQ(of_type<HttpRequest>(apply_intent(s, DownloadSummaryCsv{})).size(), 1u);
}

TEST(DaySummary, RefusalsAreKeptAndAnExpiredSessionLogsInAgain) {
  AppState s = at_the_desk();
  HttpRequest read = only_request(apply_intent(s, OpenDaySummary{}));
  apply_intent(s, HttpReplied{Reply::Stats, 400, R"({"error":"bad_query"})", read.context});
  EXPECT_EQ(s.summary.read.status, LoadStatus::Failed);
  EXPECT_EQ(s.summary.read.error, "bad_query");
  read = only_request(apply_intent(s, ChooseSummaryRange{SummaryRange::Today}));
  apply_intent(s, HttpReplied{Reply::Stats, 401, R"({"error":"unauthorized"})", read.context});
  EXPECT_EQ(s.nav.current(), Screen::StaffLogin);
  EXPECT_TRUE(s.counter.session.token.empty());
  // Without a session the summary is not asked for: the login comes first.
  EXPECT_TRUE(of_type<HttpRequest>(apply_intent(s, OpenDaySummary{})).empty());
  EXPECT_EQ(s.nav.current(), Screen::StaffLogin);
}

TEST(DaySummary, AReloadOnTheSummaryReadsItAgain) {
  AppState s = at_the_desk();
  apply_intent(s, OpenDaySummary{});
  AppState reloaded = testing::started_app();
  reloaded.counter.session = s.counter.session;
  const auto effects = apply_intent(reloaded, StoredRecordsLoaded{"", session_to_json(s), "", true});
  EXPECT_EQ(reloaded.nav.current(), Screen::DaySummary);
  EXPECT_EQ(only_request(effects).path, "/api/counter/1040/summary?from=2026-11-23&to=2026-11-23");
}

TEST(OpenData, ThePageRouteOpensTodaysFiguresOfEveryOfficeWithoutAToken) {
  AppState s;
  s.office = &kOfficePart;
  const auto effects = apply_intent(s, StartApp{"", "seed", testing::kAppNow, "", "open-data"});
  EXPECT_EQ(s.nav.stack, (std::vector<Screen>{Screen::Start, Screen::OpenData}));
  bool asked = false;
  for (const HttpRequest& r : of_type<HttpRequest>(effects))
    if (r.reply == Reply::Stats) {
      asked = true;
      EXPECT_EQ(r.path, "/api/open-data/daily?date=2026-11-23");
      EXPECT_TRUE(r.bearer.empty());
    }
  EXPECT_TRUE(asked);
}

TEST(OpenData, YesterdayAnOfficesSectionsAndTheDayAsCsv) {
  AppState s = testing::started_app();
  apply_intent(s, OpenOpenData{});
  const HttpRequest yesterday = only_request(apply_intent(s, ChooseOpenDataDay{OpenDataDay::Yesterday}));
  EXPECT_EQ(yesterday.path, "/api/open-data/daily?date=2026-11-22");
  const StatsReport report = testing::sample_report(Date{2026, 11, 22}, Date{2026, 11, 22}, {"1001", "1002"});
  apply_intent(s, HttpReplied{Reply::Stats, 200, stats_to_json(report), yesterday.context});
  ASSERT_EQ(s.open_data.read.status, LoadStatus::Ready);
  EXPECT_EQ(s.open_data.read.report.offices.size(), 2u);
  apply_intent(s, ChooseOpenDataOffice{"1002"});
  EXPECT_EQ(s.open_data.office, "1002");
  apply_intent(s, ChooseOpenDataOffice{"1002"});  // the same again closes it
  EXPECT_EQ(s.open_data.office, "");
  const HttpRequest csv = only_request(apply_intent(s, DownloadOpenDataCsv{}));
  EXPECT_EQ(csv.path, "/api/open-data/daily?date=2026-11-22&format=csv");
  EXPECT_TRUE(csv.bearer.empty());
  const auto files = of_type<DownloadFile>(apply_intent(s, HttpReplied{Reply::StatsCsv, 200, "a\r\n", csv.context}));
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].filename, "khiw-open-data-2026-11-22.csv");
  // An answer that cannot be read is a failure, not an empty day.
  const HttpRequest today = only_request(apply_intent(s, ChooseOpenDataDay{OpenDataDay::Today}));
  apply_intent(s, HttpReplied{Reply::Stats, 200, R"({"version":1})", today.context});
  EXPECT_EQ(s.open_data.read.status, LoadStatus::Failed);
}

TEST(OfficeWays, TheCitizensBundleReopensThePageWhereTheyAre) {
  AppState s = testing::started_app();
  s.office = nullptr;
  EXPECT_EQ(of_type<OpenOfficeApp>(apply_intent(s, OpenOpenData{})), (std::vector<OpenOfficeApp>{{"open-data"}}));
  EXPECT_EQ(of_type<OpenOfficeApp>(apply_intent(s, OpenDaySummary{})), (std::vector<OpenOfficeApp>{{"counter"}}));
  EXPECT_EQ(s.nav.current(), Screen::Start);
}

}  // namespace
}  // namespace khiw
