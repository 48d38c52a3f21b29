#include "server-stub/stats_service.h"

#include "server-stub/http_json.h"
#include "server-stub/ratings_service.h"

namespace khiw::server {

namespace {

Date date_param(const Context& ctx, const std::string& text, const char* name) {
  if (text.empty()) return bkk_date(ctx.now());
  const std::optional<Date> date = parse_iso_date(text);
  if (!date) throw ApiException{bad_query(std::string(name) + " must be a YYYY-MM-DD date")};
  return *date;
}

StatsReport report(Context& ctx, StatsRequest request, const std::string& office) {
  std::vector<std::string> documents;
  std::vector<Rating> ratings;
  {
    std::lock_guard lock(ctx.db_mutex);
    documents = ctx.queues.documents_between(request.from, request.to, office);
    ratings = ctx.ratings.between(request.from, request.to, office);
  }
  std::vector<SectionQueue> queues;
  queues.reserve(documents.size());
  for (const std::string& d : documents) queues.push_back(queue_from_json(d));
  return compute_stats(request, queues, ratings);
}

}  // namespace

DateRange stats_range(const Context& ctx, const std::string& from, const std::string& to) {
  const DateRange range{date_param(ctx, from, "from"), date_param(ctx, to, "to")};
  if (range.from > range.to) throw ApiException{bad_query("from is after to")};
  if (days_since_epoch(range.to) - days_since_epoch(range.from) >= kMaxStatsDays)
    throw ApiException{bad_query("at most 92 days")};
  return range;
}

Date stats_date(const Context& ctx, const std::string& date) { return date_param(ctx, date, "date"); }

StatsReport office_report(Context& ctx, const std::string& office, DateRange range, bool with_comments) {
  return report(ctx, {range.from, range.to, {office}, with_comments}, office);
}

StatsReport daily_report(Context& ctx, Date day) {
  StatsRequest request{day, day, {}, false};
  for (const Office& o : ctx.ref.offices) request.office_codes.push_back(o.code);
  return report(ctx, std::move(request), "");
}

bool stats_may_change(const Context& ctx, Date to) {
  return to > add_days(bkk_date(ctx.now()), -kRatingDays);
}

}  // namespace khiw::server
