#include "server-stub/http_json.h"
#include "server-stub/routes.h"

namespace khiw::server {

namespace {

bool accepts_gzip(const httplib::Request& req) {
  const std::string header = req.get_header_value("Accept-Encoding");
  size_t at = header.find("gzip");
  if (at == std::string::npos) return false;
  const size_t end = header.find(',', at);
  const std::string params = header.substr(at, end == std::string::npos ? std::string::npos : end - at);
  return params.find("q=0") == std::string::npos || params.find("q=0.") != std::string::npos;
}

}  // namespace

void add_static_routes(httplib::Server& svr, Context& ctx) {
  svr.Get(R"(/(.*))", [&ctx](const httplib::Request& req, httplib::Response& res) {
    if (req.path.starts_with("/api/")) return send_error(res, not_found());
    std::string relative = req.matches[1].str();
    if (relative.empty()) relative = "index.html";
    if (!is_safe_relative_path(relative)) return send_error(res, bad_path());
    const std::optional<StaticFile> file = ctx.web.get(relative);
    if (!file) return send_error(res, not_found());

    // File names are not content-hashed, so every file is revalidated (cheap 304s) rather than cached.
    res.set_header("Cache-Control", "no-cache");
    res.set_header("ETag", file->etag);
    res.set_header("Vary", "Accept-Encoding");
    if (etag_matches(req, file->etag)) {
      res.status = 304;
      return;
    }
    const bool gzip = file->gzip && accepts_gzip(req);
    std::shared_ptr<const std::string> body = gzip ? file->gzip : file->identity;
    if (gzip) res.set_header("Content-Encoding", "gzip");
    // A sized content provider is sent as is: cpp-httplib compresses only plain bodies and chunked
    // providers, so the precompressed bytes are never compressed twice.
    res.set_content_provider(body->size(), file->mime,
                             [body](size_t offset, size_t length, httplib::DataSink& sink) {
                               return sink.write(body->data() + offset, length);
                             });
  });
}

}  // namespace khiw::server
