// The director's summary: the office's own staff only, the same figures as the open data plus the
// office's comments, as JSON or a CSV download.
#include "core/day_stats.h"
#include "tests/csv_reader.h"
#include "tests/server/server_fixture.h"
#include "tests/server/stats_seed.h"

namespace khiw::testing {
namespace {

class SummaryTest : public TestClockServerTest {
 protected:
  static void SetUpTestSuite() {
    TestClockServerTest::SetUpTestSuite();
    day_ = seed_stats_day(server(), 3);
  }
  static inline SeededDay day_;
};

TEST_F(SummaryTest, OnlyTheOfficesOwnStaff) {
  auto cli = client();
  const std::string path = "/api/counter/1001/summary?from=" + day_.date + "&to=" + day_.date;
  auto anonymous = cli.Get(path);
  EXPECT_EQ(anonymous->status, 401);
  EXPECT_EQ(json::parse(anonymous->body)["error"], "unauthorized");
  auto other = cli.Get(path, bearer(staff_token(server(), "staff1002")));
  EXPECT_EQ(other->status, 403);
  EXPECT_EQ(json::parse(other->body)["error"], "forbidden_office");
  EXPECT_EQ(cli.Get(path + "&format=csv", bearer("not-a-token"))->status, 401);
  EXPECT_EQ(cli.Get(path, bearer(day_.token))->status, 200);
}

TEST_F(SummaryTest, FiguresAsOpenDataWithTheOfficesComments) {
  auto cli = client();
  auto res = cli.Get("/api/counter/1001/summary?from=" + day_.date + "&to=" + day_.date, bearer(day_.token));
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("Cache-Control"), "private, no-cache");
  const StatsReport summary = stats_from_json(res->body);
  EXPECT_TRUE(summary.comments);
  ASSERT_EQ(summary.offices.size(), 1u);
  const SectionFigures& f = summary.offices[0].days.at(0).figures;
  EXPECT_EQ(f.comments, day_.comments);  // in the order given
  EXPECT_EQ(summary.offices[0].totals.comments, day_.comments);

  StatsReport open = stats_from_json(cli.Get("/api/open-data/daily?date=" + day_.date)->body);
  OfficeStats without_comments = summary.offices[0];
  without_comments.totals.comments.clear();
  for (SectionRange& s : without_comments.sections) s.figures.comments.clear();
  for (SectionDay& d : without_comments.days) d.figures.comments.clear();
  EXPECT_EQ(without_comments, open.offices[0]);
}

TEST_F(SummaryTest, CsvDownloadParsesAndMatchesTheJson) {
  auto cli = client();
  const std::string range = "from=" + day_.date + "&to=" + day_.date;
  auto res = cli.Get("/api/counter/1001/summary?format=csv&" + range, bearer(day_.token));
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_EQ(res->get_header_value("Content-Disposition"),
            "attachment; filename=\"khiw-1001-" + day_.date + "-" + day_.date + ".csv\"");
  const CsvRows rows = parse_csv(res->body);
  ASSERT_EQ(rows.size(), 2u);
  const auto cell = [&](const std::string& name) {
    const auto at = std::find(rows[0].begin(), rows[0].end(), name);
    EXPECT_NE(at, rows[0].end()) << name;
    return rows[1].at(static_cast<size_t>(at - rows[0].begin()));
  };
  const SectionFigures f =
      stats_from_json(cli.Get("/api/counter/1001/summary?" + range, bearer(day_.token))->body).offices[0].days[0].figures;
  EXPECT_EQ(cell("section_id"), "registration");
  EXPECT_EQ(cell("booked"), std::to_string(f.booked));
  EXPECT_EQ(cell("walk_ins"), std::to_string(f.walk_ins));
  EXPECT_EQ(std::stod(cell("booked_mean_wait_seconds")), *f.booked_wait.mean_seconds);
  EXPECT_EQ(std::stod(cell("walk_in_mean_wait_seconds")), *f.walk_in_wait.mean_seconds);
  EXPECT_EQ(cell("ratings"), "3");
  // The comment with a comma, quotes and a line break comes back whole.
  EXPECT_EQ(cell("comments"), day_.comments[0] + "\n" + day_.comments[1] + "\n" + day_.comments[2]);
}

TEST_F(SummaryTest, DefaultsToTodayAndRefusesBadRanges) {
  auto cli = client();
  auto today = cli.Get("/api/counter/1001/summary", bearer(day_.token));
  ASSERT_EQ(today->status, 200);
  const StatsReport r = stats_from_json(today->body);
  EXPECT_EQ(iso_date(r.from), day_.date);  // the test clock's day
  EXPECT_EQ(r.to, r.from);
  for (const std::string& query : std::vector<std::string>{"from=2026-11-31", "from=" + day_.date + "&to=2026-01-01",
                                  "from=2026-01-01&to=2026-12-31", "format=pdf"}) {
    auto res = cli.Get("/api/counter/1001/summary?" + query, bearer(day_.token));
    EXPECT_EQ(res->status, 400) << query;
    EXPECT_EQ(json::parse(res->body)["error"], "bad_query") << query;
  }
}

}  // namespace
}  // namespace khiw::testing
