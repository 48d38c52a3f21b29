#include "core/counter_update.h"

#include <algorithm>
#include <cctype>

#include "core/catalog.h"
#include "core/errors.h"
#include "core/json_fields.h"
#include "core/pre_service_update.h"
#include "core/utf8.h"
#include "core/validation.h"

namespace khiw {

namespace {

using json_fields::json;

constexpr size_t kMaxUsernameBytes = 64;
constexpr size_t kMaxPasswordBytes = 128;
constexpr size_t kMaxCodeBytes = 16;

// "A001" / "W012": a letter and three digits (core's queue numbers). No std::regex: it would add tens of
// kilobytes to every citizen's download.
bool is_ticket_number(const std::string& s) {
  return s.size() == 4 && (s[0] == 'A' || s[0] == 'W') &&
         std::all_of(s.begin() + 1, s.end(), is_ascii_digit);
}

// Eight digits and capitals: a booking code (Crockford base32).
bool is_booking_code(const std::string& s) {
  return s.size() == 8 &&
         std::all_of(s.begin(), s.end(), [](char ch) { return is_ascii_digit(ch) || (ch >= 'A' && ch <= 'Z'); });
}

std::string counter_base(const Counter& c) { return "/api/counter/" + c.session.office_code; }
std::string section_base(const Counter& c, const std::string& section) { return counter_base(c) + "/" + section; }

// The line and the day's bookings, read again: after any change, a reconnect, or opening the desk.
std::vector<Effect> refresh(Counter& c) {
  if (!desk_ready(c.desk) || c.session.token.empty()) return {};
  if (c.queue_status != LoadStatus::Ready) c.queue_status = LoadStatus::Loading;
  if (c.roster_status != LoadStatus::Ready) c.roster_status = LoadStatus::Loading;
  HttpRequest queue = staff_request(c, http_get(Reply::CounterQueue, section_base(c, c.desk.section_id) + "/queue",
                                                c.desk.section_id));
  queue.if_none_match = c.queue.section_id == c.desk.section_id ? c.queue_etag : "";
  return {queue, staff_request(c, http_get(Reply::CounterRoster, counter_base(c) + "/roster"))};
}

// Everything the screen on top shows, read again: the desk's line and bookings, and the copy requests.
std::vector<Effect> reads(Counter& c, const Navigation& nav) {
  std::vector<Effect> effects = refresh(c);
  if (nav.current() == Screen::CounterPreService)
    for (Effect& e : read_pre_service_list(c)) effects.push_back(std::move(e));
  return effects;
}

// The first action, unless one is on its way, waits for a pause after no answer, or needs its clerk's login.
std::vector<Effect> pump(Counter& c, UnixSeconds now) {
  if (c.ops.empty() || c.ops.front().in_flight || c.ops.front().retry_at > now || c.session.token.empty() ||
      c.ops.front().username != c.session.username)
    return {};
  CounterOp& op = c.ops.front();
  op.in_flight = true;
  return {staff_request(c, op.request)};
}

std::vector<Effect> enqueue(Counter& c, CounterContext& ctx, const std::string& path, const json& body,
                            const std::string& name) {
  return enqueue_counter_action(c, ctx, path, body.dump(), name);
}

// Staff whose session ran out log in again where they were: what they typed and their queued actions stay.
void session_expired(Counter& c, Navigation& nav) {
  c.session.token.clear();
  c.login.expired = true;
  c.login.send = CounterSend::Idle;
  for (CounterOp& op : c.ops) op.in_flight = false;
  if (c.check_in.step == CheckInStep::Verifying) c.check_in.step = CheckInStep::Idle;  // its answer is lost
  nav.stack = {Screen::Start, Screen::StaffLogin};
}

void desk_screens(const Counter& c, Navigation& nav) {
  nav.stack = {Screen::Start, Screen::CounterSetup};
  if (desk_ready(c.desk)) nav.stack.push_back(Screen::CounterDesk);
}

// The refusal's code (core's error_code_in_body); a body without one is the server's failure.
std::string error_code_of(const std::string& body) {
  std::string code = error_code_in_body(body);
  return code.empty() ? "internal" : code;
}

std::string trimmed_upper(const std::string& text) {
  std::string out;
  for (char ch : text)
    if (!std::isspace(static_cast<unsigned char>(ch)) && ch != '-')
      out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
  return out;
}

// The server's today (the day of the line it sent), not the device's: an office PC's clock may be off.
Date counter_today(const Counter& c, UnixSeconds now) {
  return c.queue_status == LoadStatus::Ready ? c.queue.day : bkk_date(now);
}

// A booking found (verified or on the roster): checked against today and its state before check-in.
void found_booking(CheckInDesk& d, const ReferenceState& ref, const BookingView& b, Date today) {
  d.booking = b;
  d.ticket.clear();
  d.section_id = b.section_id;
  const Service* service = find_service(ref.catalog, b.service_id);
  d.shown.assign(service && service->documents ? service->documents->size() : 0, false);
  d.step = CheckInStep::Found;
  d.error.clear();
  if (b.date != today) d.error = std::string(error_code_name(ErrorCode::WrongDay));
  else if (b.state == BookingState::CheckedIn || b.state == BookingState::Serving)
    d.error = std::string(error_code_name(ErrorCode::AlreadyCheckedIn));
  // Marked no-show by the sweep 15 minutes after its slot began: the same lateness as a refused check-in.
  else if (b.state == BookingState::NoShow) d.error = std::string(error_code_name(ErrorCode::TooLate));
  else if (b.state != BookingState::Confirmed) d.error = std::string(error_code_name(ErrorCode::IllegalTransition));
  if (!d.error.empty()) d.step = CheckInStep::Refused;
}

void found_ticket(CheckInDesk& d, const std::string& number, const std::string& section, bool today,
                  const std::string& state) {
  d.booking.reset();
  d.ticket = number;
  d.section_id = section;
  d.shown.clear();
  d.error.clear();
  d.step = CheckInStep::Found;
  if (!today) d.error = std::string(error_code_name(ErrorCode::WrongDay));
  else if (state == "waiting" || state == "serving") d.error = std::string(error_code_name(ErrorCode::AlreadyCheckedIn));
  else if (state != "remote") d.error = std::string(error_code_name(ErrorCode::IllegalTransition));
  if (!d.error.empty()) d.step = CheckInStep::Refused;
}

// A typed booking code is looked up in today's bookings, a ticket number in the desk section's line.
void find_typed(Counter& c, const ReferenceState& ref, UnixSeconds now) {
  CheckInDesk& d = c.check_in;
  const std::string code = trimmed_upper(d.typed);
  if (is_ticket_number(code)) {
    const Ticket* t = find_ticket(c.queue, code);
    if (t)
      return found_ticket(d, code, c.queue.section_id, c.queue.day == counter_today(c, now),
                          std::string(ticket_state_name(t->state)));
  } else if (is_booking_code(code)) {
    if (const BookingView* b = roster_booking(c, code)) return found_booking(d, ref, *b, counter_today(c, now));
  }
  CheckInDesk refused;
  refused.step = CheckInStep::Refused;
  refused.typed = d.typed;
  refused.error = std::string(error_code_name(ErrorCode::TicketNotFound));
  d = std::move(refused);
}

void apply_verify(Counter& c, const ReferenceState& ref, int status, const std::string& body, UnixSeconds now) {
  CheckInDesk& d = c.check_in;
  if (d.step != CheckInStep::Verifying) return;
  if (status == 0) {
    d.step = CheckInStep::Refused;
    d.error = "network";
    return;
  }
  if (status != 200) {
    d.step = CheckInStep::Refused;
    d.error = error_code_of(body);
    return;
  }
  try {
    const json doc = json_fields::parse(body, "verify");
    const Date today = counter_today(c, now);
    if (const auto b = doc.find("booking"); b != doc.end()) return found_booking(d, ref, booking_view_from_json(b->dump()), today);
    const json t = json_fields::required<json>(doc, "ticket", "verify");
    const std::string state = json_fields::required<std::string>(t, "state", "verify ticket");
    found_ticket(d, json_fields::required<std::string>(t, "number", "verify ticket"),
                 json_fields::required<std::string>(t, "section_id", "verify ticket"),
                 json_fields::required_date(t, "date", "verify ticket") == today, state);
  } catch (const std::invalid_argument&) {
    d.step = CheckInStep::Refused;
    d.error = "internal";
  }
}

// An action's answer: the check-in desk's own steps take theirs; any refusal is shown until the next action.
void action_answered(Counter& c, const CounterOp& op, int status, const std::string& body) {
  if (pre_service_action_answered(c.pre_service, op, status, body)) return;  // shown with its request
  const std::string& name = op.name;
  CheckInDesk& d = c.check_in;
  const bool ok = status >= 200 && status < 300;
  json doc;
  if (ok) doc = json_fields::parse_or_discarded(body);
  const std::string ticket = ok && doc.is_object() && doc.contains("ticket") && doc["ticket"].is_string()
                                 ? doc["ticket"].get<std::string>() : "";
  if (name == "check_in" && d.step == CheckInStep::CheckingIn && d.key == op.request.idempotency_key) {
    d.step = ok ? CheckInStep::CheckedIn : CheckInStep::Refused;
    d.error = ok ? "" : error_code_of(body);
    d.result_ticket = ticket;
    d.result_position = ok && doc.contains("position") ? json_fields::integer<int>(doc["position"]).value_or(0) : 0;
    return;
  }
  if (name == "walk_in_instead" && d.step == CheckInStep::IssuingWalkIn && d.key == op.request.idempotency_key) {
    d.step = ok ? CheckInStep::WalkInIssued : CheckInStep::Refused;
    d.error = ok ? "" : error_code_of(body);
    d.result_ticket = ticket;
    return;
  }
  if (!ok) c.notice = error_code_of(body);
  if (ok && name == "desk_walk_in") c.issued_walk_in = ticket;
}

struct CounterStep {
  Counter& c;
  CounterContext& ctx;

