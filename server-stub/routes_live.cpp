#include <chrono>
#include <optional>

#include "server-stub/http_json.h"
#include "server-stub/routes.h"

namespace khiw::server {

namespace {

// Citizens poll; a 304 costs one mutex and a string compare.
constexpr const char* kLiveCache = "no-cache";
constexpr auto kKeepAlive = std::chrono::seconds(15);

}  // namespace

void add_live_routes(httplib::Server& svr, Context& ctx) {
  svr.Get("/api/live", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const auto doc = ctx.live.all(bkk_date(ctx.now()));
    send_cacheable(req, res, doc->json, kJsonType, doc->etag, kLiveCache);
  });
  svr.Get(R"(/api/live/(\d{4}))", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const std::optional<CachedDocument> doc = ctx.live.office(req.matches[1], bkk_date(ctx.now()));
    if (!doc) throw ApiException{rule_error(ErrorCode::UnknownOffice)};
    send_cacheable(req, res, doc->json, kJsonType, doc->etag, kLiveCache);
  });
  // Server-sent events for staff screens and display boards: the office's document now and after each
  // change there (its "seq" grows with each; changes close together may share one event), a comment
  // every 15 s to keep proxies open. Each stream holds a worker thread, so their number is capped
  // (LiveBoard::try_open_stream).
  svr.Get(R"(/api/live/(\d{4})/events)", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const std::string office = req.matches[1];
    if (!ctx.ref.office_known(office)) throw ApiException{rule_error(ErrorCode::UnknownOffice)};
    if (!ctx.live.try_open_stream()) throw ApiException{too_many_streams()};
    res.set_header("Cache-Control", "no-store");
    auto last_sent = std::make_shared<std::optional<uint64_t>>();
    res.set_chunked_content_provider(
        "text/event-stream",
        [&ctx, office, last_sent](size_t, httplib::DataSink& sink) {
          const uint64_t seq = ctx.live.office_seq(office);
          if (seq == *last_sent) {
            if (!ctx.live.wait_for_office_change(office, seq, kKeepAlive)) return false;
            if (ctx.live.office_seq(office) == seq) {
              static constexpr std::string_view kPing = ": keep-alive\n\n";
              return sink.write(kPing.data(), kPing.size());
            }
          }
          // The seq read before rendering: a change made meanwhile is sent again next time, never missed.
          *last_sent = ctx.live.office_seq(office);
          const std::string document = ctx.live.office(office, bkk_date(ctx.now()))->json;
          const std::string event = "event: counts\ndata: " + document + "\n\n";
          return sink.write(event.data(), event.size());
        },
        [&ctx](bool) { ctx.live.close_stream(); });
  });
}

}  // namespace khiw::server
