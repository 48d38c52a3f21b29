#include "core/app_update.h"

#include <nlohmann/json.hpp>
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

  template <typename T>
  std::vector<Effect> operator()(const T& i) const {
    if constexpr (is_alternative<T, FlowIntent>::value) return apply_flow_intent(s.flow, flow_ctx(), i);
    else return apply_mine_intent(s.mine, mine_ctx(), i);
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
    if (i.screen == Screen::Offices || i.screen == Screen::WalkIn) return load_reference(s.ref);
    if (i.screen == Screen::MyBookings) return refetch_for(s);
    return {};
  }

  std::vector<Effect> operator()(const LoadOffices&) const { return load_reference(s.ref); }

  std::vector<Effect> operator()(const StartApp& i) const {
    if (i.saved_lang == "en") s.lang = Lang::En;
    s.keys.seed = i.key_seed;
    s.now = i.now;
    return load_reference(s.ref);
  }

  std::vector<Effect> operator()(const StoredRecordsLoaded& i) const {
    s.mine.loaded = true;
    s.mine.storage_available = i.storage_available;
    restore_bookings(s.mine, i.bookings_json);
    s.stored_bookings = i.bookings_json;
    s.stored_session = i.session_json;
    return restore_session(s, i.session_json);
  }

  std::vector<Effect> operator()(const Tick& i) const {
    s.now = i.now;
    return {};
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