  std::vector<Effect> operator()(const OpenCounterMode&) const {
    if (session_valid(c.session, ctx.now)) {
      const bool copy_requests = ctx.nav.current() == Screen::CounterPreService;  // a reload there stays there
      desk_screens(c, ctx.nav);
      if (copy_requests && desk_ready(c.desk)) go_to(ctx.nav, Screen::CounterPreService);
      return reads(c, ctx.nav);
    }
    ctx.nav.stack = {Screen::Start, Screen::StaffLogin};
    return {};
  }

  std::vector<Effect> operator()(const SubmitStaffLogin&) const {
    StaffLoginForm& f = c.login;
    if (f.send == CounterSend::Sending || f.username.empty() || f.password.empty()) return {};
    f.send = CounterSend::Sending;
    f.error.clear();
    const json body{{"username", f.username}, {"password", f.password}};
    f.password.clear();
    return {http_post(Reply::StaffLogin, "/api/staff/login", body.dump())};
  }

  std::vector<Effect> operator()(const StaffLogout&) const {
    std::vector<Effect> effects;
    if (!c.session.token.empty()) effects.push_back(staff_request(c, http_post(Reply::StaffLogout, "/api/staff/logout", "{}")));
    Counter fresh;
    fresh.desk = c.desk;  // the device stays this counter
    fresh.login.username = c.session.username;
    fresh.ops = std::move(c.ops);  // sent when this clerk logs in again, never under another's name
    for (CounterOp& op : fresh.ops) op.in_flight = false;
    c = std::move(fresh);
    ctx.nav.stack = {Screen::Start, Screen::StaffLogin};
    return effects;
  }

