// Open data: the seeded day's figures for everyone, with no personal data and no comment in any field or
// cell; cacheable (ETag, 304, long max-age for final days); bad dates refused.
#include "core/day_stats.h"
#include "tests/csv_reader.h"
#include "tests/server/server_fixture.h"
#include "tests/server/stats_seed.h"

namespace khiw::testing {
namespace {

class OpenDataTest : public TestClockServerTest {
 protected:
  static void SetUpTestSuite() {
    TestClockServerTest::SetUpTestSuite();
    day_ = seed_stats_day(server(), 1);
  }
  static inline SeededDay day_;
};

// Every key and value of the document as text (numbers too), so nothing is left unchecked.
void collect_texts(const json& node, std::vector<std::string>& out) {
  if (node.is_object()) {
    for (const auto& [key, value] : node.items()) {
      out.push_back(key);
      collect_texts(value, out);
    }
  } else if (node.is_array()) {
    for (const json& value : node) collect_texts(value, out);
  } else {
    out.push_back(node.is_string() ? node.get<std::string>() : node.dump());
  }
}

void expect_no_personal_data(const std::vector<std::string>& texts, const SeededDay& day, const std::string& where) {
  ASSERT_FALSE(texts.empty());
  for (const std::string& text : texts)
    for (const std::string& secret : day.personal()) EXPECT_EQ(text.find(secret), std::string::npos) << where << ": " << text;
}

TEST_F(OpenDataTest, DailyJsonHasTheFiguresAndNoPersonalData) {
  auto cli = client();
  auto res = cli.Get("/api/open-data/daily?date=" + day_.date);
  ASSERT_EQ(res->status, 200) << res->body;
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  std::vector<std::string> texts;
  collect_texts(json::parse(res->body), texts);
  expect_no_personal_data(texts, day_, "daily json");
  EXPECT_EQ(res->body.find("\"comments\":["), std::string::npos);

  const StatsReport report = stats_from_json(res->body);
  ASSERT_EQ(report.offices.size(), 50u);
  EXPECT_FALSE(report.comments);
  const OfficeStats& o = report.offices[0];
  ASSERT_EQ(o.office_code, "1001");
  ASSERT_EQ(o.days.size(), 1u);
  const SectionFigures& f = o.days[0].figures;
  EXPECT_EQ(o.days[0].section_id, "registration");
  EXPECT_EQ(f.arrivals, 6);
  EXPECT_EQ(f.booked, 4);
  EXPECT_EQ(f.walk_ins, 2);
  EXPECT_EQ(f.served, 4);
  EXPECT_EQ(f.no_shows, 1);
  EXPECT_EQ(f.wait, (WaitFigures{5, 1200.0, 1800.0}));  // 600, 600, 1200, 1800, 1800
  EXPECT_EQ(f.booked_wait.mean_seconds, 800.0);
  EXPECT_EQ(f.walk_in_wait.mean_seconds, 1800.0);
  EXPECT_EQ(f.mean_service_seconds, 750.0);  // 600, 600, 900, 900
  EXPECT_EQ(f.hours[0], (HourFigures{8, 6, 5, 1200.0}));  // all arrived at 07:50
  EXPECT_EQ(f.ratings, 3);
  EXPECT_EQ(f.mean_stars, 4.0);
  EXPECT_TRUE(f.comments.empty());
  EXPECT_EQ(o.booking_effect.change_vs_walk_ins_pct, -55.6);  // 800 / 1800 - 1
  EXPECT_EQ(o.booking_effect.baseline_walk_in_mean_wait_seconds, std::nullopt);
  EXPECT_EQ(report.offices[1].totals.arrivals, 0);
}

TEST_F(OpenDataTest, CsvCellsHaveNoPersonalDataAndMatchTheJson) {
  auto cli = client();
  for (const std::string path : {"/api/open-data/daily?format=csv&date=" + day_.date,
                                 "/api/open-data/1001?format=csv&from=" + day_.date + "&to=" + day_.date}) {
    auto res = cli.Get(path);
    ASSERT_EQ(res->status, 200) << path << ": " << res->body;
    EXPECT_EQ(res->get_header_value("Content-Type"), "text/csv; charset=utf-8");
    EXPECT_NE(res->get_header_value("Content-Disposition").find("attachment; filename=\"khiw-"), std::string::npos);
    const CsvRows rows = parse_csv(res->body);
    ASSERT_EQ(rows.size(), 2u) << path;  // header + 1001 registration
    std::vector<std::string> cells;
    for (const auto& row : rows) cells.insert(cells.end(), row.begin(), row.end());
    expect_no_personal_data(cells, day_, path);
    EXPECT_EQ(std::find(rows[0].begin(), rows[0].end(), "comments"), rows[0].end());

    const auto cell = [&](const std::string& name) {
      return rows[1].at(static_cast<size_t>(std::find(rows[0].begin(), rows[0].end(), name) - rows[0].begin()));
    };
    const SectionFigures f =
        stats_from_json(cli.Get("/api/open-data/daily?date=" + day_.date)->body).offices[0].days[0].figures;
    EXPECT_EQ(cell("office_code"), "1001");
    EXPECT_EQ(cell("date"), day_.date);
    EXPECT_EQ(cell("arrivals"), std::to_string(f.arrivals));
    EXPECT_EQ(cell("served"), std::to_string(f.served));
    EXPECT_EQ(cell("no_shows"), std::to_string(f.no_shows));
    EXPECT_EQ(std::stod(cell("mean_wait_seconds")), *f.wait.mean_seconds);
    EXPECT_EQ(std::stod(cell("p95_wait_seconds")), *f.wait.p95_seconds);
    EXPECT_EQ(std::stod(cell("mean_service_seconds")), *f.mean_service_seconds);
    EXPECT_EQ(std::stod(cell("mean_stars")), *f.mean_stars);
    EXPECT_EQ(cell("arrivals_08"), std::to_string(f.hours[0].arrivals));
    EXPECT_EQ(cell("mean_wait_seconds_09"), "");
  }
}

TEST_F(OpenDataTest, OfficeRangeMatchesTheDailyFigures) {
  auto cli = client();
  auto res = cli.Get("/api/open-data/1001?from=" + day_.date + "&to=" + day_.date);
  ASSERT_EQ(res->status, 200) << res->body;
  std::vector<std::string> texts;
  collect_texts(json::parse(res->body), texts);
  expect_no_personal_data(texts, day_, "office json");
  const StatsReport office = stats_from_json(res->body);
  const StatsReport daily = stats_from_json(cli.Get("/api/open-data/daily?date=" + day_.date)->body);
  ASSERT_EQ(office.offices.size(), 1u);
  EXPECT_EQ(office.offices[0], daily.offices[0]);
  EXPECT_EQ(cli.Get("/api/open-data/9999")->status, 404);
}

TEST_F(OpenDataTest, CacheableWithEtagAndLongerForFinalDays) {
  auto cli = client();
  const std::string path = "/api/open-data/daily?date=" + day_.date;
  auto first = cli.Get(path);
  const std::string etag = first->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());
  EXPECT_EQ(first->get_header_value("Cache-Control"), "public, max-age=60");  // today on the test clock
  auto again = cli.Get(path, {{"If-None-Match", etag}});
  EXPECT_EQ(again->status, 304);
  EXPECT_TRUE(again->body.empty());

