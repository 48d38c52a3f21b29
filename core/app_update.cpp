#include "core/app_update.h"

#include <nlohmann/json.hpp>
#include <algorithm>
#include <type_traits>

#include "core/json_fields.h"

namespace khiw {

namespace {

using json_fields::json;

template <typename T, typename Variant>
struct is_alternative;
template <typename T, typename... Ts>
struct is_alternative<T, std::variant<Ts...>> : std::bool_constant<(std::is_same_v<T, Ts> || ...)> {};

constexpr int kSessionJsonVersion = 1;
constexpr size_t kMaxSearchBytes = 64;

// A restored screen may need its data again (seats change; a ticket's state may have moved on).
std::vector<Effect> refetch_for(AppState& s) {
  const BookingDraft& d = s.flow.draft;
  switch (s.nav.current()) {
    case Screen::Date:
    case Screen::Slot:
      if (d.office_code.empty() || d.section_id.empty()) return {};
      s.flow.availability_status = LoadStatus::Loading;
      return {availability_request(d.office_code, d.section_id)};
    case Screen::Ticket:
      if (!find_saved(s.mine, s.mine.open_code)) return {};
      return apply_mine_intent(s.mine, {s.nav, s.ref, s.lang, s.now}, OpenTicket{s.mine.open_code});
    case Screen::MyBookings: return apply_mine_intent(s.mine, {s.nav, s.ref, s.lang, s.now}, RefreshMyBookings{});
    case Screen::Nearby:
    case Screen::WalkIn:
    case Screen::WalkInTicket: return load_districts(s.nearby);
    default: return {};
  }
}

// Screens, open ticket and draft as they were before a reload. Only a fresh app (still on the start
// screen with an empty draft) takes them: anything the citizen did since wins.
std::vector<Effect> restore_session(AppState& s, const std::string& text) {
  if (text.empty() || s.nav.stack.size() > 1 || s.flow.draft != BookingDraft{}) return {};
  try {
    const json doc = json_fields::parse_versioned(text, "session", kSessionJsonVersion);
    Navigation nav;
    nav.stack.clear();
    for (const json& name : json_fields::required_array(doc, "screens", "session")) {
      const auto screen = name.is_string() ? screen_from_name(name.get<std::string>()) : std::nullopt;
      if (!screen) throw std::invalid_argument("session: unknown screen");
      nav.stack.push_back(*screen);
    }
    if (nav.stack.empty() || nav.stack.front() != Screen::Start) return {};
    s.flow.draft = draft_from_json(json_fields::required<json>(doc, "draft", "session").dump());
    s.mine.open_code = json_fields::required<std::string>(doc, "ticket", "session");
    const auto walk_in = doc.find("walk_in");  // absent from sessions stored before walk-in tickets
    if (walk_in != doc.end() && walk_in->is_string()) s.walk_ins.open_key = walk_in->get<std::string>();
    s.nav = std::move(nav);
    const std::string send = json_fields::required<std::string>(doc, "send", "session");
    if (send == send_status_name(SendStatus::NotSent)) s.flow.send = SendStatus::NotSent;
    if (send == send_status_name(SendStatus::Sending)) {
      // The citizen confirmed and the answer was lost with the page: ask again with the same key.
      s.flow.send = SendStatus::Sending;
      return {create_booking_request(s.ref, s.flow.draft)};
    }
  } catch (const std::invalid_argument&) {
    s.nav = Navigation{};
    s.flow = BookingFlow{};
    s.mine.open_code.clear();
    return {};
  }
  return refetch_for(s);
}

void restore_walk_ins(WalkIns& w, const std::string& text) {
  if (text.empty()) return;
  try {
    for (WalkInTicket& t : walk_ins_from_json(text))
      if (!find_walk_in(w, walk_in_key(t))) w.tickets.push_back(std::move(t));
  } catch (const std::invalid_argument&) {
    // As with bookings: what the app holds now is stored in its place.
  }
}

// Screens that show live counts, and any ticket still to be called today, keep the polls going.
bool wants_live_counts(const AppState& s) {
  const Screen screen = s.nav.current();
  if (screen == Screen::Nearby || screen == Screen::WalkIn || screen == Screen::WalkInTicket) return true;
  return std::any_of(s.walk_ins.tickets.begin(), s.walk_ins.tickets.end(),
                     [&](const WalkInTicket& t) { return walk_in_open(t, s.now); });
}

std::vector<Effect> poll_live(AppState& s) {
  if (!wants_live_counts(s)) return {};
  std::optional<HttpRequest> poll = due_live_poll(s.nearby.live, s.now);
  if (!poll) return {};
  std::vector<Effect> effects{*poll};
  for (Effect& e : walk_in_status_requests(s.walk_ins, s.now)) effects.push_back(std::move(e));
  return effects;
}

void restore_bookings(MyBookings& mine, const std::string& text) {
  if (text.empty()) return;
  try {
    for (SavedBooking& b : my_bookings_from_json(text))
      if (!find_saved(mine, b.booking.code)) upsert_saved(mine, std::move(b));
  } catch (const std::invalid_argument&) {
    // An unreadable record cannot be shown; what the app holds now is stored in its place.
  }
}

struct Apply {
  AppState& s;