  std::vector<Effect> operator()(const ChooseDeskSection& i) const {
    if (!find_section(ctx.ref.catalog, i.section_id)) return {};
    if (c.desk.section_id != i.section_id) {
      c.desk.section_id = i.section_id;
      c.queue = {};
      c.queue_etag.clear();
      c.queue_status = LoadStatus::Idle;
    }
    return {};
  }

  std::vector<Effect> operator()(const ChooseDeskCounter& i) const {
    if (i.counter >= 1 && i.counter <= ctx.ref.rules.counters_per_section) c.desk.counter = i.counter;
    return {};
  }

  std::vector<Effect> operator()(const OpenCounterDesk&) const {
    if (!desk_ready(c.desk)) return {};
    go_to(ctx.nav, Screen::CounterDesk);
    return refresh(c);
  }

  std::vector<Effect> operator()(const CounterAct& i) const {
    if (!desk_ready(c.desk)) return {};
    const std::string base = section_base(c, c.desk.section_id);
    const int counter = c.desk.counter;
    switch (i.action) {
      case CounterAction::CallNext: return enqueue(c, ctx, base + "/call-next", {{"counter", counter}}, "call_next");
      case CounterAction::Call:
        return enqueue(c, ctx, base + "/call", {{"counter", counter}, {"ticket", i.ticket}}, "call");
      case CounterAction::Recall:
        return enqueue(c, ctx, base + "/recall", {{"counter", counter}, {"ticket", i.ticket}}, "recall");
      case CounterAction::Done: return enqueue(c, ctx, base + "/done", {{"ticket", i.ticket}}, "done");
      case CounterAction::NoShow: return enqueue(c, ctx, base + "/no-show", {{"ticket", i.ticket}}, "no_show");
      case CounterAction::Return: return enqueue(c, ctx, base + "/return", {{"ticket", i.ticket}}, "return");
      case CounterAction::Transfer:
        if (c.transfer_to.empty() || c.transfer_to == c.desk.section_id) return {};
        c.transfer_open = false;
        return enqueue(c, ctx, base + "/transfer", {{"ticket", i.ticket}, {"to_section", c.transfer_to}}, "transfer");
      case CounterAction::Pause: {
        if (c.pause_reason.empty()) return {};
        std::vector<Effect> e = enqueue(c, ctx, base + "/pause", {{"counter", counter}, {"reason", c.pause_reason}}, "pause");
        c.pause_reason.clear();
        return e;
      }
      case CounterAction::Resume: return enqueue(c, ctx, base + "/resume", {{"counter", counter}}, "resume");
      case CounterAction::DeskWalkIn: {
        if (!priority_from_name(i.priority)) return {};
        const json body = i.priority.empty() ? json::object() : json{{"priority", i.priority}};
        return enqueue(c, ctx, base + "/walk-in", body, "desk_walk_in");
      }
    }
    return {};
  }

