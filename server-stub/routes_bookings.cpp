#include "server-stub/bookings_service.h"
#include "server-stub/http_json.h"
#include "server-stub/request_json.h"
#include "server-stub/routes.h"

namespace khiw::server {

namespace {

constexpr size_t kMaxSyncOperations = 50;

// One queued client operation; its failure is its result, not the batch's.
Outcome apply_operation(Context& ctx, const json& op, const std::string& client) {
  try {
    if (!op.is_object()) throw ApiException{bad_json("each operation must be an object")};
    allow_only(op, {"op", "idempotency_key", "body"});
    const std::string kind = required_string(op, "op", 32);
    const auto body = op.find("body");
    if (body == op.end() || !body->is_object()) throw ApiException{bad_json("\"body\" must be an object")};
    if (kind == "create_booking")
      return create_booking(ctx, *body, optional_string(op, "idempotency_key", 100).value_or(""), client);
    if (kind == "cancel_booking") return cancel_booking(ctx, *body, client);
    if (kind == "lookup_booking") return lookup_booking(ctx, *body);
    throw ApiException{bad_json("unknown op \"" + kind.substr(0, 32) + "\"")};
  } catch (const ApiException& e) {
    return {e.error.status, error_body(e.error)};
  }
}

}  // namespace

void add_booking_routes(httplib::Server& svr, Context& ctx) {
  svr.Get("/api/availability", [&ctx](const httplib::Request& req, httplib::Response& res) {
    send_outcome(res, availability(ctx, req.get_param_value("office"), req.get_param_value("section")));
  });
  svr.Post("/api/bookings", [&ctx](const httplib::Request& req, httplib::Response& res) {
    send_outcome(res, create_booking(ctx, parse_body(req), req.get_header_value("Idempotency-Key"), req.remote_addr));
  });
  svr.Post("/api/bookings/lookup", [&ctx](const httplib::Request& req, httplib::Response& res) {
    send_outcome(res, lookup_booking(ctx, parse_body(req)));
  });
  svr.Post("/api/bookings/cancel", [&ctx](const httplib::Request& req, httplib::Response& res) {
    send_outcome(res, cancel_booking(ctx, parse_body(req), req.remote_addr));
  });
  svr.Post("/api/sync", [&ctx](const httplib::Request& req, httplib::Response& res) {
    const json body = parse_body(req);
    allow_only(body, {"operations"});
    const auto ops = body.find("operations");
    if (ops == body.end() || !ops->is_array()) throw ApiException{bad_json("\"operations\" must be an array")};
    if (ops->size() > kMaxSyncOperations) throw ApiException{bad_json("at most 50 operations per sync")};
    json results = json::array();
    for (const json& op : *ops) {
      const Outcome out = apply_operation(ctx, op, req.remote_addr);
      results.push_back({{"status", out.status}, {"body", out.body}});
    }
    send_outcome(res, {200, {{"results", results}}});
  });
}

}  // namespace khiw::server
