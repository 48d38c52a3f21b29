#include "server-stub/http_json.h"
#include "server-stub/routes.h"

namespace khiw::server {

namespace {

// The catalog changes only with a server release: browsers may reuse it for a few minutes, then
// revalidate with the ETag.
constexpr const char* kCatalogCache = "public, max-age=300";

}  // namespace

void add_catalog_routes(httplib::Server& svr, Context& ctx) {
  svr.Get("/api/offices", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const CatalogDocument& doc = ctx.catalog.offices_doc;
    send_cacheable(req, res, doc.json, kJsonType, doc.etag, kCatalogCache);
  });
}

}  // namespace khiw::server
