// Satisfaction ratings, the director's summary and the open data (docs/API.md, Statistics).
#include "server-stub/http_json.h"
#include "server-stub/ratings_service.h"
#include "server-stub/request_json.h"
#include "server-stub/routes.h"
#include "server-stub/stats_service.h"

namespace khiw::server {

namespace {

// Final days (no rating is taken for them any more) never change; today's and yesterday's do.
constexpr const char* kFinalOpenData = "public, max-age=2592000";
constexpr const char* kLiveOpenData = "public, max-age=60";
// The summary lists the office's own comments: for its staff only.
constexpr const char* kSummaryCache = "private, no-cache";

// ?format= json (default) or csv; the CSV is a download named `file_stem`.csv.
void send_report(const httplib::Request& req, httplib::Response& res, const StatsReport& report,
                 const std::string& file_stem, const char* cache_control) {
  const std::string format = req.get_param_value("format");
  if (format.empty() || format == "json") {
    const std::string body = stats_to_json(report);
    return send_cacheable(req, res, body, kJsonType, weak_etag(body), cache_control);
  }
  if (format != "csv") throw ApiException{bad_query("format must be json or csv")};
  const std::string body = stats_to_csv(report);
  res.set_header("Content-Disposition", "attachment; filename=\"" + file_stem + ".csv\"");
  send_cacheable(req, res, body, "text/csv; charset=utf-8", weak_etag(body), cache_control);
}

const char* open_data_cache(const Context& ctx, Date to) {
  return stats_may_change(ctx, to) ? kLiveOpenData : kFinalOpenData;
}

std::string range_stem(const std::string& office, DateRange range) {
  return "khiw-" + office + "-" + iso_date(range.from) + "-" + iso_date(range.to);
}

}  // namespace

void add_stats_routes(httplib::Server& svr, Context& ctx) {
  svr.Post("/api/ratings", [&ctx](const httplib::Request& req, httplib::Response& res) {
    send_outcome(res, post_rating(ctx, parse_body(req)));
  });
  // Staff of the office only: the pre-routing check of /api/counter/ paths.
  svr.Get(R"(/api/counter/(\d{4})/summary)", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const std::string office = req.matches[1];
    const DateRange range = stats_range(ctx, req.get_param_value("from"), req.get_param_value("to"));
    send_report(req, res, office_report(ctx, office, range, /*with_comments=*/true), range_stem(office, range),
                kSummaryCache);
  });
  svr.Get("/api/open-data/daily", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const Date day = stats_date(ctx, req.get_param_value("date"));
    send_report(req, res, daily_report(ctx, day), "khiw-open-data-" + iso_date(day), open_data_cache(ctx, day));
  });
  svr.Get(R"(/api/open-data/(\d{4}))", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const std::string office = req.matches[1];
    if (!ctx.ref.office_known(office)) throw ApiException{rule_error(ErrorCode::UnknownOffice)};
    const DateRange range = stats_range(ctx, req.get_param_value("from"), req.get_param_value("to"));
    send_report(req, res, office_report(ctx, office, range, /*with_comments=*/false), range_stem(office, range),
                open_data_cache(ctx, range.to));
  });
}

}  // namespace khiw::server
