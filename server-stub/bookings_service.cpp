#include "server-stub/bookings_service.h"

#include <algorithm>
#include <cctype>

#include "core/lifecycle.h"
#include "core/slots.h"
#include "core/validation.h"
#include "server-stub/http_json.h"
#include "server-stub/request_json.h"

namespace khiw::server {

namespace {

using nlohmann::json;

void check_idempotency_key(const std::string& key) {
  const bool ok = !key.empty() && key.size() <= 100 && std::all_of(key.begin(), key.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
  });
  if (!ok) throw ApiException{idempotency_key_required()};
}

std::string fresh_code(Context& ctx) {
  for (int attempt = 0; attempt < 16; ++attempt)
    if (std::string code = random_booking_code(); !ctx.bookings.code_exists(code)) return code;
  throw std::runtime_error("no free booking code after 16 attempts");
}

// The QR carries the code, office, date and slot only: enough for the counter, nothing personal.
std::string booking_qr(const ServerKeys& keys, const Booking& b) {
  return sign_qr(keys, b.id + "." + b.office_code + "." + iso_date(b.date) + "." + std::to_string(b.slot));
}

json created_body(const Context& ctx, const Booking& b) {
  return {{"booking", booking_view(ctx.ref.rules, b)}, {"qr", booking_qr(ctx.keys, b)}};
}

// Inside the caller's (batched) transaction: count, decide, insert, audit.
Outcome decide_and_insert(Context& ctx, const BookingRequest& request, const std::string& client) {
  const UnixSeconds now = ctx.now();
  const auto id = normalize_national_id(request.national_id);
  const std::string key = id ? citizen_key(ctx.keys, id.value()) : std::string();
  const SlotOccupancy occupancy{
      ctx.bookings.count_active_in_slot(request.office_code, request.section_id, request.date, request.slot),
      id ? ctx.bookings.count_active_for_citizen(key, request.service_id, request.date) : 0};
  const BookingRules rules{ctx.ref.rules, ctx.ref.calendar, ctx.ref.catalog};
  Result<Booking> decided = decide_booking(rules, now, request, ctx.ref.office_known(request.office_code),
                                           occupancy, fresh_code(ctx), key);
  if (!decided) {
    const ApiError e = rule_error(decided.error());
    return {e.status, error_body(e)};
  }
  const Booking& b = decided.value();
  ctx.bookings.insert(b);
  ctx.audit.append({now, "citizen", b.id, client, "create_booking", b.id,
                    json{{"office", b.office_code},
                         {"section", b.section_id},
                         {"service", b.service_id},
                         {"date", iso_date(b.date)},
                         {"slot", b.slot}}
                        .dump()});
  return {201, created_body(ctx, b)};
}

// The secret is not kept in the idempotency table: it is derived again when the answer is replayed.
Outcome with_secret(const Context& ctx, Outcome out) {
  if (out.status == 201) out.body["secret"] = booking_secret(ctx.keys, out.body["booking"]["code"].get<std::string>());
  return out;
}

Booking authenticated_booking(Context& ctx, const json& body) {
  allow_only(body, {"code", "secret"});
  const std::string code = required_string(body, "code", 16);
  const std::string secret = required_string(body, "secret", 64);
  std::optional<Booking> b = ctx.bookings.find(code);
  if (!b || !equal_digests(booking_secret(ctx.keys, code), secret)) throw ApiException{not_found()};
  return *b;
}

}  // namespace

json booking_view(const RulesConfig& config, const Booking& b) {
  const SlotTime& t = config.slots.at(static_cast<size_t>(b.slot));
  return {{"code", b.id},
          {"office_code", b.office_code},
          {"section_id", b.section_id},
          {"service_id", b.service_id},
          {"date", iso_date(b.date)},
          {"slot", b.slot},
          {"start", format_clock(t.start_minute)},
          {"end", format_clock(t.end_minute)},
          {"check_in_until", check_in_deadline(config, b.date, b.slot)},
          {"state", booking_state_name(b.state)},
          {"name", b.name},
          {"id_last4", b.id_last4}};
}

