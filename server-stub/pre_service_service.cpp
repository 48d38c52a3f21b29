#include "server-stub/pre_service_service.h"

#include <climits>

#include "core/validation.h"
#include "server-stub/http_json.h"
#include "server-stub/request_json.h"

namespace khiw::server {

namespace {

using nlohmann::json;

// The action as core takes it, and the body that identifies the request for its Idempotency-Key: for a
// pickup, keyed hashes of the ID and laser code typed, so no stored digest can be matched against IDs.
struct ReadAction {
  PreServiceAction action;
  json identity;
};

ReadAction read_action(const Context& ctx, PreServiceActionKind kind, const json& body) {
  ReadAction read{{kind, 0, {}, {}, {}}, body};
  switch (kind) {
    case PreServiceActionKind::Prepare:
      allow_only(body, {});
      break;
    case PreServiceActionKind::Approve:
      allow_only(body, {"fee_satang"});
      read.action.fee_satang = required_int(body, "fee_satang", INT_MIN, INT_MAX);  // core checks the range
      break;
    case PreServiceActionKind::Reject:
      allow_only(body, {"reason"});
      read.action.reason = required_string(body, "reason", 4 * kReasonMaxChars);  // UTF-8: core counts characters
      break;
    case PreServiceActionKind::Pickup: {
      allow_only(body, {"national_id", "laser_code"});
      const std::string typed_id = required_string(body, "national_id", 32);
      read.action.laser_code = required_string(body, "laser_code", 32);
      if (const Result<std::string> id = normalize_national_id(typed_id))
        read.action.citizen_key = citizen_key(ctx.keys, id.value());
      read.identity = {{"national_id", citizen_key(ctx.keys, typed_id)},
                       {"laser_code", citizen_key(ctx.keys, read.action.laser_code)}};
      break;
    }
  }
  return read;
}

bool is_requester_mismatch(const ApiError& e) {
  return e.code == error_code_name(ErrorCode::IdMismatch) || e.code == error_code_name(ErrorCode::LaserMismatch);
}

// The booking behind `code` with a request `office` prepares or hands over; anything else is not found.
Booking request_at(Context& ctx, const std::string& office, const std::string& code) {
  std::optional<Booking> b = ctx.bookings.find(code);
  if (!b || pre_service_role(*b, office) == PreServiceRole::None) throw ApiException{not_found()};
  return *b;
}

}  // namespace

Outcome pre_service_list(Context& ctx, const std::string& office, const std::string& status) {
  if (!ctx.ref.office_known(office)) throw ApiException{rule_error(ErrorCode::UnknownOffice)};
  if (!status.empty() && status != "all" && !pre_service_state_from_name(status))
    throw ApiException{bad_json(R"("status" must be "all" or one of "pending", "prepared", "approved", )"
                                R"("rejected", "picked_up")")};
  std::vector<PreServiceItem> items;
  std::lock_guard lock(ctx.db_mutex);
  for (const Booking& b : ctx.bookings.with_pre_service_at(office, status.empty() ? "open" : status))
    if (pre_service_listed(pre_service_role(b, office), b.pre_service->progress.state))
      items.push_back(pre_service_item(b, office));
  return {200, json::parse(pre_service_list_to_json(items))};
}

Outcome pre_service_action(Context& ctx, const std::string& office, const std::string& code,
                           PreServiceActionKind kind, const json& body, const Caller& caller) {
  if (caller.idempotency_key.empty()) throw ApiException{idempotency_key_required()};
  const ReadAction read = read_action(ctx, kind, body);
  const std::string action = "pre_service_" + std::string(pre_service_action_name(kind));
  const json identity = {{"code", code}, {"body", read.identity}};
  const auto audit = [&](OfficeDay& day, const json& detail) {
    day.audit(caller, action, code, detail.dump());
  };
  return run_counter_action(
      ctx, {office, "", action, identity}, caller,
      [&](OfficeDay& day) {
        Booking b = request_at(ctx, office, code);
        const PreServiceState from = b.pre_service->progress.state;
        Result<PreServiceProgress> next =
            apply_pre_service_action(b, pre_service_role(b, office), read.action, caller.actor_id, day.now);
        if (!next) throw ApiException{rule_error(next.error())};
        b.pre_service->progress = std::move(next).value();
        ctx.bookings.update(b);
        json detail = {{"from", pre_service_state_name(from)},
                       {"to", pre_service_state_name(b.pre_service->progress.state)}};
        if (kind == PreServiceActionKind::Approve) detail["fee_satang"] = read.action.fee_satang;
        audit(day, detail);
        return Outcome{200, json::parse(pre_service_item_to_json(pre_service_item(b, office)))};
      },
      [&](OfficeDay& day, const ApiError& refused) {
        if (is_requester_mismatch(refused)) audit(day, {{"refused", refused.code}});
      });
}

}  // namespace khiw::server