  FlowContext flow_ctx() const { return {s.nav, s.keys, s.ref, s.now}; }
  MineContext mine_ctx() const { return {s.nav, s.ref, s.lang, s.now}; }
  WalkInContext walk_in_ctx() const { return {s.nav, s.ref, s.lang, s.now}; }

  template <typename T>
  std::vector<Effect> operator()(const T& i) const {
    if constexpr (is_alternative<T, FlowIntent>::value) return apply_flow_intent(s.flow, flow_ctx(), i);
    else if constexpr (is_alternative<T, NearbyIntent>::value) return apply_nearby_intent(s.nearby, {s.ref, s.now}, i);
    else if constexpr (is_alternative<T, WalkInIntent>::value) return walk_in_step(i);
    else return apply_mine_intent(s.mine, mine_ctx(), i);
  }

  template <typename T>
  std::vector<Effect> walk_in_step(const T& i) const {
    std::vector<Effect> effects = apply_walk_in_intent(s.walk_ins, walk_in_ctx(), i);
    if (s.nav.current() == Screen::WalkIn) append(effects, load_reference(s.ref));
    return effects;
  }

  static void append(std::vector<Effect>& to, std::vector<Effect> more) {
    for (Effect& e : more) to.push_back(std::move(e));
  }

  // The office search shares the keyboard bridge with the booking details.
  std::vector<Effect> operator()(const EditField& i) const {
    if (i.field != Field::OfficeSearch) return apply_flow_intent(s.flow, flow_ctx(), i);
    s.nearby.search = i.value.substr(0, kMaxSearchBytes);
    return {};
  }

  std::vector<Effect> operator()(const ToggleLanguage&) const {
    s.lang = other_lang(s.lang);
    return {SaveSetting{kLangSetting, std::string(lang_code(s.lang))}};
  }

  std::vector<Effect> operator()(const GoBack&) const {
    s.flow.focused = Field::None;
    s.mine.cancel_asked.clear();
    go_back(s.nav);
    return {};
  }

  std::vector<Effect> operator()(const OpenScreen& i) const {
    go_to(s.nav, i.screen);
    std::vector<Effect> effects = refetch_for(s);
    if (i.screen == Screen::Offices || i.screen == Screen::Nearby) append(effects, load_reference(s.ref));
    if (i.screen == Screen::Nearby) append(effects, poll_live(s));
    return effects;
  }

  std::vector<Effect> operator()(const LoadOffices&) const { return load_reference(s.ref); }

  std::vector<Effect> operator()(const StartApp& i) const {
    if (i.saved_lang == "en") s.lang = Lang::En;
    s.keys.seed = i.key_seed;
    s.now = i.now;
    s.nearby.saved_district = i.saved_district;
    return load_reference(s.ref);
  }

