// The waiting hall's "now serving" board (core's board_of), public: it carries ticket numbers and
// counters only. Boards refetch it when the office's event stream says something changed.
#include <algorithm>

#include "core/board.h"
#include "server-stub/http_json.h"
#include "server-stub/routes.h"

namespace khiw::server {

namespace {

// The office's lines today in the catalog's section order, the order the board shows them.
std::vector<SectionQueue> lines_in_catalog_order(Context& ctx, const std::string& office, Date today) {
  std::vector<SectionQueue> queues;
  {
    std::lock_guard lock(ctx.db_mutex);
    queues = ctx.queues.of_office(office, today);
  }
  const auto& sections = ctx.ref.catalog.sections;
  const auto rank = [&](const SectionQueue& q) {
    return std::find_if(sections.begin(), sections.end(), [&](const Section& s) { return s.id == q.section_id; }) -
           sections.begin();
  };
  std::stable_sort(queues.begin(), queues.end(), [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  return queues;
}

}  // namespace

void add_board_routes(httplib::Server& svr, Context& ctx) {
  svr.Get(R"(/api/board/(\d{4}))", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const std::string office = req.matches[1];
    if (!ctx.ref.office_known(office)) throw ApiException{rule_error(ErrorCode::UnknownOffice)};
    const UnixSeconds now = ctx.now();
    const Date today = bkk_date(now);
    const std::string body = board_to_json(board_of(office, today, lines_in_catalog_order(ctx, office, today), now));
    send_cacheable(req, res, body, kJsonType, weak_etag(body), "no-cache");
  });
}

}  // namespace khiw::server
