#include "server-stub/http_json.h"
#include "server-stub/routes.h"

namespace khiw::server {

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
    // The smallest copy the client takes: brotli, gzip, or the file itself.
    const std::string accepted = req.get_header_value("Accept-Encoding");
    std::shared_ptr<const std::string> body = file->identity;
    if (file->brotli && accepts_coding(accepted, "br")) {
      body = file->brotli;
      res.set_header("Content-Encoding", "br");
    } else if (file->gzip && accepts_coding(accepted, "gzip")) {
      body = file->gzip;
      res.set_header("Content-Encoding", "gzip");
    }
    // A sized content provider is sent as is: cpp-httplib compresses only plain bodies and chunked
    // providers, so the precompressed bytes are never compressed twice.
    res.set_content_provider(body->size(), file->mime,
                             [body](size_t offset, size_t length, httplib::DataSink& sink) {
                               return sink.write(body->data() + offset, length);
                             });
  });
}

}  // namespace khiw::server