  std::vector<Effect> operator()(const StoredRecordsLoaded& i) const {
    s.mine.loaded = true;
    s.mine.storage_available = i.storage_available;
    restore_bookings(s.mine, i.bookings_json);
    restore_walk_ins(s.walk_ins, i.walk_ins_json);
    s.stored_bookings = i.bookings_json;
    s.stored_walk_ins = i.walk_ins_json;
    s.stored_session = i.session_json;
    return restore_session(s, i.session_json);
  }

  std::vector<Effect> operator()(const Tick& i) const {
    s.now = i.now;
    return poll_live(s);
  }

  std::vector<Effect> operator()(const HttpReplied& r) const {
    switch (r.reply) {
      case Reply::Offices:
      case Reply::Catalog:
      case Reply::Holidays:
      case Reply::Rules: apply_reference_reply(s.ref, r.reply, r.status, r.body); return {};
      case Reply::Availability: apply_availability_reply(s.flow, flow_ctx(), r.status, r.body, r.context); return {};
      case Reply::CreateBooking: return booking_answered(r);
      case Reply::LookupBooking: apply_lookup_reply(s.mine, s.now, r.status, r.body, r.context); return {};
      case Reply::CancelBooking: apply_cancel_reply(s.mine, s.now, r.status, r.body, r.context); return {};
      case Reply::Districts: apply_districts_reply(s.nearby, r.status, r.body); return {};
      case Reply::Live: apply_live_reply(s.nearby.live, r.status, r.body, r.etag, s.now); return {};
      case Reply::TakeWalkIn: apply_take_walk_in_reply(s.walk_ins, walk_in_ctx(), r.status, r.body, r.context); return {};
      case Reply::WalkInStatus:
        return apply_walk_in_status_reply(s.walk_ins, walk_in_ctx(), r.status, r.body, r.etag, r.context);
      case Reply::Sync: return {};  // the offline queue (core/sync_queue.h) is not sent by the app yet
    }
    return {};
  }

  std::vector<Effect> booking_answered(const HttpReplied& r) const {
    std::vector<Effect> effects;
    std::optional<SavedBooking> saved = apply_create_reply(s.flow, flow_ctx(), r.status, r.body, effects);
    if (!saved) return effects;
    // The ticket replaces the finished flow: back from it leads home, not into a sent draft.
    s.mine.open_code = saved->booking.code;
    upsert_saved(s.mine, std::move(*saved));
    s.nav.stack = {Screen::Start, Screen::Ticket};
    return effects;
  }
};

// Device records that changed since they were last written. Nothing is written before the stored
// records were read: an empty list must not replace bookings the device already holds.
void persist_changes(AppState& s, std::vector<Effect>& effects) {
  if (!s.mine.loaded) return;
  std::string bookings = my_bookings_to_json(s.mine.items);
  if (bookings != s.stored_bookings) {
    s.stored_bookings = bookings;
    effects.push_back(StoreRecord{kBookingsRecord, std::move(bookings)});
  }
  std::string walk_ins = walk_ins_to_json(s.walk_ins.tickets);
  if (walk_ins != s.stored_walk_ins) {
    s.stored_walk_ins = walk_ins;
    effects.push_back(StoreRecord{kWalkInsRecord, std::move(walk_ins)});
  }
  std::string session = session_to_json(s);
  if (session != s.stored_session) {
    s.stored_session = session;
    effects.push_back(StoreRecord{kSessionRecord, std::move(session)});
  }
}

}  // namespace

std::string session_to_json(const AppState& s) {
  json screens = json::array();
  for (Screen sc : s.nav.stack) screens.push_back(screen_name(sc));
  return json{{"version", kSessionJsonVersion},
              {"screens", screens},
              {"ticket", s.mine.open_code},
              {"walk_in", s.walk_ins.open_key},
              {"draft", json::parse(draft_to_json(s.flow.draft))},
              {"send", send_status_name(s.flow.send)}}
      .dump();
}

std::vector<Effect> apply_intent(AppState& state, const Intent& intent) {
  std::vector<Effect> effects = std::visit(Apply{state}, intent);
  if (!std::holds_alternative<Tick>(intent)) persist_changes(state, effects);
  return effects;
}

}  // namespace khiw
