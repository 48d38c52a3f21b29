// Test-side file access: core has no I/O, so tests read the project's data files and hand core the text.
#pragma once
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace khiw::testing {

inline std::string read_source_file(const std::string& relative_path) {
  std::ifstream in(std::string(KHIW_SOURCE_DIR) + "/" + relative_path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + relative_path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace khiw::testing
