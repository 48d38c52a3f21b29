// The web bundle at "/": MIME types, revalidation with ETag/304, gzip of .wasm/.js, the build's brotli
// copies, traversal.
#include <brotli/encode.h>

#include "server-stub/static_files.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

using StaticTest = ServerTest;

std::string brotli(const std::string& data) {
  size_t size = BrotliEncoderMaxCompressedSize(data.size());
  std::string out(size, '\0');
  EXPECT_TRUE(BrotliEncoderCompress(BROTLI_MAX_QUALITY, BROTLI_DEFAULT_WINDOW, BROTLI_MODE_GENERIC, data.size(),
                                    reinterpret_cast<const uint8_t*>(data.data()), &size,
                                    reinterpret_cast<uint8_t*>(out.data())));
  out.resize(size);
  return out;
}

void write(const std::filesystem::path& path, const std::string& content) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << content;
}

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

TEST(AcceptsCoding, ReadsNamesAndQualities) {
  using server::accepts_coding;
  EXPECT_TRUE(accepts_coding("gzip, deflate, br, zstd", "br"));
  EXPECT_TRUE(accepts_coding("gzip, deflate, br, zstd", "gzip"));
  EXPECT_FALSE(accepts_coding("gzip, deflate", "br"));
  EXPECT_FALSE(accepts_coding("", "gzip"));
  EXPECT_TRUE(accepts_coding(" BR ;Q=0.5", "br"));
  EXPECT_FALSE(accepts_coding("br;q=0, gzip", "br"));
  EXPECT_FALSE(accepts_coding("gzip;q=0.0", "gzip"));
  EXPECT_TRUE(accepts_coding("gzip;q=0.001", "gzip"));
  EXPECT_TRUE(accepts_coding("*", "br"));
  EXPECT_FALSE(accepts_coding("*;q=0", "gzip"));
  EXPECT_FALSE(accepts_coding("br;q=0, *", "br"));  // named: the wildcard does not override it
  EXPECT_FALSE(accepts_coding("brotli, xbr", "br"));
}

// The build writes `name.br` beside each compressible file (shell/CMakeLists.txt).
TEST_F(StaticTest, ServesTheBuildsBrotliCopyOnlyWhenAcceptedAndOfTheFileAsItIs) {
  const std::filesystem::path root = dir() / "web";
  const std::string bundle = "var Module = {bundle: 1};" + std::string(6000, ';');
  write(root / "bundle.js", bundle);
  const std::string packed = brotli(bundle);
  write(root / "bundle.js.br", packed);
  auto cli = client();
  cli.set_decompress(false);

  auto br = cli.Get("/bundle.js", {{"Accept-Encoding", "gzip, deflate, br, zstd"}});
  ASSERT_TRUE(br);
  EXPECT_EQ(br->status, 200);
  EXPECT_EQ(br->get_header_value("Content-Encoding"), "br");
  EXPECT_EQ(br->get_header_value("Vary"), "Accept-Encoding");
  EXPECT_EQ(br->get_header_value("Content-Type"), "text/javascript");
  EXPECT_EQ(br->body, packed);
  auto gzip_only = cli.Get("/bundle.js", {{"Accept-Encoding", "gzip"}});
  auto refused = cli.Get("/bundle.js", {{"Accept-Encoding", "br;q=0, gzip"}});
  auto plain = cli.Get("/bundle.js");
  ASSERT_TRUE(gzip_only && refused && plain);
  EXPECT_EQ(gzip_only->get_header_value("Content-Encoding"), "gzip");
  EXPECT_EQ(refused->get_header_value("Content-Encoding"), "gzip");
  EXPECT_EQ(plain->get_header_value("Content-Encoding"), "");
  EXPECT_EQ(plain->body, bundle);
  EXPECT_EQ(br->get_header_value("ETag"), plain->get_header_value("ETag"));

  // The file written again without its copy (another build, an edit): the copy no longer decodes to it.
  const std::string rebuilt = "var Module = {bundle: 2};" + std::string(7000, ';');
  write(root / "bundle.js", rebuilt);
  auto after = cli.Get("/bundle.js", {{"Accept-Encoding", "gzip, br"}});
  ASSERT_TRUE(after);
  EXPECT_EQ(after->get_header_value("Content-Encoding"), "gzip");
  EXPECT_NE(after->body, packed);
  // A copy that is not brotli at all is ignored too.
  write(root / "bundle.js.br", "not brotli");
  auto broken = client().Get("/bundle.js", {{"Accept-Encoding", "br"}});
  ASSERT_TRUE(broken);
  EXPECT_EQ(broken->get_header_value("Content-Encoding"), "");
  EXPECT_EQ(broken->body, rebuilt);
  // Its copy brought up to date: brotli again.
  write(root / "bundle.js.br", brotli(rebuilt));
  auto current = cli.Get("/bundle.js", {{"Accept-Encoding", "br"}});
  ASSERT_TRUE(current);
  EXPECT_EQ(current->get_header_value("Content-Encoding"), "br");
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
