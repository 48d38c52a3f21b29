// The web bundle served at "/": files read once and re-read when they change on disk, each with a
// content ETag and, for compressible types, a gzip copy made once (cpp-httplib would not compress
// application/wasm, and would re-compress khiw.js on every request).
#pragma once
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace khiw::server {

struct StaticFile {
  std::string mime;
  std::string etag;
  std::shared_ptr<const std::string> identity;
  std::shared_ptr<const std::string> gzip;  // null when compression would not help
};

// The MIME type for a file name by extension; application/octet-stream when unknown.
std::string mime_for(std::string_view file_name);

// True for a URL path that stays inside the root: no "..", ".", empty or hidden segments, no
// backslashes or NULs. The path is already percent-decoded by cpp-httplib.
bool is_safe_relative_path(std::string_view path);

std::string gzip_compress(std::string_view data);

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);
  // `relative` must have passed is_safe_relative_path. Nullopt when there is no such regular file.
  std::optional<StaticFile> get(const std::string& relative);

 private:
  struct Entry {
    std::filesystem::file_time_type mtime;
    uintmax_t size = 0;
    StaticFile file;
  };
  std::filesystem::path root_;
  std::mutex mutex_;
  std::map<std::string, Entry> cache_;
};

}  // namespace khiw::server
