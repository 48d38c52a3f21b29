#include "core/walk_in_update.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/errors.h"

namespace khiw {

namespace {

ShowNotification set_off_notice(const WalkInTicket& t, const ReferenceState& ref, Lang lang) {
  const Office* office = find_office(ref, t.office_code);
  const std::string where = office ? (lang == Lang::Th ? office->office_name_th : office->name_en) : t.office_code;
  std::string body = tr_fill(Msg::WalkInSetOffBody, lang, "{ticket}", t.ticket);
  body = fill_placeholder(std::move(body), "{office}", where);
  body = fill_placeholder(std::move(body), "{n}", std::to_string(t.wait_seconds / 60));
  return {std::string(tr(Msg::WalkInSetOffTitle, lang)), std::move(body), walk_in_key(t)};
}

struct Apply {
  WalkIns& w;
  WalkInContext ctx;

  std::vector<Effect> operator()(const OpenWalkIn& i) const {
    w.office_code = i.office_code;
    w.send = SendStatus::Idle;
    w.refusal.clear();
    go_to(ctx.nav, Screen::WalkIn);
    return {};
  }
  std::vector<Effect> operator()(const TakeWalkIn& i) const {
    if (w.send == SendStatus::Sending || w.office_code.empty()) return {};
    w.send = SendStatus::Sending;
    w.refusal.clear();
    const std::string body = nlohmann::json{{"office_code", w.office_code}, {"section_id", i.section_id}}.dump();
    return {http_post(Reply::TakeWalkIn, "/api/walk-ins", body, w.office_code + "/" + i.section_id)};
  }
  std::vector<Effect> operator()(const OpenWalkInTicket& i) const {
    if (!find_walk_in(w, i.key)) return {};
    w.open_key = i.key;
    go_to(ctx.nav, Screen::WalkInTicket);
    return {};
  }
  std::vector<Effect> operator()(const SetSetOffMinutes& i) const {
    WalkInTicket* t = find_walk_in(w, i.key);
    if (!t) return {};
    t->set_off_minutes = std::clamp(i.minutes, kMinSetOffMinutes, kMaxSetOffMinutes);
    t->told_to_set_off = false;  // a new threshold may be met later: tell again then
    return {};
  }
  std::vector<Effect> operator()(const AllowNotifications&) const {
    w.notifications_asked = true;
    return {AskNotificationPermission{}};
  }
  std::vector<Effect> operator()(const NotificationPermission& i) const {
    w.notifications_allowed = i.granted;
    return {};
  }
};

}  // namespace

std::vector<Effect> apply_walk_in_intent(WalkIns& w, WalkInContext ctx, const WalkInIntent& intent) {
  return std::visit(Apply{w, ctx}, intent);
}

void apply_take_walk_in_reply(WalkIns& w, WalkInContext ctx, int status, const std::string& body,
                              const std::string& context) {
  if (w.send != SendStatus::Sending || context.rfind(w.office_code + "/", 0) != 0) return;  // stale
  if (status == 0) {
    w.send = SendStatus::NotSent;
    w.refusal = "network";
    return;
  }
  if (status != 200) {
    w.send = SendStatus::Refused;
    const std::string code = error_code_in_body(body);
    w.refusal = code.empty() ? "server" : code;
    return;
  }
  try {
    WalkInTicket t = walk_in_from_created(body, ctx.now);
    w.open_key = walk_in_key(t);
    w.tickets.insert(w.tickets.begin(), std::move(t));
    w.send = SendStatus::Idle;
    // The ticket replaces the chooser: back from it leads home, and a second tap cannot take another.
    ctx.nav.stack = {Screen::Start, Screen::WalkInTicket};
  } catch (const std::invalid_argument&) {
    w.send = SendStatus::Refused;
    w.refusal = "server";
  }
}

std::vector<Effect> apply_walk_in_status_reply(WalkIns& w, WalkInContext ctx, int status, const std::string& body,
                                               const std::string& etag, const std::string& context) {
  WalkInTicket* t = find_walk_in(w, context);
  if (!t || status != 200) return {};  // 304: unchanged; no answer: the last figures stay, with their time
  try {
    apply_walk_in_status(*t, body, etag, ctx.now);
  } catch (const std::invalid_argument&) {
    return {};
  }
  if (t->state != TicketState::Remote || t->told_to_set_off || !set_off_advice(*t, std::nullopt).under_threshold)
    return {};
  t->told_to_set_off = true;
  return {set_off_notice(*t, ctx.ref, ctx.lang)};
}

std::vector<Effect> walk_in_status_requests(const WalkIns& w, UnixSeconds now) {
  std::vector<Effect> out;
  for (const WalkInTicket& t : w.tickets) {
    if (!walk_in_open(t, now)) continue;
    const std::string path = "/api/walk-ins/" + t.office_code + "/" + t.section_id + "/" + t.ticket;
    HttpRequest r = http_get(Reply::WalkInStatus, path, walk_in_key(t));
    r.if_none_match = t.etag;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace khiw
