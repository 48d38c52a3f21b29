#include "server-stub/static_files.h"

#include <brotli/decode.h>
#include <zlib.h>

#include <array>
#include <cstdlib>
#include <stdexcept>

#include "server-stub/files.h"
#include "server-stub/http_json.h"

namespace khiw::server {

namespace {

struct MimeRule {
  std::string_view extension;
  std::string_view mime;
  bool compress;
};

constexpr std::array kMimeRules{
    MimeRule{".html", "text/html; charset=utf-8", true},
    MimeRule{".js", "text/javascript", true},
    MimeRule{".mjs", "text/javascript", true},
    MimeRule{".wasm", "application/wasm", true},
    MimeRule{".webmanifest", "application/manifest+json", true},
    MimeRule{".json", "application/json", true},
    MimeRule{".css", "text/css", true},
    MimeRule{".txt", "text/plain; charset=utf-8", true},
    MimeRule{".ttf", "font/ttf", true},
    MimeRule{".svg", "image/svg+xml", true},
    MimeRule{".png", "image/png", false},
    MimeRule{".ico", "image/x-icon", false},
};

const MimeRule* rule_for(std::string_view name) {
  for (const MimeRule& rule : kMimeRules)
    if (name.ends_with(rule.extension)) return &rule;
  return nullptr;
}

bool same_letters(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  return true;
}

// The brotli copy of `content` in `encoded`, if it decodes to exactly those bytes.
std::shared_ptr<const std::string> brotli_copy_of(const std::string& content, std::string encoded) {
  std::string decoded(content.size() + 1, '\0');  // one byte more: a longer result does not fit
  size_t decoded_size = decoded.size();
  const BrotliDecoderResult result =
      BrotliDecoderDecompress(encoded.size(), reinterpret_cast<const uint8_t*>(encoded.data()), &decoded_size,
                              reinterpret_cast<uint8_t*>(decoded.data()));
  if (result != BROTLI_DECODER_RESULT_SUCCESS || decoded_size != content.size() ||
      decoded.compare(0, decoded_size, content) != 0)
    return nullptr;
  return std::make_shared<const std::string>(std::move(encoded));
}

}  // namespace

std::string mime_for(std::string_view file_name) {
  const MimeRule* rule = rule_for(file_name);
  return rule ? std::string(rule->mime) : "application/octet-stream";
}

bool is_safe_relative_path(std::string_view path) {
  if (path.empty() || path.size() > 512) return false;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    const std::string_view segment = path.substr(start, end - start);
    if (segment.empty() || segment.front() == '.') return false;  // "", ".", "..", dotfiles
    for (char c : segment)
      if (c == '\\' || c == '\0' || c == ':') return false;
    start = end + 1;
  }
  return true;
}

std::string gzip_compress(std::string_view data) {
  z_stream zs{};
  // windowBits 15 + 16 asks zlib for a gzip header instead of a raw zlib one.
  if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("deflateInit2 failed");
  std::string out(deflateBound(&zs, data.size()), '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  if (rc != Z_STREAM_END) throw std::runtime_error("deflate failed");
  return out;
}

bool accepts_coding(std::string_view accept_encoding, std::string_view coding) {
  std::optional<bool> named, any;
  for (const std::string_view element : split_trimmed(accept_encoding, ',')) {
    const std::vector<std::string_view> parts = split_trimmed(element, ';');
    // The q parameter: 1 when absent; 0 (refused) when unreadable.
    double quality = 1;
    for (size_t i = 1; i < parts.size(); ++i)
      if (parts[i].size() > 2 && (parts[i][0] | 0x20) == 'q' && parts[i][1] == '=')
        quality = std::strtod(std::string(parts[i].substr(2)).c_str(), nullptr);
    if (same_letters(parts.front(), coding)) named = quality > 0;
    else if (parts.front() == "*") any = quality > 0;
  }
  return named.value_or(any.value_or(false));
}

StaticFiles::StaticFiles(std::filesystem::path root) : root_(std::move(root)) {}

std::optional<StaticFiles::Version> StaticFiles::version_of(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  const auto mtime = std::filesystem::last_write_time(path, ec);
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return std::nullopt;
  return Version{mtime, size};
}

std::optional<StaticFile> StaticFiles::get(const std::string& relative) {
  const std::filesystem::path path = root_ / relative;
  const std::optional<Version> version = version_of(path);
  if (!version) return std::nullopt;
  const std::filesystem::path brotli_path = root_ / (relative + ".br");
  const std::optional<Version> brotli_version = version_of(brotli_path);

  std::lock_guard lock(mutex_);
  if (auto it = cache_.find(relative);
      it != cache_.end() && it->second.version == *version && it->second.brotli_version == brotli_version)
    return it->second.file;

  auto content = std::make_shared<const std::string>(read_file(path));
  StaticFile file{mime_for(relative), weak_etag(*content), content, nullptr, nullptr};
  if (const MimeRule* rule = rule_for(relative); rule && rule->compress) {
    auto packed = std::make_shared<const std::string>(gzip_compress(*content));
    if (packed->size() < content->size()) file.gzip = std::move(packed);
    if (brotli_version) {
      try {
        file.brotli = brotli_copy_of(*content, read_file(brotli_path));
      } catch (const std::runtime_error&) {  // unreadable: the file is served without its copy
      }
    }
  }
  cache_[relative] = Entry{*version, brotli_version, file};
  return file;
}

}  // namespace khiw::server
