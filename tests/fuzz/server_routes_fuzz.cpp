// Whole HTTP requests to the in-process server (server_harness.h): request line, query string, headers
// (Accept-Encoding, If-None-Match, Authorization, ...) and body, as a client could send them. The paths
// of the static files and the API are read by cpp-httplib and then by khiw's routes; no answer may be a
// server error or show a byte from outside the web root. The static route's path check is also held to
// its promise directly: a path it accepts stays inside the web root.
#include <filesystem>

#include "server-stub/static_files.h"
#include "tests/fuzz/server_harness.h"

using namespace khiw;

namespace {

void check_safe_path(std::string_view path) {
  if (!server::is_safe_relative_path(path)) return;
  const std::filesystem::path root = "/srv/web";
  const std::filesystem::path joined = (root / std::filesystem::path(path)).lexically_normal();
  const std::filesystem::path inside = joined.lexically_relative(root);
  FUZZ_CHECK(!inside.empty() && *inside.begin() != ".." && *inside.begin() != ".");
  FUZZ_CHECK(path.find('\0') == std::string_view::npos && !path.starts_with('/'));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input = fuzz::as_text(data, size);
  check_safe_path(input.substr(0, input.find_first_of(" \r\n")));
  fuzz::InProcessServer& server = fuzz::in_process_server();
  const std::string request(input);
  fuzz::check_answer(request, server.answer(request));
  server.finish_input();
  return 0;
}
