#include "core/my_bookings_update.h"

#include <nlohmann/json.hpp>

#include "core/ics.h"
#include "core/json_fields.h"
#include "core/slots.h"
#include "core/ticket_text.h"

namespace khiw {

namespace {

using nlohmann::json;

HttpRequest authenticated(Reply reply, const char* path, const SavedBooking& s) {
  return http_post(reply, path, json{{"code", s.booking.code}, {"secret", s.secret}}.dump(), s.booking.code);
}

struct Act {
  MyBookings& m;
  MineContext& ctx;

  std::vector<Effect> operator()(const OpenTicket& i) const {
    const SavedBooking* s = find_saved(m, i.code);
    if (!s) return {};
    m.open_code = i.code;
    m.cancel_asked.clear();
    m.cancel_error.reset();
    go_to(ctx.nav, Screen::Ticket);
    return {lookup_request(*s)};
  }

  std::vector<Effect> operator()(const ToggleDocument& i) const {
    SavedBooking* s = find_saved(m, i.code);
    if (!s || i.index < 0 || i.index >= 64) return {};
    if (s->ticks.size() <= static_cast<size_t>(i.index)) s->ticks.resize(static_cast<size_t>(i.index) + 1, false);
    s->ticks[static_cast<size_t>(i.index)] = !s->ticks[static_cast<size_t>(i.index)];
    return {};
  }

  std::vector<Effect> operator()(const AddToCalendar& i) const {
    const SavedBooking* s = find_saved(m, i.code);
    if (!s) return {};
    return {calendar_file(*s, ctx.ref, ctx.lang, ctx.now)};
  }

  std::vector<Effect> operator()(const SaveQrImage& i) const {
    const SavedBooking* s = find_saved(m, i.code);
    if (!s || s->qr_matrix.size == 0) return {};
    return {qr_image(*s, ctx.ref, ctx.lang)};
  }

  std::vector<Effect> operator()(const AskCancel& i) const {
    const SavedBooking* s = find_saved(m, i.code);
    if (!s || !is_active(s->booking.state)) return {};
    m.cancel_asked = i.code;
    m.cancel_error.reset();
    return {};
  }

  std::vector<Effect> operator()(const AnswerCancel& i) const {
    const std::string code = std::move(m.cancel_asked);
    m.cancel_asked.clear();
    const SavedBooking* s = find_saved(m, code);
    if (!i.yes || !s || !m.cancel_sending.empty()) return {};
    m.cancel_sending = code;
    return {authenticated(Reply::CancelBooking, "/api/bookings/cancel", *s)};
  }

  std::vector<Effect> operator()(const RefreshMyBookings&) const {
    if (m.refresh == RefreshStatus::Refreshing || m.items.empty()) return {};
    std::vector<Effect> out;
    for (const SavedBooking& s : m.items) out.push_back(lookup_request(s));
    m.refresh = RefreshStatus::Refreshing;
    m.refresh_pending = static_cast<int>(out.size());
    return out;
  }
};

// The booking as the server now sees it, from {"booking": ...} (lookup also carries "qr").
bool update_from_answer(MyBookings& m, UnixSeconds now, const std::string& body, const std::string& code) {
  SavedBooking* s = find_saved(m, code);
  const auto doc = json_fields::parse_or_discarded(body);
  if (!s || !doc.is_object() || !doc.contains("booking")) return false;
  try {
    BookingView view = booking_view_from_json(doc["booking"].dump());
    if (view.code != code) return false;
    s->booking = std::move(view);
    s->refreshed_at = now;
    return true;
  } catch (const std::invalid_argument&) {
    return false;
  }
}

}  // namespace

std::vector<Effect> apply_mine_intent(MyBookings& mine, MineContext ctx, const MineIntent& intent) {
  return std::visit(Act{mine, ctx}, intent);
}

void apply_lookup_reply(MyBookings& mine, UnixSeconds now, int status, const std::string& body,
                        const std::string& context) {
  const bool ok = status == 200 && update_from_answer(mine, now, body, context);
  if (mine.refresh != RefreshStatus::Refreshing) return;  // a ticket's own lookup
  if (!ok) mine.refresh_failed = true;
  if (--mine.refresh_pending > 0) return;
  mine.refresh = mine.refresh_failed ? RefreshStatus::Failed : RefreshStatus::Done;
  mine.refresh_failed = false;
}

void apply_cancel_reply(MyBookings& mine, UnixSeconds now, int status, const std::string& body,
                        const std::string& context) {
  if (mine.cancel_sending != context) return;
  mine.cancel_sending.clear();
  if (!apply_cancel_answer(mine, now, status, body, context)) mine.cancel_error = error_code_or_network(status, body);
}

HttpRequest lookup_request(const SavedBooking& saved) {
  return authenticated(Reply::LookupBooking, "/api/bookings/lookup", saved);
}

std::string error_code_or_network(int status, const std::string& body) {
  if (status == 0) return "network";
  std::string code = error_code_in_body(body);
  return code.empty() ? "HTTP " + std::to_string(status) : code;
}

bool apply_cancel_answer(MyBookings& mine, UnixSeconds now, int status, const std::string& body,
                         const std::string& code) {
  return status == 200 && update_from_answer(mine, now, body, code);
}

DownloadFile calendar_file(const SavedBooking& saved, const ReferenceState& ref, Lang lang, UnixSeconds now) {
  const BookingView& b = saved.booking;
  const TicketText text = ticket_text(saved, ref, lang);
  IcsEvent e;
  e.uid = b.code + "@khiw";
  e.summary = text.title;
  e.location = text.office;
  e.description = text.details;
  if (is_valid_slot(ref.rules, b.slot)) {
    e.start = slot_start(ref.rules, b.date, b.slot);
    e.end = slot_end(ref.rules, b.date, b.slot);
  } else {  // the rules no longer have the slot it was booked in: the times its ticket shows
    const int start = parse_clock(b.start).value_or(0);
    e.start = bkk_instant(b.date, start);
    e.end = bkk_instant(b.date, parse_clock(b.end).value_or(start));
  }
  e.stamp = now;
  e.alarm_seconds_before = {24 * 3600, 2 * 3600};
  return {"khiw-" + b.code + ".ics", "text/calendar;charset=utf-8", ics_calendar(e)};
}

DownloadQrImage qr_image(const SavedBooking& saved, const ReferenceState& ref, Lang lang) {
  const TicketText text = ticket_text(saved, ref, lang);
  return {"khiw-" + saved.booking.code + ".png", saved.qr_matrix.size, saved.qr_matrix.modules,
          {saved.booking.code, text.office, text.when}};
}

}  // namespace khiw
