#include "server-stub/options.h"

#include <charconv>
#include <stdexcept>

namespace khiw::server {

namespace {

int parse_port(const std::string& text) {
  int port = -1;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), port);
  if (ec != std::errc() || end != text.data() + text.size() || port < 0 || port > 65535)
    throw std::invalid_argument("--port expects 0..65535, got \"" + text + "\"");
  return port;
}

}  // namespace

Options parse_options(const std::vector<std::string>& args) {
  Options o;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& flag = args[i];
    if (i + 1 >= args.size()) throw std::invalid_argument(flag + " needs a value");
    const std::string& value = args[++i];
    if (flag == "--host") o.host = value;
    else if (flag == "--port") o.port = parse_port(value);
    else if (flag == "--db") o.db_path = value;
    else if (flag == "--web-root") o.web_root = value;
    else if (flag == "--data-dir") o.data_dir = value;
    else if (flag == "--demo-staff") o.demo_staff = value;
    else if (flag == "--demo-activity") o.demo_activity = value;
    else throw std::invalid_argument("unknown flag " + flag);
  }
  return o;
}

}  // namespace khiw::server
