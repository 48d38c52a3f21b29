#include "server-stub/counter_service.h"
#include "server-stub/http_json.h"
#include "server-stub/pre_service_service.h"
#include "server-stub/request_json.h"
#include "server-stub/routes.h"
#include "server-stub/staff_service.h"

namespace khiw::server {

namespace {

// The pre-routing handler already refused requests without a valid session for this office; the
// lookup here only names the actor for the audit log.
Caller staff_caller(Context& ctx, const httplib::Request& req) {
  const std::optional<StaffAccount> staff = session_staff(ctx, req);
  if (!staff) throw ApiException{unauthorized()};
  return {"staff", staff->username, req.remote_addr, req.get_header_value("Idempotency-Key")};
}

// The staff screens poll the queue like citizens poll the live counts: unchanged is a bodiless 304.
// Private: it names booking codes.
constexpr const char* kQueueCache = "private, no-cache";

}  // namespace

void add_counter_routes(httplib::Server& svr, Context& ctx) {
  const std::pair<const char*, SectionAction> actions[] = {
      {"check-in", &check_in},        {"walk-in", &issue_walk_in_ticket}, {"call-next", &call_next},
      {"call", &call_ticket},         {"recall", &recall_ticket},         {"done", &finish_ticket},
      {"no-show", &no_show_ticket},   {"return", &return_ticket},         {"transfer", &transfer_ticket},
      {"pause", &pause_counter},      {"resume", &resume_counter}};
  for (const auto& [name, action] : actions) {
    svr.Post(std::string(R"(/api/counter/(\d{4})/([a-z_]+)/)") + name,
             [&ctx, action = action](const httplib::Request& req, httplib::Response& res) {
               send_outcome(res, action(ctx, req.matches[1], req.matches[2], parse_body(req), staff_caller(ctx, req)));
             });
  }
  svr.Get(R"(/api/counter/(\d{4})/([a-z_]+)/queue)", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const std::string body = queue_state(ctx, req.matches[1], req.matches[2]).body.dump();
    send_cacheable(req, res, body, kJsonType, weak_etag(body), kQueueCache);
  });
  svr.Post(R"(/api/counter/(\d{4})/verify)", [&ctx](const httplib::Request& req, httplib::Response& res) {
    send_outcome(res, verify_ticket(ctx, req.matches[1], parse_body(req)));
  });
  svr.Get(R"(/api/counter/(\d{4})/roster)", [&ctx](const httplib::Request& req, httplib::Response& res) {
    send_outcome(res, day_roster(ctx, req.matches[1], req.get_param_value("date")));
  });
  svr.Get(R"(/api/counter/(\d{4})/pre-service)", [&ctx](const httplib::Request& req, httplib::Response& res) {
    send_outcome(res, pre_service_list(ctx, req.matches[1], req.get_param_value("status")));
  });
  for (const PreServiceActionKind kind : {PreServiceActionKind::Prepare, PreServiceActionKind::Approve,
                                          PreServiceActionKind::Reject, PreServiceActionKind::Pickup}) {
    svr.Post(R"(/api/counter/(\d{4})/pre-service/([0-9A-Z]{1,16})/)" + std::string(pre_service_action_name(kind)),
             [&ctx, kind](const httplib::Request& req, httplib::Response& res) {
               send_outcome(res, pre_service_action(ctx, req.matches[1], req.matches[2], kind, parse_body(req),
                                                    staff_caller(ctx, req)));
             });
  }
  svr.Get(R"(/api/counter/(\d{4})/audit)", [&ctx](const httplib::Request& req, httplib::Response& res) {
    send_outcome(res, office_audit(ctx, req.matches[1], req.get_param_value("date")));
  });

  // Citizens take a same-day ticket in the app: it holds a place in line, and calls skip it until they
  // check in at the office.
  svr.Post("/api/walk-ins", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const json body = parse_body(req);
    allow_only(body, {"office_code", "section_id"});
    send_outcome(res, issue_remote_ticket(ctx, required_string(body, "office_code", 8),
                                          required_string(body, "section_id", 64),
                                          {"citizen", "anonymous", req.remote_addr, {}}));
  });
  // The holder polls their ticket like the live counts: an unchanged answer is a bodiless 304. Any path
  // piece is matched here so that a malformed one gets its reason (walk_in_status checks them).
  svr.Get(R"(/api/walk-ins/([^/]+)/([^/]+)/([^/]+))", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const std::string body = walk_in_status(ctx, req.matches[1], req.matches[2], req.matches[3]).body.dump();
    send_cacheable(req, res, body, kJsonType, weak_etag(body), "no-cache");
  });
}

}  // namespace khiw::server
