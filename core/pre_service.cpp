#include "core/pre_service.h"

#include <array>

#include "core/booking.h"
#include "core/enum_names.h"
#include "core/json_fields.h"
#include "core/validation.h"

namespace khiw {

namespace {

using json_fields::json;
using json_fields::required;

constexpr std::array<std::string_view, 5> kStateNames = {"pending", "prepared", "approved", "rejected", "picked_up"};
constexpr std::array<std::string_view, 4> kRoleNames = {"", "prepare", "pickup", "both"};
constexpr std::array<std::string_view, 4> kActionNames = {"prepare", "approve", "reject", "pickup"};

using enum PreServiceState;

// The states each action may start from, in the order of the action kinds; and where each leads.
bool may_start_from(PreServiceActionKind kind, PreServiceState s) {
  switch (kind) {
    case PreServiceActionKind::Prepare: return s == Pending;
    case PreServiceActionKind::Approve: return s == Prepared;
    case PreServiceActionKind::Reject: return s == Pending || s == Prepared;
    case PreServiceActionKind::Pickup: return s == Approved;
  }
  return false;
}
constexpr std::array<PreServiceState, 4> kLeadsTo = {Prepared, Approved, Rejected, PickedUp};

Status check_role(PreServiceActionKind kind, PreServiceRole role) {
  if (kind == PreServiceActionKind::Pickup)
    return role == PreServiceRole::Pickup || role == PreServiceRole::Both ? Status(Ok{})
                                                                          : Status(ErrorCode::NotPickupOffice);
  return role == PreServiceRole::Prepare || role == PreServiceRole::Both ? Status(Ok{})
                                                                         : Status(ErrorCode::NotPreparingOffice);
}

// The citizen at the pickup counter is the requester: same keyed ID hash, same laser code once normalised.
Status check_requester(const Booking& b, const PreServiceAction& a) {
  if (a.citizen_key.empty() || a.citizen_key != b.citizen_key) return ErrorCode::IdMismatch;
  const Result<std::string> laser = normalize_laser_code(a.laser_code);
  if (!laser || laser.value() != b.pre_service->laser_code) return ErrorCode::LaserMismatch;
  return Ok{};
}

template <typename T>
json or_null(const std::optional<T>& value) {
  return value ? json(*value) : json(nullptr);
}

PreServiceItem item_from(const json& rec, const std::string& w) {
  PreServiceItem item;
  item.code = required<std::string>(rec, "code", w);
  item.office_code = required<std::string>(rec, "office_code", w);
  item.pickup_office = required<std::string>(rec, "pickup_office", w);
  item.section_id = required<std::string>(rec, "section_id", w);
  item.service_id = required<std::string>(rec, "service_id", w);
  item.name = required<std::string>(rec, "name", w);
  item.id_last4 = required<std::string>(rec, "id_last4", w);
  item.copies = required<int>(rec, "copies", w);
  item.date = json_fields::required_date(rec, "date", w);
  item.slot = required<int>(rec, "slot", w);
  item.pickup_date = json_fields::required_date(rec, "pickup_date", w);
  if (rec.find("state") == rec.end()) throw std::invalid_argument(w + ": missing \"state\"");
  item.progress = read_progress(rec, w);
  const auto role = pre_service_role_from_name(required<std::string>(rec, "role", w));
  if (!role || *role == PreServiceRole::None) throw std::invalid_argument(w + ": unknown \"role\"");
  item.role = *role;
  return item;
}

json item_json(const PreServiceItem& item) {
  json rec = {{"code", item.code},
              {"office_code", item.office_code},
              {"pickup_office", item.pickup_office},
              {"section_id", item.section_id},
              {"service_id", item.service_id},
              {"name", item.name},
              {"id_last4", item.id_last4},
              {"copies", item.copies},
              {"date", iso_date(item.date)},
              {"slot", item.slot},
              {"pickup_date", iso_date(item.pickup_date)},
              {"role", pre_service_role_name(item.role)}};
  write_progress(rec, item.progress);
  return rec;
}

}  // namespace

std::string_view pre_service_state_name(PreServiceState s) { return enum_name(kStateNames, s); }

std::optional<PreServiceState> pre_service_state_from_name(std::string_view name) {
  return enum_from_name<PreServiceState>(kStateNames, name);
}

bool is_open(PreServiceState s) { return s == Pending || s == Prepared || s == Approved; }

bool is_pickup_office(const std::vector<Office>& offices, std::string_view code) {
  return find_office(offices, code) != nullptr;
}

std::string_view pre_service_role_name(PreServiceRole r) { return enum_name(kRoleNames, r); }

std::optional<PreServiceRole> pre_service_role_from_name(std::string_view name) {
  return enum_from_name<PreServiceRole>(kRoleNames, name);
}

PreServiceRole pre_service_role(const Booking& b, std::string_view office) {
  if (!b.pre_service) return PreServiceRole::None;
  const bool prepares = b.office_code == office;
  const bool hands_over = b.pre_service->pickup_office == office;
  if (prepares && hands_over) return PreServiceRole::Both;
  if (prepares) return PreServiceRole::Prepare;
  return hands_over ? PreServiceRole::Pickup : PreServiceRole::None;
}

bool pre_service_listed(PreServiceRole role, PreServiceState s) {
  if (role == PreServiceRole::Prepare || role == PreServiceRole::Both) return true;
  return role == PreServiceRole::Pickup && (s == Approved || s == PickedUp);
}

std::string_view pre_service_action_name(PreServiceActionKind k) { return enum_name(kActionNames, k); }

bool pre_service_action_allowed(PreServiceRole role, PreServiceState s, PreServiceActionKind kind) {
  return check_role(kind, role).ok() && may_start_from(kind, s);
}

Result<PreServiceProgress> apply_pre_service_action(const Booking& b, PreServiceRole role, const PreServiceAction& a,
                                                    std::string_view by, UnixSeconds now) {
  if (!b.pre_service) return ErrorCode::IllegalTransition;
  if (b.state == BookingState::Cancelled) return ErrorCode::BookingCancelled;
  if (auto allowed = check_role(a.kind, role); !allowed) return allowed.error();
  if (!may_start_from(a.kind, b.pre_service->progress.state)) return ErrorCode::IllegalTransition;

  PreServiceProgress next = b.pre_service->progress;
  next.state = kLeadsTo.at(static_cast<size_t>(a.kind));
  next.updated_at = now;
  next.by = std::string(by);
  switch (a.kind) {
    case PreServiceActionKind::Approve:
      if (a.fee_satang < 0 || a.fee_satang > kMaxFeeSatang) return ErrorCode::InvalidFee;
      next.fee_satang = a.fee_satang;
      break;
    case PreServiceActionKind::Reject: {
      Result<std::string> reason = normalize_reason(a.reason);
      if (!reason) return reason.error();
      next.reason = std::move(reason).value();
      break;
    }
    case PreServiceActionKind::Pickup:
      if (auto requester = check_requester(b, a); !requester) return requester.error();
      break;
    case PreServiceActionKind::Prepare:
      break;
  }
  return next;
}

PreServiceItem pre_service_item(const Booking& b, std::string_view office) {
  const PreServiceRequest& r = b.pre_service.value();
  return {b.id,   b.office_code, r.pickup_office, b.section_id, b.service_id,   b.name,
          b.id_last4, r.copies,  b.date,          b.slot,       r.pickup_date, r.progress,
          pre_service_role(b, office)};
}

std::string pre_service_item_to_json(const PreServiceItem& item) { return item_json(item).dump(); }

PreServiceItem pre_service_item_from_json(std::string_view text) {
  return item_from(json_fields::parse(text, "pre-service request"), "pre-service request");
}

std::string pre_service_list_to_json(const std::vector<PreServiceItem>& items) {
  json list = json::array();
  for (const PreServiceItem& item : items) list.push_back(item_json(item));
  return json{{"requests", list}}.dump();
}

std::vector<PreServiceItem> pre_service_list_from_json(std::string_view text) {
  const json doc = json_fields::parse(text, "pre-service requests");
  std::vector<PreServiceItem> items;
  for (const json& rec : json_fields::required_array(doc, "requests", "pre-service requests")) {
    const std::string w = "pre-service request " + std::to_string(items.size());
    if (!rec.is_object()) throw std::invalid_argument(w + ": expected an object");
    items.push_back(item_from(rec, w));
  }
  return items;
}

std::optional<PreServiceView> pre_service_view(const Booking& b) {
  if (!b.pre_service) return std::nullopt;
  PreServiceView v{b.pre_service->pickup_office, b.pre_service->pickup_date, b.pre_service->copies,
                   b.pre_service->progress};
  v.progress.by.clear();
  return v;
}

json pre_service_view_json(const std::optional<PreServiceView>& v) {
  if (!v) return nullptr;
  json rec = {{"pickup_office", v->pickup_office}, {"pickup_date", iso_date(v->pickup_date)}, {"copies", v->copies}};
  write_progress(rec, v->progress);
  rec.erase("by");
  return rec;
}

std::optional<PreServiceView> pre_service_view_from(const json& booking_view, const std::string& where) {
  const auto it = booking_view.find("pre_service");
  if (it == booking_view.end() || it->is_null()) return std::nullopt;
  const std::string w = where + " pre_service";
  if (!it->is_object()) throw std::invalid_argument(w + ": expected an object");
  return PreServiceView{required<std::string>(*it, "pickup_office", w),
                        json_fields::required_date(*it, "pickup_date", w), required<int>(*it, "copies", w),
                        read_progress(*it, w)};
}

void write_progress(json& object, const PreServiceProgress& p) {
  object["state"] = pre_service_state_name(p.state);
  object["fee_satang"] = or_null(p.fee_satang);
  object["reason"] = p.state == PreServiceState::Rejected ? json(p.reason) : json(nullptr);
  object["updated_at"] = p.updated_at;
  object["by"] = p.by;
}

PreServiceProgress read_progress(const json& object, const std::string& where) {
  PreServiceProgress p;
  const std::optional<std::string> state = json_fields::optional<std::string>(object, "state", where);
  if (state) {
    const std::optional<PreServiceState> known = pre_service_state_from_name(*state);
    if (!known) throw std::invalid_argument(where + ": unknown \"state\"");
    p.state = *known;
  }
  p.fee_satang = json_fields::optional<int>(object, "fee_satang", where);
  // Only a rejection carries its reason, as write_progress writes it.
  const std::optional<std::string> reason = json_fields::optional<std::string>(object, "reason", where);
  if (p.state == PreServiceState::Rejected) p.reason = reason.value_or("");
  p.updated_at = json_fields::optional<UnixSeconds>(object, "updated_at", where).value_or(0);
  p.by = json_fields::optional<std::string>(object, "by", where).value_or("");
  return p;
}

}  // namespace khiw