  std::vector<Effect> operator()(const OpenTransfer&) const {
    c.transfer_open = !c.transfer_open;
    c.transfer_to.clear();
    return {};
  }

  std::vector<Effect> operator()(const ChooseTransferSection& i) const {
    if (find_section(ctx.ref.catalog, i.section_id)) c.transfer_to = i.section_id;
    return {};
  }

  std::vector<Effect> operator()(const OpenCheckIn&) const {
    if (c.check_in.step != CheckInStep::Verifying && c.check_in.step != CheckInStep::CheckingIn &&
        c.check_in.step != CheckInStep::IssuingWalkIn)
      c.check_in = {};
    go_to(ctx.nav, Screen::CounterCheckIn);
    return {};
  }

  // A QR held in front of the camera is read many times a second; only a new citizen starts over.
  std::vector<Effect> operator()(const CodeScanned& i) const {
    CheckInDesk& d = c.check_in;
    if (ctx.nav.current() != Screen::CounterCheckIn || i.text.empty() || i.text.size() > 256) return {};
    if (d.step == CheckInStep::Verifying || d.step == CheckInStep::CheckingIn || d.step == CheckInStep::IssuingWalkIn)
      return {};
    if (d.step == CheckInStep::Refused && d.last_scanned == i.text) return {};  // still held up to the camera
    c.camera_error.clear();
    d = CheckInDesk{};
    d.step = CheckInStep::Verifying;
    d.last_scanned = i.text;
    return {staff_request(c, http_post(Reply::CounterVerify, counter_base(c) + "/verify", json{{"qr", i.text}}.dump()))};
  }

  std::vector<Effect> operator()(const SubmitTypedCode&) const {
    if (c.check_in.typed.empty()) return {};
    find_typed(c, ctx.ref, ctx.now);
    return {};
  }

  std::vector<Effect> operator()(const ToggleShownDocument& i) const {
    std::vector<bool>& shown = c.check_in.shown;
    if (i.index >= 0 && static_cast<size_t>(i.index) < shown.size()) shown[i.index] = !shown[i.index];
    return {};
  }

  std::vector<Effect> operator()(const SetPriority& i) const {
    if (i.priority.empty() || i.priority == "elderly" || i.priority == "disability" || i.priority == "pregnancy")
      c.check_in.priority = i.priority;
    return {};
  }

  std::vector<Effect> operator()(const ConfirmCheckIn&) const {
    CheckInDesk& d = c.check_in;
    if (d.step != CheckInStep::Found) return {};
    json body = d.booking ? json{{"code", d.booking->code}} : json{{"ticket", d.ticket}};
    if (!d.priority.empty()) body["priority"] = d.priority;
    d.step = CheckInStep::CheckingIn;
    std::vector<Effect> effects = enqueue(c, ctx, section_base(c, d.section_id) + "/check-in", body, "check_in");
    d.key = c.ops.back().request.idempotency_key;
    return effects;
  }

