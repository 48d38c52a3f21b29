// Reading whole files (reference data, the web bundle) for the server.
#pragma once
#include <filesystem>
#include <string>

namespace khiw::server {

// Throws std::runtime_error naming the path when it cannot be read.
std::string read_file(const std::filesystem::path& path);

}  // namespace khiw::server
