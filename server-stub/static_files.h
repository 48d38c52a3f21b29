// The web bundle served at "/": files read once and re-read when they change on disk, each with a
// content ETag and, for compressible types, a gzip copy made once (cpp-httplib would not compress
// application/wasm, and would re-compress khiw.js on every request) and the brotli copy the build made
// beside it (`name.br`: a fifth smaller than gzip -9, too slow to make at a request), used only when it
// decodes to the file as it is now, so a copy left from another build is never served.
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
  std::shared_ptr<const std::string> gzip;    // null when compression would not help
  std::shared_ptr<const std::string> brotli;  // null when the build made none, or it is not of this file
};

// The MIME type for a file name by extension; application/octet-stream when unknown.
std::string mime_for(std::string_view file_name);

// True for a URL path that stays inside the root: no "..", ".", empty or hidden segments, no
// backslashes or NULs. The path is already percent-decoded by cpp-httplib.
bool is_safe_relative_path(std::string_view path);

std::string gzip_compress(std::string_view data);

// Whether an Accept-Encoding header value accepts `coding` ("gzip", "br"): listed by name (or "*") and
// not with q=0.
bool accepts_coding(std::string_view accept_encoding, std::string_view coding);

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);
  // `relative` must have passed is_safe_relative_path. Nullopt when there is no such regular file.
  std::optional<StaticFile> get(const std::string& relative);

 private:
  struct Version {  // of a file on disk: a change in either means it was written again
    std::filesystem::file_time_type mtime;
    uintmax_t size = 0;
    bool operator==(const Version&) const = default;
  };
  // The file's version on disk, or nullopt when it is not a regular file there.
  static std::optional<Version> version_of(const std::filesystem::path& path);
  struct Entry {
    Version version;
    std::optional<Version> brotli_version;
    StaticFile file;
  };
  std::filesystem::path root_;
  std::mutex mutex_;
  std::map<std::string, Entry> cache_;
};

}  // namespace khiw::server
