// Runs the real khiw-server binary as a child process on a free loopback port, over a real SQLite
// file in a temporary directory. Shared by every server test and the kill -9 durability test.
// Header-only because tests/CMakeLists.txt compiles only *_test.cpp files.
#pragma once
#include <fcntl.h>
#include <httplib.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace khiw::testing {

namespace detail {


inline std::string read_all(const std::filesystem::path& path) {
  std::ifstream in(path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Reads the child's stdout until the URL line appears or the deadline passes.
inline std::string read_url_line(int fd, std::chrono::steady_clock::time_point deadline) {
  std::string text;
  while (text.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    char buf[512];
    const ssize_t n = read(fd, buf, sizeof buf);
    if (n <= 0) break;  // the child exited
    text.append(buf, static_cast<size_t>(n));
  }
  return text;
}

}  // namespace detail

// A temporary directory removed (recursively) on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

struct ServerConfig {
  std::filesystem::path db_path;
  std::filesystem::path web_root;
  std::filesystem::path data_dir;
  std::filesystem::path stderr_path;  // appended to across restarts
  std::vector<std::string> extra_args;
  std::string binary = KHIW_SERVER_BIN;
};

class ServerProcess {
 public:
  // Starts the binary, reads its "khiw: serving http://HOST:PORT/" line and waits until
  // /api/health answers. Throws std::runtime_error (with the server's stderr) on failure.
  explicit ServerProcess(ServerConfig config);
  ~ServerProcess();  // SIGTERM, then SIGKILL if it lingers
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  void kill_hard();  // SIGKILL and reap: the durability test's crash
  const std::string& host() const { return host_; }
  int port() const { return port_; }
  const std::string& url() const { return url_; }
  httplib::Client client() const;
  const std::string& stdout_text() const { return stdout_text_; }
  std::string stderr_text() const { return detail::read_all(stderr_path_); }

 private:
  void stop(int signal);
  pid_t pid_ = -1;
  std::string host_;
  int port_ = 0;
  std::string url_;
  std::string stdout_text_;
  std::filesystem::path stderr_path_;
};


inline TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "khiw-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

inline TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

inline ServerProcess::ServerProcess(ServerConfig config) {
  stderr_path_ = config.stderr_path;
  std::vector<std::string> args{config.binary,  "--host",     "127.0.0.1",
                                "--port",       "0",          "--db",
                                config.db_path.string(),      "--web-root",
                                config.web_root.string(),     "--data-dir",
                                config.data_dir.string()};
  args.insert(args.end(), config.extra_args.begin(), config.extra_args.end());
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  int out[2];
  if (pipe(out) != 0) throw std::runtime_error("pipe failed");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderr_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND,
                                   0644);
  const int rc = posix_spawn(&pid_, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out[1]);
  if (rc != 0) {
    close(out[0]);
    throw std::runtime_error("cannot start " + config.binary);
  }

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  stdout_text_ = detail::read_url_line(out[0], deadline);
  close(out[0]);  // later output goes nowhere; the server only prints the one line
  std::smatch m;
  static const std::regex kUrlLine(R"(khiw: serving (http://([0-9.]+):([0-9]+)/)\n)");
  if (!std::regex_search(stdout_text_, m, kUrlLine)) {
    stop(SIGKILL);
    throw std::runtime_error("server did not print its URL line; stderr:\n" + detail::read_all(stderr_path_));
  }
  url_ = m[1];
  host_ = m[2];
  port_ = std::stoi(m[3]);

  while (std::chrono::steady_clock::now() < deadline) {
    if (auto res = client().Get("/api/health"); res && res->status == 200) return;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  stop(SIGKILL);
  throw std::runtime_error("server never became healthy; stderr:\n" + detail::read_all(stderr_path_));
}

inline ServerProcess::~ServerProcess() { stop(SIGTERM); }

inline void ServerProcess::kill_hard() { stop(SIGKILL); }

inline httplib::Client ServerProcess::client() const {
  httplib::Client cli(host_, port_);
  cli.set_connection_timeout(5);
  cli.set_read_timeout(10);
  return cli;
}

inline void ServerProcess::stop(int signal) {
  if (pid_ <= 0) return;
  ::kill(pid_, signal);
  for (int i = 0; i < 100; ++i) {  // up to 5 s, then force
    if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
      pid_ = -1;
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  ::kill(pid_, SIGKILL);
  waitpid(pid_, nullptr, 0);
  pid_ = -1;
}

}  // namespace khiw::testing
