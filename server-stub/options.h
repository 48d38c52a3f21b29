// Command-line options of khiw-server.
#pragma once
#include <string>
#include <vector>

namespace khiw::server {

struct Options {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 binds any free port
  std::string db_path = "var/khiw.sqlite";
  std::string web_root = "web";
  std::string data_dir = "data";
  // Offices that get a demo staff account at first start: "all", "none" or codes "1001,1002".
  std::string demo_staff = "all";
  // Offices where a simulated day plays through the counter actions (demo_activity.h); same forms.
  std::string demo_activity = "none";
};

// Throws std::invalid_argument with a usage hint on an unknown flag or a missing/bad value.
Options parse_options(const std::vector<std::string>& args);

}  // namespace khiw::server
