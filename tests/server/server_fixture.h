// GoogleTest fixture: one real khiw-server per test suite over a fresh database and a small web root.
#pragma once
#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <stdexcept>
#include <nlohmann/json.hpp>

#include "tests/server/server_process.h"

namespace khiw::testing {

// Files the static-route tests ask for, written into the temporary web root.
inline void write_web_root(const std::filesystem::path& root) {
  std::filesystem::create_directories(root);
  const auto write = [&](const char* name, const std::string& content) {
    std::ofstream(root / name, std::ios::binary) << content;
  };
  write("index.html", "<!doctype html><title>คิว</title>" + std::string(2000, ' '));
  write("sw.js", "self.addEventListener('fetch', () => {});" + std::string(2000, ' '));
  write("khiw.js", "var Module = {};" + std::string(4000, ';'));
  write("khiw.wasm", std::string("\0asm\1\0\0\0", 8) + std::string(8000, '\0'));
  write("manifest.webmanifest", R"({"name":"คิว","icons":[]})");
  write("offline.json", R"({"ok":true})");
  write("icon.svg", R"(<svg xmlns="http://www.w3.org/2000/svg"/>)");
  write("font.ttf", std::string(1000, '\1'));
  write("icon.png", "\x89PNG");
  write("favicon.ico", std::string(4, '\0'));
}

// Demo staff for two offices only: each account costs one argon2id hash (~0.1 s) at first start.
inline ServerConfig default_config(const std::filesystem::path& dir) {
  write_web_root(dir / "web");
  return {dir / "var" / "khiw.sqlite", dir / "web", std::filesystem::path(KHIW_SOURCE_DIR) / "data",
          dir / "server.stderr", {"--demo-staff", "1001,1002"}};
}

// The same server built with a settable clock (server-stub/testing/), for time-dependent rules.
inline ServerConfig test_clock_config(const std::filesystem::path& dir) {
  ServerConfig config = default_config(dir);
  config.binary = std::string(KHIW_SERVER_BIN) + "-testclock";
  return config;
}

inline nlohmann::json json_body(const httplib::Result& res) {
  return nlohmann::json::parse(res->body, nullptr, /*allow_exceptions=*/false);
}

// The body of an answer that must come with `status`; otherwise throws, and the test fails on that step
// with the server's answer.
inline nlohmann::json ok(const httplib::Result& res, int status = 200) {
  if (!res) throw std::runtime_error("no answer");
  if (res->status != status) throw std::runtime_error("HTTP " + std::to_string(res->status) + ": " + res->body);
  return nlohmann::json::parse(res->body);
}

// The reason code of a refused request.
inline std::string error_of(const httplib::Result& res) { return res ? json_body(res).value("error", "") : "no answer"; }

class ServerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { start(default_config); }
  static void start(ServerConfig (*config)(const std::filesystem::path&)) {
    dir_ = std::make_unique<TempDir>();
    server_ = std::make_unique<ServerProcess>(config(dir_->path()));
  }
  static void TearDownTestSuite() {
    server_.reset();
    dir_.reset();
  }
  static ServerProcess& server() { return *server_; }
  static const std::filesystem::path& dir() { return dir_->path(); }
  static httplib::Client client() { return server_->client(); }

 private:
  static inline std::unique_ptr<TempDir> dir_;
  static inline std::unique_ptr<ServerProcess> server_;
};

// Suites whose rules depend on the time of day run the test-clock build.
class TestClockServerTest : public ServerTest {
 protected:
  static void SetUpTestSuite() { start(test_clock_config); }
};

}  // namespace khiw::testing
