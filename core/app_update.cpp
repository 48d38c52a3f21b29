#include "core/app_update.h"

#include <nlohmann/json.hpp>
#include <algorithm>
#include <type_traits>

#include "core/compiled_once_impl.h"
#include "core/is_alternative.h"
#include "core/json_fields.h"
#include "core/office_part.h"
#include "core/utf8.h"

namespace khiw {

template struct CompiledOnce<IntentVariant>;

namespace {

using json_fields::json;

constexpr int kSessionJsonVersion = 1;

// Counter mode, the board, the day summary and the open data where the office bundle links them in
// (office_part.h); in the citizens' bundle, the ways into them reopen the page there, and nothing else of
// theirs can arrive.
std::vector<Effect> office_intent(AppState& s, const Intent& i) {
  if (s.office) return s.office->intent(s, i);
  if (std::holds_alternative<OpenCounterMode>(i) || std::holds_alternative<OpenDaySummary>(i))
    return {OpenOfficeApp{"counter"}};
  if (std::holds_alternative<OpenOpenData>(i)) return {OpenOfficeApp{kOpenDataRoute}};
  if (const auto* board = std::get_if<OpenBoard>(&i)) return {OpenOfficeApp{"board/" + board->office}};
  return {};
}

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
    case Screen::PendingBooking: return alternative_requests(s.outbox, s.ref);
    case Screen::StaffLogin:
    case Screen::CounterSetup:
    case Screen::CounterDesk:
    case Screen::CounterCheckIn:
    case Screen::CounterPreService: return office_intent(s, OpenCounterMode{});
    case Screen::DaySummary: return office_intent(s, OpenDaySummary{});
    case Screen::OpenData: return office_intent(s, OpenOpenData{});
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
    const auto pending = doc.find("pending");  // absent from sessions stored before the offline queue
    if (pending != doc.end() && pending->is_string()) s.outbox.open_key = pending->get<std::string>();
    s.nav = std::move(nav);
    const std::string send = json_fields::required<std::string>(doc, "send", "session");
    if (send == send_status_name(SendStatus::NotSent)) s.flow.send = SendStatus::NotSent;
    if (send == send_status_name(SendStatus::Sending)) {
      // The citizen confirmed and the answer was lost with the page: ask again with the same key — once
      // the catalog is back, since the body is rebuilt from it and must match the first byte for byte.
      if (s.ref.catalog_status != LoadStatus::Ready) {
        s.flow.send = SendStatus::NotSent;
        return refetch_for(s);
      }
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

// The queue read back after a reload or restart. Only an empty outbox takes it: nothing is queued before
// the records are read, so this is the first start's state.
void restore_outbox(Outbox& o, const std::string& text) {
  if (text.empty() || !o.bookings.empty() || has_pending(o.queue)) return;
  try {
    outbox_from_json(o, text);
  } catch (const std::invalid_argument&) {
    // Unreadable: nothing can be resent from it; what the app holds now is stored in its place.
  }
}

// Returns what was stored, to tell later whether the kept answers changed.
KeptAnswers restore_kept(KeptAnswers& kept, const std::string& text) {
  if (text.empty()) return {};
  try {
    KeptAnswers stored = kept_answers_from_json(text);
    for (const KeptAnswer& a : stored.items)  // answers that came since the app started are newer: they stay
      if (!kept_answer(kept, a.name)) kept.items.push_back(a);
    return stored;
  } catch (const std::invalid_argument&) {
    return {};
  }
}

// "office/section" of an availability request, as the seats it is kept under.
std::string seats_name(const std::string& context) {
  const size_t slash = context.find('/');
  return seats_answer_name(context.substr(0, slash), slash == std::string::npos ? "" : context.substr(slash + 1));
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
    else if constexpr (is_alternative<T, OutboxIntent>::value) return apply_outbox_intent(s.outbox, s.nav, s.ref, i);
    else if constexpr (is_alternative<T, RatingIntent>::value) return apply_rating_intent(s, i);
    else if constexpr (is_alternative<T, CounterIntent>::value || is_alternative<T, PreServiceIntent>::value ||
                       is_alternative<T, BoardIntent>::value || is_alternative<T, SummaryIntent>::value ||
                       is_alternative<T, OpenDataIntent>::value)
      return office_intent(s, i);
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

  // The office search and the rating comment share the keyboard bridge with the booking details.
  std::vector<Effect> operator()(const EditField& i) const {
    if (is_staff_field(i.field)) return office_intent(s, i);
    if (i.field == Field::RatingComment) edit_rating_comment(s, i.value);
    else if (i.field == Field::OfficeSearch) s.nearby.search = utf8_prefix(i.value, kMaxSearchBytes);
    else return apply_flow_intent(s.flow, flow_ctx(), i);
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
    s.counter_route = i.route == "counter";
    std::vector<Effect> effects = load_reference(s.ref);
    if (const auto office = board_route_office(i.route)) append(effects, office_intent(s, OpenBoard{*office}));
    if (i.route == kOpenDataRoute) append(effects, office_intent(s, OpenOpenData{}));
    return effects;
  }

  std::vector<Effect> operator()(const StoredRecordsLoaded& i) const {
    s.mine.loaded = true;
    s.mine.storage_available = i.storage_available;
    restore_bookings(s.mine, i.bookings_json);
    restore_walk_ins(s.walk_ins, i.walk_ins_json);
    s.stored_bookings = i.bookings_json;
    s.stored_walk_ins = i.walk_ins_json;
    s.stored_session = i.session_json;
    restore_outbox(s.outbox, i.outbox_json);
    forget_past_refusals(s.outbox, s.now);
    s.stored_kept = restore_kept(s.kept, i.kept_json);
    s.stored_outbox = i.outbox_json;
    if (s.office) s.office->restore(s, i.staff_json);
    s.stored_staff = i.staff_json;
    std::vector<Effect> effects = restore_session(s, i.session_json);
    if (s.counter_route) {
      s.counter_route = false;
      if (!in_counter_mode(s.nav)) append(effects, office_intent(s, OpenCounterMode{}));
    }
    // Reference data the network could not give before the kept copies were read: ask again, and an
    // answer that fails now falls back to them.
    if (s.ref.offices_status == LoadStatus::Failed || s.ref.catalog_status == LoadStatus::Failed)
      append(effects, load_reference(s.ref));
    return effects;
  }

  // The record is written again with the next change. Out of space: the kept public answers (the
  // largest record, and only a cache) make room for what the citizen cannot get back.
  std::vector<Effect> operator()(const StorageWriteFailed& i) const {
    s.mine.storage_available = false;
    s.mine.storage_full = s.mine.storage_full || i.full;
    if (i.key == kBookingsRecord) s.stored_bookings.clear();
    if (i.key == kOutboxRecord) s.stored_outbox.clear();
    if (i.key == kSessionRecord) s.stored_session.clear();
    if (i.key == kWalkInsRecord) s.stored_walk_ins.clear();
    if (i.key == kStaffRecord) s.stored_staff.clear();
    if (i.key == kKeptRecord) s.stored_kept = KeptAnswers{{{"unsaved", 0, ""}}};
    if (i.full) s.kept = {};
    return {};
  }

  std::vector<Effect> operator()(const Tick& i) const {
    s.now = i.now;
    std::vector<Effect> effects = poll_live(s);
    if (s.mine.loaded) {  // the stored queue is read first: it comes before anything queued since
      if (std::optional<HttpRequest> batch = due_sync(s.outbox, s.now)) effects.push_back(std::move(*batch));
      append(effects, rating_tick(s));
    }
    if (s.office) append(effects, s.office->tick(s));
    return effects;
  }

  std::vector<Effect> operator()(const Rebook& i) const {
    const PendingBooking* p = find_pending(s.outbox, i.key);
    const auto& offered = s.outbox.alternatives;
    if (!p || p->state != PendingState::Refused || s.flow.send == SendStatus::Sending ||
        std::find(offered.begin(), offered.end(), i.choice) == offered.end())
      return {};
    BookingFlow flow;
    flow.draft = p->draft;
    flow.draft.office_code = i.choice.office_code;
    flow.draft.idempotency_key.clear();  // another booking: a new key
    move_to_slot(flow.draft, i.choice.date, i.choice.slot);
    apply_outbox_intent(s.outbox, s.nav, s.ref, RemovePendingBooking{i.key});
    s.flow = std::move(flow);
    s.nav.stack = {Screen::Start, Screen::Review};  // where the sending shows, and a new refusal if any
    return apply_flow_intent(s.flow, flow_ctx(), ConfirmBooking{});
  }

  std::vector<Effect> operator()(const HttpReplied& r) const {
    s.outbox.server_reached = r.status != 0;
    switch (r.reply) {
      case Reply::Offices:
      case Reply::Catalog:
      case Reply::Holidays:
      case Reply::Rules: reference_answered(r); return {};
      case Reply::Availability: availability_answered(r); return {};
      case Reply::CreateBooking: return booking_answered(r);
      case Reply::LookupBooking: apply_lookup_reply(s.mine, s.now, r.status, r.body, r.context); return {};
      case Reply::CancelBooking: cancel_answered(r); return {};
      case Reply::Districts: apply_districts_reply(s.nearby, r.status, r.body); return {};
      case Reply::Live: apply_live_reply(s.nearby.live, r.status, r.body, r.etag, s.now); return {};
      case Reply::TakeWalkIn: apply_take_walk_in_reply(s.walk_ins, walk_in_ctx(), r.status, r.body, r.context); return {};
      case Reply::WalkInStatus:
        return apply_walk_in_status_reply(s.walk_ins, walk_in_ctx(), r.status, r.body, r.etag, r.context);
      case Reply::Sync: return sync_answered(r);
      case Reply::AlternativeSeats: apply_alternatives_reply(s.outbox, s.ref, r.status, r.body, r.context); return {};
      case Reply::Rating: return apply_rating_reply(s, r.status, r.body, r.context);
      case Reply::StaffLogin:
      case Reply::StaffLogout:
      case Reply::CounterQueue:
      case Reply::CounterRoster:
      case Reply::CounterVerify:
      case Reply::CounterAction:
      case Reply::PreServiceList:
      case Reply::Board:
      case Reply::Stats:
      case Reply::StatsCsv: return s.office ? s.office->reply(s, r) : std::vector<Effect>{};
    }
    return {};
  }

  // Fresh answers are kept for offline use; with no usable answer the kept copy stands in.
  void reference_answered(const HttpReplied& r) const {
    const std::string name = *reference_answer_name(r.reply);
    if (r.status == 200) keep_answer(s.kept, name, r.body, s.now);
    const KeptAnswer* kept = r.status != 200 ? kept_answer(s.kept, name) : nullptr;
    apply_reference_reply(s.ref, r.reply, kept ? 200 : r.status, kept ? kept->body : r.body);
  }

  void availability_answered(const HttpReplied& r) const {
    if (r.status != 0) {
      if (r.status == 200) keep_answer(s.kept, seats_name(r.context), r.body, s.now);
      apply_availability_reply(s.flow, flow_ctx(), r.status, r.body, r.context);
      return;
    }
    const KeptAnswer* kept = kept_answer(s.kept, seats_name(r.context));
    std::optional<Availability> seats;
    try {
      if (kept) seats = availability_from_json(kept->body);
    } catch (const std::invalid_argument&) {
    }
    apply_offline_availability(s.flow, flow_ctx(), seats ? &*seats : nullptr, kept ? kept->as_of : 0, r.context);
  }

  // A cancel that got no answer waits in the queue like an offline booking.
  void cancel_answered(const HttpReplied& r) const {
    const SavedBooking* saved = find_saved(s.mine, r.context);
    if (r.status != 0 || !saved || s.mine.cancel_sending != r.context) {
      apply_cancel_reply(s.mine, s.now, r.status, r.body, r.context);
      return;
    }
    queue_cancel(s.outbox, saved->booking.code, saved->secret, s.now);
    s.mine.cancel_sending.clear();
  }

  std::vector<Effect> sync_answered(const HttpReplied& r) const {
    std::vector<Effect> effects;
    for (const SyncAnswer& a : apply_outbox_sync_reply(s.outbox, r.status, r.body, s.now)) {
      if (a.kind == SyncOpKind::CancelBooking) {
        append(effects, synced_cancel(a));
        continue;
      }
      append(effects, synced_booking(a));
    }
    // A refusal of the booking on screen: its screen says so (no banner), and the other slots are looked up.
    if (s.nav.current() == Screen::PendingBooking) {
      if (s.outbox.notice.kind == OutboxNoticeKind::Refused && s.outbox.notice.code == s.outbox.open_key)
        s.outbox.notice = {};
      append(effects, alternative_requests(s.outbox, s.ref));
    }
    return effects;
  }

  // A queued cancel answered. Refused as not cancellable may mean an earlier send was applied and its
  // answer lost: the booking's state from the server says, not a banner.
  std::vector<Effect> synced_cancel(const SyncAnswer& a) const {
    if (apply_cancel_answer(s.mine, s.now, a.status, a.body, a.key)) return {};
    const std::string error = error_code_or_network(a.status, a.body);
    const SavedBooking* saved = find_saved(s.mine, a.key);
    if (error == error_code_name(ErrorCode::IllegalTransition) && saved) return {lookup_request(*saved)};
    s.outbox.notice = {OutboxNoticeKind::CancelRefused, a.key, error};
    return {};
  }

  // A queued booking the server confirmed: filed under my bookings, announced, and shown if its pending
  // screen is open.
  std::vector<Effect> synced_booking(const SyncAnswer& a) const {
    const PendingBooking* p = find_pending(s.outbox, a.key);
    if (!p) return {};
    SavedBooking saved;
    try {
      saved = saved_booking_from_created(a.body, s.now);
    } catch (const std::invalid_argument&) {
      // An answer we cannot read: ask again with the same key, which returns the same booking.
      requeue_unreadable(s.outbox, a.key, s.now);
      return {};
    }
    const bool on_screen = s.nav.current() == Screen::PendingBooking && s.outbox.open_key == a.key;
    const std::string code = saved.booking.code;
    const bool announce = pending_confirmed(s.outbox, a.key, code, saved.secret, s.now);
    upsert_saved(s.mine, std::move(saved));
    if (on_screen) {
      s.mine.open_code = code;
      s.nav.stack = {Screen::Start, Screen::Ticket};
    }
    if (!announce) return {};  // cancelled meanwhile: no fanfare
    const std::string text = tr_fill(Msg::NoticeConfirmed, s.lang, "{code}", code);
    return {ShowNotification{text, text, "khiw-" + code}};
  }

  // No answer at all: the request waits in the queue with its key (the server may have booked it: the
  // resend then returns that booking), and the citizen sees it waiting, not confirmed.
  std::vector<Effect> queue_unanswered_booking() const {
    const std::string key = s.flow.draft.idempotency_key;
    queue_booking(s.outbox, s.flow.draft, create_booking_request(s.ref, s.flow.draft), s.outbox.browser_online,
                  s.now);
    s.flow = BookingFlow{};
    s.nav.stack = {Screen::Start};
    return apply_outbox_intent(s.outbox, s.nav, s.ref, OpenPendingBooking{key});
  }

  std::vector<Effect> booking_answered(const HttpReplied& r) const {
    if (r.status == 0 && s.flow.send == SendStatus::Sending) return queue_unanswered_booking();
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
  // A hall's board keeps nothing: its screen must not become the next page's session on that device.
  if (!s.mine.loaded || !s.board.office.empty()) return;
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
  std::string outbox = outbox_to_json(s.outbox);
  if (outbox != s.stored_outbox) {
    s.stored_outbox = outbox;
    effects.push_back(StoreRecord{kOutboxRecord, std::move(outbox)});
  }
  if (s.kept != s.stored_kept) {
    s.stored_kept = s.kept;
    effects.push_back(StoreRecord{kKeptRecord, kept_answers_to_json(s.kept)});
  }
  // The citizens' bundle leaves the staff record as it found it.
  std::string staff = s.office ? s.office->record(s) : s.stored_staff;
  if (staff != s.stored_staff) {
    s.stored_staff = staff;
    effects.push_back(StoreRecord{kStaffRecord, std::move(staff)});
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
              {"pending", s.outbox.open_key},
              {"draft", json::parse(draft_to_json(s.flow.draft))},
              {"send", send_status_name(s.flow.send)}}
      .dump();
}

std::vector<Effect> apply_intent(AppState& state, const Intent& intent) {
  std::vector<Effect> effects = std::visit(Apply{state}, intent);
  // Not on a refused write either: the next change writes it again, rather than at once and in a loop.
  if (!std::holds_alternative<Tick>(intent) && !std::holds_alternative<StorageWriteFailed>(intent))
    persist_changes(state, effects);
  return effects;
}

}  // namespace khiw
