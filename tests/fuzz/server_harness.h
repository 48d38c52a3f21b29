// The real server in process for the server's fuzz targets: a Context on a fresh database in a scratch
// folder, configured by configure_server like the binary, answering raw HTTP requests through
// cpp-httplib's own request reader (process_request on a buffer instead of a socket). Its clock starts at
// Monday 23 Nov 2026, 10:00 in Bangkok and moves a day on every kInputsPerDay inputs; one staff session of
// Bang Khae (1040) is open.
#pragma once
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "core/bkk_time.h"
#include "server-stub/crypto.h"
#include "server-stub/server.h"
#include "server-stub/staff_service.h"
#include "tests/core/reference_data.h"
#include "tests/fuzz/fuzz_check.h"

namespace khiw::fuzz {

inline constexpr const char* kStaffToken = "fuzz-staff-token";
inline constexpr const char* kStaffOffice = "1040";
// Written beside the web root: no request may ever read it.
inline constexpr const char* kOutsideMarker = "KHIW-FUZZ-OUTSIDE-THE-WEB-ROOT";
// A section's day queue is one JSON document that each counter action reads and writes whole: on a clock
// that never moved, one day's queue grew all through a run and every input slowed down with it (352
// executions a second falling to 182 within 90 s). A new day every few thousand inputs keeps it short.
inline constexpr long kInputsPerDay = 5000;
inline std::atomic<long> inputs_seen{0};

class InProcessServer : public server::HttpServer {
 public:
  InProcessServer()
      : dir_(make_dir()),
        ctx_(options(dir_), [] { return testing::at_23_nov(10) + inputs_seen.load() / kInputsPerDay * testing::kDay; }) {
    // An event stream answers for as long as the connection stays open: matched first (cpp-httplib tries
    // routes in order, on the decoded path), it is not fuzzed here.
    Get(R"(/api/live/(\d{4})/events)", [](const httplib::Request&, httplib::Response& res) { res.status = 204; });
    server::configure_server(*this, ctx_);
    ctx_.staff.insert({"fuzzstaff", server::hash_password("fuzz-password"), kStaffOffice}, ctx_.now());
    keep_staff_session();
  }

  // After each input: counts it for the clock, and opens the staff session again when a request logged it
  // out, so later inputs still reach counter mode.
  void finish_input() {
    ++inputs_seen;
    keep_staff_session();
  }

  // The server's date, ISO, `days` from today.
  std::string iso_day(int days) { return iso_date(bkk_date(ctx_.now() + days * testing::kDay)); }

  server::Context& context() { return ctx_; }

  // The server's answer to one request (request line, headers, body), as written to the connection.
  std::string answer(const std::string& request) {
    httplib::detail::BufferStream stream;
    stream.write(request.data(), request.size());
    bool closed = false;
    process_request(stream, /*close_connection=*/true, closed, nullptr);
    return stream.get_buffer().substr(request.size());
  }

 private:
  void keep_staff_session() {
    std::lock_guard lock(ctx_.db_mutex);
    const std::string digest = server::digest_hex(kStaffToken);
    if (ctx_.sessions.find_valid(digest, ctx_.now())) return;
    ctx_.sessions.insert(digest, "fuzzstaff", ctx_.now() + 10 * 365 * testing::kDay);
  }

  // In memory where the machine has it: every write ends in an fdatasync of the database's log, which on a
  // disk took half of each input's time, and the fuzzer is after the request readers, not the disk.
  static std::filesystem::path scratch_root() {
    std::error_code error;
    if (std::filesystem::is_directory("/dev/shm", error)) return "/dev/shm";
    return std::filesystem::temp_directory_path();
  }

  static std::filesystem::path make_dir() {
    std::string tmpl = (scratch_root() / "khiw-fuzz-XXXXXX").string();
    FUZZ_CHECK(mkdtemp(tmpl.data()));
    static std::filesystem::path made;  // removed at exit: in /dev/shm, a long run's database is memory
    made = tmpl;
    std::atexit([] {
      std::error_code error;
      std::filesystem::remove_all(made, error);
    });
    const std::filesystem::path dir = tmpl;
    std::filesystem::create_directories(dir / "web" / "icons");
    std::ofstream(dir / "web" / "index.html") << "<!doctype html><title>khiw</title>";
    std::ofstream(dir / "web" / "khiw.js") << "console.log('khiw');";
    std::ofstream(dir / "web" / "icons" / "icon.svg") << "<svg/>";
    std::ofstream(dir / "outside.txt") << kOutsideMarker;
    std::ofstream(dir / "web" / ".hidden") << kOutsideMarker;
    return dir;
  }

  static server::Options options(const std::filesystem::path& dir) {
    server::Options o;
    o.db_path = (dir / "khiw.sqlite").string();
    o.web_root = (dir / "web").string();
    o.data_dir = std::string(KHIW_SOURCE_DIR) + "/data";
    o.demo_staff = "none";
    return o;
  }

  std::filesystem::path dir_;
  server::Context ctx_;
};

// Built once per process: opening the database and hashing the staff password take a while.
inline InProcessServer& in_process_server() {
  static InProcessServer* server = new InProcessServer();  // never destroyed: threads outlive main's return
  return *server;
}

}  // namespace khiw::fuzz

// libFuzzer's set-up hook: the server is built before the first input, whose time limit (-timeout) it
// would otherwise spend (on a busy machine, more than all of it). One per target: each includes this once.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  khiw::fuzz::in_process_server();
  return 0;
}

namespace khiw::fuzz {

// The status code of an HTTP response, or 0 when there is no status line.
inline int status_of(const std::string& response) {
  if (!response.starts_with("HTTP/1.1 ") || response.size() < 12) return 0;
  return std::atoi(response.substr(9, 3).c_str());
}

// What every answer must be: nothing (the connection closed on a request that never came whole), or a
// status line, never a server error (an uncaught exception or a broken invariant becomes 500), and never
// a byte of what lies outside the web root. The marker may come back only when the request itself carried
// it: an error names the unknown field it refuses, and libFuzzer learns the marker from this very check.
inline void check_answer(const std::string& request, const std::string& response) {
  if (response.empty()) return;
  const int status = status_of(response);
  if (status < 100 || status >= 500) {
    std::fprintf(stderr, "server answered:\n%.2000s\n", response.c_str());
    std::abort();
  }
  FUZZ_CHECK(response.find(kOutsideMarker) == std::string::npos ||
             request.find(kOutsideMarker) != std::string::npos);
}

}  // namespace khiw::fuzz