  std::vector<Effect> operator()(const WalkInInstead&) const {
    CheckInDesk& d = c.check_in;
    if (d.step != CheckInStep::Refused || d.error != error_code_name(ErrorCode::TooLate) || d.section_id.empty()) return {};
    d.step = CheckInStep::IssuingWalkIn;
    json body = json::object();
    if (!d.priority.empty()) body["priority"] = d.priority;
    std::vector<Effect> effects = enqueue(c, ctx, section_base(c, d.section_id) + "/walk-in", body, "walk_in_instead");
    d.key = c.ops.back().request.idempotency_key;
    return effects;
  }

  std::vector<Effect> operator()(const NextCheckIn&) const {
    c.check_in = {};
    return {};
  }

  std::vector<Effect> operator()(const CounterStreamState& i) const {
    const bool reconnected = i.connected && !c.stream_connected;
    c.stream_connected = i.connected;
    return reconnected ? reads(c, ctx.nav) : std::vector<Effect>{};
  }

  std::vector<Effect> operator()(const CounterStreamEvent&) const { return reads(c, ctx.nav); }

  std::vector<Effect> operator()(const ScannerFailed& i) const {
    c.camera_error = i.code.substr(0, 32);
    return {};
  }
};

}  // namespace

std::vector<Effect> apply_counter_intent(Counter& c, CounterContext ctx, const CounterIntent& intent) {
  return std::visit(CounterStep{c, ctx}, intent);
}

void edit_counter_field(Counter& c, Field field, const std::string& value) {
  switch (field) {
    case Field::StaffUsername: c.login.username = utf8_prefix(value, kMaxUsernameBytes); break;
    case Field::StaffPassword: c.login.password = utf8_prefix(value, kMaxPasswordBytes); break;
    case Field::CounterCode:
      c.check_in.typed = utf8_prefix(value, kMaxCodeBytes);
      if (c.check_in.step == CheckInStep::Refused) c.check_in.step = CheckInStep::Idle;
      break;
    case Field::PauseReason: c.pause_reason = utf8_prefix(value, kMaxPauseReasonBytes); break;
    default: edit_pre_service_field(c.pre_service, field, value); break;
  }
}

std::vector<Effect> apply_counter_reply(Counter& c, CounterContext ctx, Reply reply, int status, const std::string& body,
                                        const std::string& etag, const std::string& context) {
  if (status == 401 && reply != Reply::StaffLogin && reply != Reply::StaffLogout) {
    session_expired(c, ctx.nav);
    return {};
  }
  switch (reply) {
    case Reply::StaffLogin: {
      StaffLoginForm& f = c.login;
      f.send = status == 200 ? CounterSend::Idle : status == 0 ? CounterSend::NoAnswer : CounterSend::Refused;
      if (status != 200) {
        f.error = status == 0 ? "network" : error_code_of(body);
        return {};
      }
      StaffSession session;
      try {
        const json doc = json_fields::parse(body, "login");
        session = {json_fields::required<std::string>(doc, "token", "login"),
                   json_fields::required<std::string>(doc, "username", "login"),
                   json_fields::required<std::string>(doc, "office_code", "login"),
                   json_fields::required<UnixSeconds>(doc, "expires_at", "login")};
      } catch (const std::invalid_argument&) {
        f.send = CounterSend::Refused;
        f.error = "internal";
        return {};
      }
      // A session that has ended by this device's clock would open the desk and close it at the next tick,
      // at every try: the clerk is told to set the clock instead.
      if (!session_valid(session, ctx.now)) {
        f.send = CounterSend::Refused;
        f.error = "device_clock";
        return {};
      }
      c.session = std::move(session);
      f.expired = false;
      // Another clerk at this device: the previous one's unsent actions are not theirs to send.
      const auto others = std::remove_if(c.ops.begin(), c.ops.end(),
                                         [&](const CounterOp& op) { return op.username != c.session.username; });
      if (others != c.ops.end()) {
        c.ops.erase(others, c.ops.end());
        c.notice = "actions_discarded";
      }
      desk_screens(c, ctx.nav);
      std::vector<Effect> effects = refresh(c);
      for (Effect& e : pump(c, ctx.now)) effects.push_back(std::move(e));
      return effects;
    }
    case Reply::StaffLogout: return {};
    case Reply::CounterQueue:
      if (context != c.desk.section_id) return {};
      if (status == 304) {
        c.queue_status = LoadStatus::Ready;
        return {};
      }
      if (status != 200) {
        if (c.queue_status != LoadStatus::Ready) c.queue_status = LoadStatus::Failed;
        return {};
      }
      try {
        c.queue = queue_from_json(body);
        c.queue_etag = etag;
        c.queue_status = LoadStatus::Ready;
      } catch (const std::invalid_argument&) {
        c.queue_status = LoadStatus::Failed;
      }
      return {};
    case Reply::CounterRoster:
      if (status != 200) {
        if (c.roster_status != LoadStatus::Ready) c.roster_status = LoadStatus::Failed;
        return {};
      }
      try {
        const json doc = json_fields::parse(body, "roster");
        std::vector<BookingView> roster;
        for (const json& b : json_fields::required_array(doc, "bookings", "roster")) roster.push_back(booking_view_from_json(b.dump()));
        c.roster = std::move(roster);
        c.roster_status = LoadStatus::Ready;
      } catch (const std::invalid_argument&) {
        c.roster_status = LoadStatus::Failed;
      }
      return {};
    case Reply::CounterVerify: apply_verify(c, ctx.ref, status, body, ctx.now); return {};
    case Reply::PreServiceList: apply_pre_service_list_reply(c, status, body, context); return {};
    case Reply::CounterAction: {
      if (c.ops.empty() || !c.ops.front().in_flight || c.ops.front().request.context != context) return {};
      CounterOp& op = c.ops.front();
      op.in_flight = false;
      // No answer, or a gateway's (502–504: the server may have acted and stored its answer under the key;
      // the connection may come back), or a server error not yet tried enough: the same key goes again
      // after a pause.
      const bool no_answer = status == 0 || (status >= 502 && status <= 504);
      if (no_answer || (status >= 500 && ++op.server_errors < kCounterServerErrorTries)) {
        op.retry_at = ctx.now + kCounterRetrySeconds;
        return {};
      }
      const CounterOp answered = std::move(op);
      c.ops.erase(c.ops.begin());
      action_answered(c, answered, status, body);
      std::vector<Effect> effects = refresh(c);
      for (Effect& e : pump(c, ctx.now)) effects.push_back(std::move(e));
      return effects;
    }
    default: return {};
  }
}

std::vector<Effect> counter_tick(Counter& c, CounterContext ctx) {
  if (!c.session.token.empty() && !session_valid(c.session, ctx.now) && in_counter_mode(ctx.nav)) {
    session_expired(c, ctx.nav);
    return {};
  }
  std::vector<Effect> effects = pump(c, ctx.now);
  // With no live stream (dropped, refused) or a failed read, the line is read every few seconds instead.
  const bool at_desk = !counter_stream_path(c, ctx.nav, ctx.now).empty();
  const bool requests_failed =
      ctx.nav.current() == Screen::CounterPreService && c.pre_service.status == LoadStatus::Failed;
  const bool stale = !c.stream_connected || c.queue_status == LoadStatus::Failed ||
                     c.roster_status == LoadStatus::Failed || requests_failed;
  if (at_desk && stale && ctx.now >= c.next_read) {
    c.next_read = ctx.now + kCounterReadSeconds;
    for (Effect& e : reads(c, ctx.nav)) effects.push_back(std::move(e));
  }
  return effects;
}

std::vector<Effect> enqueue_counter_action(Counter& c, CounterContext& ctx, const std::string& path,
                                           const std::string& body, const std::string& name, bool kept) {
  const std::string key = next_key(ctx.keys);
  HttpRequest r = http_post(Reply::CounterAction, path, body, key);  // answers are matched by key
  r.idempotency_key = key;
  c.ops.push_back({name, c.session.username, std::move(r), false, 0, 0, kept});
  c.notice.clear();
  return pump(c, ctx.now);
}

HttpRequest staff_request(const Counter& c, HttpRequest r) {
  r.bearer = c.session.token;
  return r;
}

bool in_counter_mode(const Navigation& nav) {
  const Screen s = nav.current();
  return s == Screen::StaffLogin || s == Screen::CounterSetup || s == Screen::CounterDesk || s == Screen::CounterCheckIn ||
         s == Screen::CounterPreService || s == Screen::DaySummary;
}

std::string counter_stream_path(const Counter& c, const Navigation& nav, UnixSeconds now) {
  const Screen s = nav.current();
  if ((s != Screen::CounterDesk && s != Screen::CounterCheckIn && s != Screen::CounterPreService) ||
      !session_valid(c.session, now))
    return {};
  return "/api/live/" + c.session.office_code + "/events";
}

}  // namespace khiw
