// Health and the offices catalog served from core's JSON shape.
#include "core/offices.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

using CatalogTest = ServerTest;

TEST_F(CatalogTest, HealthSaysOk) {
  auto res = client().Get("/api/health");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(json_body(res)["ok"], true);
}

TEST_F(CatalogTest, ProductionBinaryCannotSetItsClock) {
  auto res = client().Post("/api/test/clock", R"({"now": 0})", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404);
}

TEST_F(CatalogTest, ServesCatalogHolidaysAndRulesWithETags) {
  for (const char* path : {"/api/catalog", "/api/holidays", "/api/rules"}) {
    auto res = client().Get(path);
    ASSERT_TRUE(res) << path;
    ASSERT_EQ(res->status, 200) << path;
    EXPECT_TRUE(json_body(res).is_object()) << path;
    auto again = client().Get(path, {{"If-None-Match", res->get_header_value("ETag")}});
    ASSERT_TRUE(again) << path;
    EXPECT_EQ(again->status, 304) << path;
  }
  EXPECT_FALSE(json_body(client().Get("/api/catalog"))["sections"].empty());
}

TEST_F(CatalogTest, ServesAllFiftyOfficesWithThaiNames) {
  auto res = client().Get("/api/offices");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json");
  const std::vector<Office> offices = offices_from_json(res->body);
  ASSERT_EQ(offices.size(), 50u);
  EXPECT_EQ(offices.front().code, "1001");
  EXPECT_EQ(offices.front().name_th, "เขตพระนคร");
  EXPECT_EQ(offices.front().office_name_th, "สำนักงานเขตพระนคร");
  for (const Office& o : offices) EXPECT_TRUE(o.name_th.starts_with("เขต")) << o.code;
}

TEST_F(CatalogTest, OfficesAreCacheableWithETag) {
  auto first = client().Get("/api/offices");
  ASSERT_TRUE(first);
  const std::string etag = first->get_header_value("ETag");
  ASSERT_FALSE(etag.empty());
  EXPECT_NE(first->get_header_value("Cache-Control").find("max-age"), std::string::npos);
  auto again = client().Get("/api/offices", {{"If-None-Match", etag}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 304);
  EXPECT_TRUE(again->body.empty());
}

}  // namespace
}  // namespace khiw::testing