  const std::string old_day = iso_date(add_days(*parse_iso_date(day_.date), -2));
  EXPECT_EQ(cli.Get("/api/open-data/daily?date=" + old_day)->get_header_value("Cache-Control"),
            "public, max-age=2592000");
  // A new rating today changes today's document.
  auto done = staff_post(cli, "/api/counter/1001/registration/call", {{"counter", 1}, {"ticket", "A004"}}, day_.token);
  ASSERT_EQ(done->status, 200) << done->body;
  ASSERT_EQ(staff_post(cli, "/api/counter/1001/registration/done", {{"ticket", "A004"}}, day_.token)->status, 200);
  ASSERT_EQ(rate(cli, {{"booking", booking_proof(day_.bookings[3])}}, 1)->status, 201);
  EXPECT_EQ(cli.Get(path, {{"If-None-Match", etag}})->status, 200);
}

TEST_F(OpenDataTest, BadDatesAndRangesAnswer400) {
  auto cli = client();
  for (const std::string path :
       {"/api/open-data/daily?date=2026-13-01", "/api/open-data/daily?date=tomorrow", "/api/open-data/daily?format=xml",
        "/api/open-data/1001?from=2026-11-25&to=2026-11-24", "/api/open-data/1001?from=2026-01-01&to=2026-04-03",
        "/api/open-data/1001?from=2026-02-30"}) {
    auto res = cli.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 400) << path;
    EXPECT_EQ(json::parse(res->body)["error"], "bad_query") << path;
  }
  EXPECT_EQ(cli.Get("/api/open-data/1001?from=2026-01-01&to=2026-04-02")->status, 200);  // 92 days, the most
}

}  // namespace
}  // namespace khiw::testing
