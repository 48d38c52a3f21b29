#include "server-stub/ticket_view.h"

#include <algorithm>

#include "server-stub/live_board.h"

namespace khiw::server {

std::string ticket_qr(const ServerKeys& keys, const SectionQueue& q, const Ticket& t) {
  return sign_qr(keys, t.number + "." + q.office_code + "." + q.section_id + "." + iso_date(q.day));
}

std::optional<TicketPayload> parse_ticket_payload(std::string_view payload) {
  // Exactly four fields: three dots, the last field the rest (a fifth field, even an empty one, is another shape).
  std::string_view fields[4];
  for (size_t i = 0; i < 4; ++i) {
    const size_t dot = payload.find('.');
    if ((dot == std::string_view::npos) != (i == 3)) return std::nullopt;
    fields[i] = payload.substr(0, dot);
    if (dot != std::string_view::npos) payload.remove_prefix(dot + 1);
  }
  const std::string_view number = fields[0];
  const bool ticket_shape = number.size() == 4 && (number[0] == 'A' || number[0] == 'W') &&
                            std::all_of(number.begin() + 1, number.end(), [](char c) { return c >= '0' && c <= '9'; });
  const std::optional<Date> day = parse_iso_date(fields[3]);
  if (!ticket_shape || fields[1].empty() || fields[2].empty() || !day) return std::nullopt;
  return TicketPayload{std::string(number), std::string(fields[1]), std::string(fields[2]), *day};
}

nlohmann::json ticket_fields(const SectionQueue& q, const Ticket& t) {
  nlohmann::json fields = {{"office_code", q.office_code},
                           {"section_id", q.section_id},
                           {"date", iso_date(q.day)},
                           {"state", ticket_state_name(t.state)},
                           {"position", position_in_line(q, t.number).value_or(0)}};
  if (!t.from_section.empty()) fields["from_section"] = t.from_section;
  if (!t.to_section.empty()) fields["to_section"] = t.to_section;
  return fields;
}

nlohmann::json ticket_status(const RulesConfig& config, const SectionQueue& q, const Ticket& t) {
  nlohmann::json status = ticket_fields(q, t);
  const int position = status["position"];
  const int ahead = std::max(0, position - 1);
  status["ticket"] = t.number;
  status["people_ahead"] = ahead;
  status["wait_seconds"] = position > 0 ? estimated_wait(config, q, ahead) : 0;
  if (t.state == TicketState::Serving) status["counter"] = t.counter;
  return status;
}

}  // namespace khiw::server
