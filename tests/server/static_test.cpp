// The web bundle at "/": MIME types, revalidation with ETag/304, gzip of .wasm/.js, traversal.
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

using StaticTest = ServerTest;

TEST_F(StaticTest, ServesEachFileWithItsMimeType) {
  const std::pair<const char*, const char*> cases[] = {
      {"/", "text/html; charset=utf-8"},
      {"/index.html", "text/html; charset=utf-8"},
      {"/khiw.js", "text/javascript"},
      {"/sw.js", "text/javascript"},
      {"/khiw.wasm", "application/wasm"},
      {"/manifest.webmanifest", "application/manifest+json"},
      {"/offline.json", "application/json"},
      {"/font.ttf", "font/ttf"},
      {"/icon.png", "image/png"},
      {"/icon.svg", "image/svg+xml"},
      {"/favicon.ico", "image/x-icon"},
  };
  auto cli = client();
  for (const auto& [path, mime] : cases) {
    auto res = cli.Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 200) << path;
    EXPECT_EQ(res->get_header_value("Content-Type"), mime) << path;
  }
}

TEST_F(StaticTest, AppFilesAreRevalidatedWithETag) {
  auto cli = client();
  for (const char* path : {"/index.html", "/sw.js", "/khiw.js", "/khiw.wasm"}) {
    auto first = cli.Get(path);
    ASSERT_TRUE(first) << path;
    EXPECT_EQ(first->get_header_value("Cache-Control"), "no-cache") << path;
    const std::string etag = first->get_header_value("ETag");
    ASSERT_FALSE(etag.empty()) << path;

    auto again = cli.Get(path, {{"If-None-Match", etag}});
    ASSERT_TRUE(again) << path;
    EXPECT_EQ(again->status, 304) << path;
    EXPECT_TRUE(again->body.empty()) << path;

    auto stale = cli.Get(path, {{"If-None-Match", "W/\"stale\""}});
    ASSERT_TRUE(stale) << path;
    EXPECT_EQ(stale->status, 200) << path;
  }
}

TEST_F(StaticTest, WasmAndJsAreGzippedWhenAccepted) {
  auto cli = client();
  cli.set_decompress(false);  // look at the bytes on the wire
  for (const char* path : {"/khiw.wasm", "/khiw.js", "/index.html"}) {
    auto plain = cli.Get(path);
    auto packed = cli.Get(path, {{"Accept-Encoding", "gzip, deflate"}});
    ASSERT_TRUE(plain && packed) << path;
    EXPECT_EQ(plain->get_header_value("Content-Encoding"), "") << path;
    EXPECT_EQ(packed->get_header_value("Content-Encoding"), "gzip") << path;
    EXPECT_LT(packed->body.size(), plain->body.size() / 4) << path;
    EXPECT_EQ(packed->get_header_value("Vary"), "Accept-Encoding") << path;
  }
  // httplib's own client decompresses: the content must round-trip.
  auto decoded = client().Get("/khiw.wasm", {{"Accept-Encoding", "gzip"}});
  ASSERT_TRUE(decoded);
  EXPECT_EQ(decoded->body.size(), 8008u);
  EXPECT_EQ(decoded->body.substr(0, 4), std::string("\0asm", 4));
}

TEST_F(StaticTest, RejectsTraversalAndHiddenPaths) {
  for (const char* path : {"/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2fetc%2fpasswd", "/./index.html",
                           "/a/../../index.html", "/.git/config", "/%2e%2e%5cwindows"}) {
    auto res = client().Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_GE(res->status, 400) << path;
    EXPECT_LT(res->status, 500) << path;
    EXPECT_EQ(res->body.find("root:"), std::string::npos) << path;
  }
}

TEST_F(StaticTest, UnknownPathsAnswerJson404) {
  for (const char* path : {"/api/nope", "/nope.js", "/api/offices/extra"}) {
    auto res = client().Get(path);
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, 404) << path;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json") << path;
    EXPECT_EQ(json_body(res)["error"], "not_found") << path;
  }
  auto post = client().Post("/api/nope", "{}", "application/json");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 404);
  EXPECT_EQ(json_body(post)["error"], "not_found");
}

}  // namespace
}  // namespace khiw::testing
