#include "server-stub/http_json.h"
#include "server-stub/routes.h"

namespace khiw::server {

namespace {

// The catalog changes only with a server release: browsers may reuse it for a few minutes, then
// revalidate with the ETag.
constexpr const char* kCatalogCache = "public, max-age=300";

}  // namespace

void add_catalog_routes(httplib::Server& svr, Context& ctx) {
  const std::pair<const char*, const CachedDocument*> documents[] = {
      {"/api/offices", &ctx.ref.offices_doc},
      {"/api/catalog", &ctx.ref.catalog_doc},
      {"/api/holidays", &ctx.ref.holidays_doc},
      {"/api/rules", &ctx.ref.rules_doc},
  };
  for (const auto& [path, doc] : documents)
    svr.Get(path, [doc = doc](const httplib::Request& req, httplib::Response& res) {
      send_cacheable(req, res, doc->json, kJsonType, doc->etag, kCatalogCache);
    });
}

}  // namespace khiw::server
