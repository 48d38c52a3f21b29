#include "core/counter.h"

#include <algorithm>

#include "core/json_fields.h"

namespace khiw {

namespace {

using json_fields::json;
constexpr int kStaffRecordVersion = 1;

}  // namespace

bool session_valid(const StaffSession& s, UnixSeconds now) { return !s.token.empty() && now < s.expires_at; }

bool desk_ready(const CounterDesk& d) { return !d.section_id.empty() && d.counter > 0; }

const Ticket* serving_at(const SectionQueue& q, int counter) {
  for (const Ticket& t : q.tickets)
    if (t.state == TicketState::Serving && t.counter == counter) return &t;
  return nullptr;
}

const BookingView* roster_booking(const Counter& c, const std::string& code) {
  if (code.empty()) return nullptr;
  for (const BookingView& b : c.roster)
    if (b.code == code) return &b;
  return nullptr;
}

CounterCounts counter_counts(const SectionQueue& q) {
  CounterCounts n;
  UnixSeconds waited = 0;
  int called = 0;
  for (const Ticket& t : q.tickets) {
    switch (t.state) {
      case TicketState::Remote: ++n.remote; break;
      case TicketState::Waiting: ++n.waiting; break;
      case TicketState::Serving: ++n.serving; break;
      case TicketState::Done: ++n.served; break;
      case TicketState::NoShow: ++n.no_shows; break;
      case TicketState::Transferred: break;  // counted in the section it went to
    }
    if (t.first_called_at > 0 && t.first_called_at >= t.joined_at) {
      waited += t.first_called_at - t.joined_at;
      ++called;
    }
  }
  n.mean_wait = called ? waited / called : 0;
  return n;
}

int unanswered_ops(const Counter& c) {
  return static_cast<int>(std::count_if(c.ops.begin(), c.ops.end(), [](const CounterOp& op) { return op.retry_at > 0; }));
}

std::string counter_record_to_json(const Counter& c) {
  json ops = json::array();
  for (const CounterOp& op : c.ops)
    if (op.kept)
      ops.push_back({{"name", op.name}, {"username", op.username}, {"path", op.request.path},
                     {"body", op.request.body}, {"key", op.request.idempotency_key}});
  return json{{"ops", ops},{"version", kStaffRecordVersion},
              {"token", c.session.token},
              {"username", c.session.username},
              {"office_code", c.session.office_code},
              {"expires_at", c.session.expires_at},
              {"section_id", c.desk.section_id},
              {"counter", c.desk.counter}}
      .dump();
}

void counter_record_from_json(Counter& c, const std::string& text) {
  const json doc = json_fields::parse_versioned(text, "staff", kStaffRecordVersion);
  const std::string w = "staff";
  c.session.token = json_fields::required<std::string>(doc, "token", w);
  c.session.username = json_fields::required<std::string>(doc, "username", w);
  c.session.office_code = json_fields::required<std::string>(doc, "office_code", w);
  c.session.expires_at = json_fields::required<UnixSeconds>(doc, "expires_at", w);
  c.desk.section_id = json_fields::required<std::string>(doc, "section_id", w);
  c.desk.counter = json_fields::required<int>(doc, "counter", w);
  if (c.login.username.empty()) c.login.username = c.session.username;
  if (const auto ops = doc.find("ops"); ops != doc.end() && ops->is_array() && c.ops.empty()) {
    for (const json& o : *ops) {
      const std::string where = "staff op";
      HttpRequest r = http_post(Reply::CounterAction, json_fields::required<std::string>(o, "path", where),
                                json_fields::required<std::string>(o, "body", where),
                                json_fields::required<std::string>(o, "key", where));
      r.idempotency_key = r.context;
      // Read back as unanswered: whether the server applied it is unknown, its key makes the resend safe.
      c.ops.push_back({json_fields::required<std::string>(o, "name", where),
                       json_fields::required<std::string>(o, "username", where), std::move(r), false, 1});
    }
  }
}

}  // namespace khiw
