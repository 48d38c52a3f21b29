#include "server-stub/bookings_service.h"

#include <algorithm>

#include "core/availability.h"
#include "core/lifecycle.h"
#include "core/slots.h"
#include "core/validation.h"
#include "server-stub/http_json.h"
#include "server-stub/request_json.h"

namespace khiw::server {

namespace {

using nlohmann::json;

// The QR carries the code, office, date and slot only: enough for the counter, nothing personal.
std::string booking_qr(const ServerKeys& keys, const Booking& b) {
  return sign_qr(keys, b.id + "." + b.office_code + "." + iso_date(b.date) + "." + std::to_string(b.slot));
}

json created_body(const Context& ctx, const Booking& b) {
  return {{"booking", booking_view(ctx.ref.rules, b)}, {"qr", booking_qr(ctx.keys, b)}};
}

// Everything about a booking request that needs no database: computed before the write lock so the
// single writer spends its time on the counts and the inserts only.
struct PreparedBooking {
  BookingRequest request;
  std::string request_digest;
  std::string citizen_key;  // empty when the ID is malformed: decide_booking refuses it
  std::string audit_detail;
};

PreparedBooking prepare_booking(const Context& ctx, const json& body) {
  PreparedBooking p{booking_request_from_json(body), digest_hex(body.dump()),  // nlohmann orders keys
                    {}, {}};
  if (const auto id = normalize_national_id(p.request.national_id)) p.citizen_key = citizen_key(ctx.keys, id.value());
  const BookingRequest& r = p.request;
  p.audit_detail = json{{"office", r.office_code},
                        {"section", r.section_id},
                        {"service", r.service_id},
                        {"date", iso_date(r.date)},
                        {"slot", r.slot}}
                       .dump();
  return p;
}

// A request's outcome as the writer leaves it: what the idempotency table keeps (for a created
// booking its code, else the error body) and, for a booking, the booking itself.
struct Decided {
  StoredResponse stored;
  std::optional<Booking> booking;
};

// Inside the caller's (batched) transaction: count, decide, insert, audit.
Decided decide_and_insert(Context& ctx, const PreparedBooking& p, const std::string& client) {
  const UnixSeconds now = ctx.now();
  const BookingRequest& request = p.request;
  const SlotOccupancy occupancy{
      ctx.bookings.count_active_in_slot(request.office_code, request.section_id, request.date, request.slot),
      p.citizen_key.empty() ? 0
                            : ctx.bookings.count_active_for_citizen(p.citizen_key, request.service_id, request.date)};
  const BookingRules rules{ctx.ref.rules, ctx.ref.calendar, ctx.ref.catalog, ctx.ref.offices};
  Result<Booking> decided = decide_booking(rules, now, request, occupancy, fresh_booking_code(ctx), p.citizen_key);
  if (!decided) {
    const ApiError e = rule_error(decided.error());
    return {{p.request_digest, e.status, error_body(e).dump()}, std::nullopt};
  }
  const Booking& b = decided.value();
  ctx.bookings.insert(b);
  ctx.audit.append({now, "citizen", b.id, client, "create_booking", b.id, p.audit_detail, b.office_code});
  return {{p.request_digest, 201, b.id}, b};
}

// Also inside the transaction: the first outcome for a replayed key, the booking read back as it is now.
Decided replayed(Context& ctx, StoredResponse first) {
  if (first.status != 201) return {std::move(first), std::nullopt};
  std::optional<Booking> b = ctx.bookings.find(first.body);
  if (!b) throw std::runtime_error("booking " + first.body + " of a stored answer is missing");
  return {std::move(first), std::move(b)};
}

// Built outside the write lock. The QR and the secret are derived again, never stored.
Outcome answer(const Context& ctx, const Decided& d) {
  if (!d.booking) return {d.stored.status, json::parse(d.stored.body)};
  Outcome out{201, created_body(ctx, *d.booking)};
  out.body["secret"] = booking_secret(ctx.keys, d.booking->id);
  return out;
}

}  // namespace

Booking authenticated_booking(Context& ctx, const json& body) {
  allow_only(body, {"code", "secret"});
  const std::string code = required_string(body, "code", 16);
  const std::string secret = required_string(body, "secret", 64);
  std::optional<Booking> b = ctx.bookings.find(code);
  if (!b || !equal_digests(booking_secret(ctx.keys, code), secret)) throw ApiException{not_found()};
  return *b;
}

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
          {"id_last4", b.id_last4},
          {"pre_service", pre_service_view_json(pre_service_view(b))}};
}

std::string fresh_booking_code(Context& ctx) {
  for (int attempt = 0; attempt < 16; ++attempt)
    if (std::string code = random_booking_code(); !ctx.bookings.code_exists(code)) return code;
  throw std::runtime_error("no free booking code after 16 attempts");
}

Booking find_booking_or_throw(Context& ctx, const std::string& code) {
  std::optional<Booking> b = ctx.bookings.find(code);
  if (!b) throw ApiException{not_found()};
  return *b;
}

Outcome create_booking(Context& ctx, const json& body, const std::string& idempotency_key,
                       const std::string& client) {
  if (!is_idempotency_key(idempotency_key)) throw ApiException{idempotency_key_required()};
  const PreparedBooking prepared = prepare_booking(ctx, body);
  const Decided decided = ctx.writes.run([&] {
    if (std::optional<StoredResponse> first = ctx.idempotency.find(idempotency_key)) {
      if (first->request_digest != prepared.request_digest) throw ApiException{idempotency_key_reused()};
      return replayed(ctx, std::move(*first));
    }
    Decided d = decide_and_insert(ctx, prepared, client);
    ctx.idempotency.store(idempotency_key, d.stored, ctx.now());
    return d;
  });
  return answer(ctx, decided);
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
  ctx.audit.append({now, "citizen", b.id, client, "cancel", b.id, booking_event_to_json(t->event), b.office_code});
  tx.commit();
  return {200, {{"booking", booking_view(ctx.ref.rules, t->booking)}}};
}

Outcome availability(Context& ctx, const std::string& office, const std::string& section) {
  if (!ctx.ref.office_known(office)) throw ApiException{rule_error(ErrorCode::UnknownOffice)};
  if (!find_section(ctx.ref.catalog, section)) throw ApiException{rule_error(ErrorCode::UnknownSection)};
  const RulesConfig& config = ctx.ref.rules;
  Availability a = window_availability(config, ctx.ref.calendar, ctx.now(), office, section);
  if (!a.days.empty()) {
    std::map<std::pair<std::string, int>, int> counts;
    {
      std::lock_guard lock(ctx.db_mutex);
      counts = ctx.bookings.active_counts(office, section, a.days.front().date, a.days.back().date);
    }
    for (DaySeats& d : a.days)
      for (SlotSeats& s : d.slots) {
        const auto taken = counts.find({iso_date(d.date), s.slot});
        s.remaining = std::max(0, config.capacity_per_slot - (taken == counts.end() ? 0 : taken->second));
        s.known = true;
      }
  }
  return {200, json::parse(availability_to_json(a, config))};
}

}  // namespace khiw::server