Booking find_booking_or_throw(Context& ctx, const std::string& code) {
  std::optional<Booking> b = ctx.bookings.find(code);
  if (!b) throw ApiException{not_found()};
  return *b;
}

Outcome create_booking(Context& ctx, const json& body, const std::string& idempotency_key,
                       const std::string& client) {
  check_idempotency_key(idempotency_key);
  const BookingRequest request = booking_request_from_json(body);
  const std::string digest = digest_hex(body.dump());  // nlohmann orders keys: a canonical form

  Outcome out = ctx.writes.run([&] {
    if (std::optional<StoredResponse> first = ctx.idempotency.find(idempotency_key)) {
      if (first->request_digest != digest) throw ApiException{idempotency_key_reused()};
      return Outcome{first->status, json::parse(first->body)};
    }
    Outcome decided = decide_and_insert(ctx, request, client);
    ctx.idempotency.store(idempotency_key, {digest, decided.status, decided.body.dump()}, ctx.now());
    return decided;
  });
  return with_secret(ctx, std::move(out));
}

Outcome lookup_booking(Context& ctx, const json& body) {
  std::lock_guard lock(ctx.db_mutex);
  const Booking b = authenticated_booking(ctx, body);
  return {200, created_body(ctx, b)};
}

Outcome cancel_booking(Context& ctx, const json& body, const std::string& client) {
  std::lock_guard lock(ctx.db_mutex);
  Transaction tx(ctx.db);
  const Booking b = authenticated_booking(ctx, body);
  const UnixSeconds now = ctx.now();
  Result<Transition> t = apply_action(ctx.ref.rules, b, BookingAction::Cancel, Actor::Citizen, now);
  if (!t) throw ApiException{rule_error(t.error())};
  ctx.bookings.update(t->booking);
  ctx.audit.append({now, "citizen", b.id, client, "cancel", b.id, booking_event_to_json(t->event)});
  tx.commit();
  return {200, {{"booking", booking_view(ctx.ref.rules, t->booking)}}};
}

Outcome availability(Context& ctx, const std::string& office, const std::string& section) {
  if (!ctx.ref.office_known(office)) throw ApiException{rule_error(ErrorCode::UnknownOffice)};
  if (!find_section(ctx.ref.catalog, section)) throw ApiException{rule_error(ErrorCode::UnknownSection)};
  const RulesConfig& config = ctx.ref.rules;
  const UnixSeconds now = ctx.now();
  const Date first = add_days(bkk_date(now), config.first_day_ahead);
  const Date last = last_bookable_date(config, ctx.ref.calendar, now);

  std::map<std::pair<std::string, int>, int> counts;
  {
    std::lock_guard lock(ctx.db_mutex);
    counts = ctx.bookings.active_counts(office, section, first, last);
  }
  json dates = json::array();
  for (Date d = first; d <= last; d = add_days(d, 1)) {
    if (!is_working_day(ctx.ref.calendar, d)) continue;
    json slots = json::array();
    for (size_t i = 0; i < config.slots.size(); ++i) {
      const int slot = static_cast<int>(i);
      const int taken = counts.count({iso_date(d), slot}) ? counts[{iso_date(d), slot}] : 0;
      slots.push_back({{"slot", slot},
                       {"start", format_clock(config.slots[i].start_minute)},
                       {"end", format_clock(config.slots[i].end_minute)},
                       {"remaining", std::max(0, config.capacity_per_slot - taken)},
                       {"bookable", check_window(config, ctx.ref.calendar, now, d, slot).ok()}});
    }
    dates.push_back({{"date", iso_date(d)}, {"provisional", is_provisional(ctx.ref.calendar, d)}, {"slots", slots}});
  }
  return {200,
          {{"office_code", office}, {"section_id", section}, {"capacity", config.capacity_per_slot}, {"dates", dates}}};
}

}  // namespace khiw::server
