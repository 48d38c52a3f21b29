// The reads of counter_service.h: a ticket's status, QR verification, the queue, the roster and the
// office's audit log. Each holds the database lock for its reads only.
#include <regex>

#include "server-stub/counter_service.h"
#include "server-stub/http_json.h"
#include "server-stub/request_json.h"
#include "server-stub/ticket_view.h"

namespace khiw::server {

namespace {

using nlohmann::json;

// Path pieces of the walk-in status read. A ticket number is a letter and three digits (core's A001 for
// booked, W001 for walk-ins; under a thousand an office a day); a booking code is 8 Crockford base32
// characters (random_booking_code), so the first field of a QR payload tells a ticket from a booking.
const std::regex kOfficeCode(R"(\d{4})");
const std::regex kSectionId(R"([a-z_]+)");
const std::regex kTicketNumber(R"([AW]\d{3})");

constexpr int kAuditPage = 500;

void require_path_piece(const std::string& piece, const std::regex& shape, const char* what) {
  if (std::regex_match(piece, shape)) return;
  ApiError error = bad_path();
  error.message_en += std::string(": ") + what;
  throw ApiException{error};
}

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t end; (end = text.find(sep, start)) != std::string::npos; start = end + 1)
    parts.push_back(text.substr(start, end - start));
  parts.push_back(text.substr(start));
  return parts;
}

Date date_or_today(const Context& ctx, const std::string& text) {
  const std::optional<Date> date = text.empty() ? bkk_date(ctx.now()) : parse_iso_date(text);
  if (!date) throw ApiException{rule_error(ErrorCode::InvalidDate)};
  return *date;
}

// A verified walk-in ticket payload (ticket, office, section, day): the ticket in that day's queue.
Outcome verify_walk_in(Context& ctx, const std::string& office, const std::vector<std::string>& fields) {
  const std::optional<Date> day = fields.size() == 4 ? parse_iso_date(fields[3]) : std::nullopt;
  if (!day) throw ApiException{bad_signature()};
  if (fields[1] != office) throw ApiException{forbidden_office()};
  std::lock_guard lock(ctx.db_mutex);
  const std::optional<SectionQueue> q = ctx.queues.find(office, fields[2], *day);
  const Ticket* t = q ? find_ticket(*q, fields[0]) : nullptr;
  if (!t) throw ApiException{rule_error(ErrorCode::TicketNotFound)};
  json ticket = ticket_fields(*q, *t);
  ticket["number"] = t->number;
  return {200, {{"ticket", ticket}, {"valid", true}}};
}

}  // namespace

Outcome walk_in_status(Context& ctx, const std::string& office, const std::string& section, const std::string& ticket) {
  require_path_piece(office, kOfficeCode, "office code must be 4 digits");
  require_path_piece(section, kSectionId, "section id must be a-z and _");
  require_path_piece(ticket, kTicketNumber, "ticket must be A or W and 3 digits");
  check_section(ctx, office, section);
  std::lock_guard lock(ctx.db_mutex);
  const SectionQueue q = followed_ticket_queue(ctx, office, section, bkk_date(ctx.now()), ticket);
  return {200, ticket_status(ctx.ref.rules, q, *find_ticket(q, ticket))};
}

SectionQueue followed_ticket_queue(Context& ctx, const std::string& office, const std::string& section, Date day,
                                   const std::string& ticket) {
  std::optional<SectionQueue> q = ctx.queues.find(office, section, day);
  const Ticket* t = q ? find_ticket(*q, ticket) : nullptr;
  // Numbers are unique in an office that day, so the chain ends; the bound only guards against a corrupt row.
  for (size_t hops = 0; t && t->state == TicketState::Transferred && hops < ctx.ref.catalog.sections.size(); ++hops) {
    q = ctx.queues.find(office, t->to_section, day);
    t = q ? find_ticket(*q, ticket) : nullptr;
  }
  if (!t) throw ApiException{rule_error(ErrorCode::TicketNotFound)};
  return std::move(*q);
}

Outcome verify_ticket(Context& ctx, const std::string& office, const json& body) {
  allow_only(body, {"qr"});
  const std::optional<std::string> payload = verify_qr(ctx.keys, required_string(body, "qr", 256));
  if (!payload) throw ApiException{bad_signature()};
  const std::vector<std::string> fields = split(*payload, '.');
  if (std::regex_match(fields[0], kTicketNumber)) return verify_walk_in(ctx, office, fields);
  std::lock_guard lock(ctx.db_mutex);
  const Booking b = find_booking_or_throw(ctx, fields[0]);
  if (b.office_code != office) throw ApiException{forbidden_office()};
  return {200, {{"booking", booking_view(ctx.ref.rules, b)}, {"valid", true}}};
}

Outcome queue_state(Context& ctx, const std::string& office, const std::string& section) {
  check_section(ctx, office, section);
  const Date today = bkk_date(ctx.now());
  std::lock_guard lock(ctx.db_mutex);
  const SectionQueue q = ctx.queues.find(office, section, today).value_or(open_queue(office, section, today,
                                                                                   ctx.ref.rules.counters_per_section));
  return {200, json::parse(queue_to_json(q))};
}

Outcome day_roster(Context& ctx, const std::string& office, const std::string& date_text) {
  const Date date = date_or_today(ctx, date_text);
  json bookings = json::array();
  std::lock_guard lock(ctx.db_mutex);
  for (const Booking& b : ctx.bookings.on_day(office, date)) bookings.push_back(booking_view(ctx.ref.rules, b));
  return {200, {{"office_code", office}, {"date", iso_date(date)}, {"bookings", bookings}}};
}

Outcome office_audit(Context& ctx, const std::string& office, const std::string& date_text) {
  const Date date = date_or_today(ctx, date_text);
  std::vector<AuditEntry> rows;
  {
    std::lock_guard lock(ctx.db_mutex);
    rows = ctx.audit.of_office(office, bkk_instant(date, 0), bkk_instant(add_days(date, 1), 0), kAuditPage);
  }
  json entries = json::array();
  for (const AuditEntry& e : rows) {
    const json detail = json::parse(e.detail, nullptr, /*allow_exceptions=*/false);
    entries.push_back({{"at", e.at},
                       {"actor", e.actor},
                       {"actor_id", e.actor_id},
                       {"action", e.action},
                       {"subject", e.subject},
                       {"detail", detail.is_discarded() ? json(e.detail) : detail}});
  }
  return {200, {{"office_code", office}, {"date", iso_date(date)}, {"entries", std::move(entries)}}};
}

}  // namespace khiw::server
