#include <emscripten/emscripten.h>

#include <nlohmann/json.hpp>

#include "core/office_ranking.h"
#include "shell/test_probe.h"

namespace {

using json = nlohmann::json;
using namespace khiw;

EM_JS(void, khiw_publish_probe, (const char* text), { window["khiw"] = JSON.parse(UTF8ToString(text)); });

const char* status_name(LoadStatus s) {
  switch (s) {
    case LoadStatus::Idle: return "idle";
    case LoadStatus::Loading: return "loading";
    case LoadStatus::Ready: return "ready";
    case LoadStatus::Failed: return "failed";
  }
  return "?";
}

template <typename T, typename F>
json optional_or_null(const std::optional<T>& v, F to_json) {
  return v ? json(to_json(*v)) : json(nullptr);
}

std::string name_of(Field f) { return f == Field::None ? "" : std::string(field_name(f)); }

// The draft without the national ID (personal data stays out of anything a test might log).
json draft_json(const BookingDraft& d) {
  return {{"office_code", d.office_code},
          {"section_id", d.section_id},
          {"service_id", d.service_id},
          {"date", optional_or_null(d.date, iso_date)},
          {"slot", optional_or_null(d.slot, [](int s) { return s; })},
          {"name", d.name},
          {"copies", d.copies},
          {"pickup_office", d.pickup_office},
          {"consent", d.consent},
          {"idempotency_key", d.idempotency_key}};
}

json refusal_json(const BookingFlow& flow) {
  if (flow.refusal) return std::string(error_code_name(*flow.refusal));
  if (!flow.refusal_code.empty()) return flow.refusal_code;
  return nullptr;
}

json mine_json(const MyBookings& mine) {
  json items = json::array();
  for (const SavedBooking& b : mine.items)
    items.push_back({{"code", b.booking.code},
                     {"state", std::string(booking_state_name(b.booking.state))},
                     {"ticks", b.ticks},
                     {"qr", b.qr},
                     {"qr_size", b.qr_matrix.size},
                     {"rating", std::string(rating_state_name(b.rating.state))},
                     {"rating_refusal", b.rating.refusal}});
  return items;
}


const char* place_source_name(PlaceSource s) {
  switch (s) {
    case PlaceSource::None: return "";
    case PlaceSource::Device: return "device";
    case PlaceSource::District: return "district";
    case PlaceSource::MapTap: return "map_tap";
  }
  return "?";
}

const char* place_problem_name(PlaceProblem p) {
  switch (p) {
    case PlaceProblem::None: return "";
    case PlaceProblem::Asking: return "asking";
    case PlaceProblem::Denied: return "denied";
    case PlaceProblem::Unavailable: return "unavailable";
    case PlaceProblem::OutsideBangkok: return "outside";
  }
  return "?";
}

// The map's camera, where the citizen is, the live figures and the recommendation, as the screens use them.
json nearby_json(const AppState& state) {
  const Nearby& n = state.nearby;
  const OfficeRanking ranking = rank_for_citizen(state.ref.rules, state.ref.offices, n.here, n.live.counts, "");
  json waiting = json::object();
  for (const auto& [code, office] : n.live.counts.offices) waiting[code] = office.waiting;
  return {{"mode", n.mode == NearbyMode::Map ? "map" : "list"},
          {"districts", n.districts.size()},
          {"view", {{"lon", n.view.centre.lon}, {"lat", n.view.centre.lat}, {"zoom", n.view.zoom},
                    {"width", n.view.width_px}, {"height", n.view.height_px}}},
          {"selected", n.selected},
          {"here", n.here ? json{{"lon", n.here->lon}, {"lat", n.here->lat}} : json(nullptr)},
          {"source", place_source_name(n.source)},
          {"problem", place_problem_name(n.problem)},
          {"choosing_place", n.choosing_place},
          {"search", n.search},
          {"recommended", ranking.rows.empty() ? "" : ranking.rows.front().office->code},
          {"live", {{"loaded", n.live.loaded}, {"as_of", n.live.as_of}, {"failed", n.live.failed},
                    {"visible", n.live.visible}, {"etag", n.live.etag}, {"waiting", waiting}}}};
}

json walk_ins_json(const WalkIns& w) {
  json tickets = json::array();
  for (const WalkInTicket& t : w.tickets)
    tickets.push_back({{"key", walk_in_key(t)},
                       {"ticket", t.ticket},
                       {"office_code", t.office_code},
                       {"section_id", t.section_id},
                       {"state", std::string(ticket_state_name(t.state))},
                       {"position", t.position},
                       {"wait_seconds", t.wait_seconds},
                       {"set_off_minutes", t.set_off_minutes},
                       {"told_to_set_off", t.told_to_set_off},
                       {"qr", t.qr},
                       {"qr_size", t.qr_matrix.size}});
  return {{"tickets", tickets},
          {"send", std::string(send_status_name(w.send))},
          {"refusal", w.refusal},
          {"open_key", w.open_key},
          {"notifications_allowed", w.notifications_allowed}};
}

// The offline queue as a test needs it: never the drafts (they hold the national ID).
json outbox_json(const Outbox& o) {
  json bookings = json::array();
  for (const PendingBooking& p : o.bookings)
    bookings.push_back({{"key", p.key},
                        {"state", p.state == PendingState::Waiting ? "waiting" : "refused"},
                        {"refusal", p.refusal_code},
                        {"cancel_requested", p.cancel_requested}});
  json alternatives = json::array();
  for (const RebookChoice& c : o.alternatives)
    alternatives.push_back({{"office", c.office_code}, {"date", iso_date(c.date)}, {"slot", c.slot}});
  const ConnectionStatus c = connection_status(o);
  return {{"connection", c == ConnectionStatus::Online ? "online" : c == ConnectionStatus::Offline ? "offline" : "syncing"},
          {"ops", o.queue.ops.size()},
          {"bookings", bookings},
          {"open_key", o.open_key},
          {"alternatives", alternatives},
          {"alternatives_loading", o.alternatives_loading},
          {"notice", static_cast<int>(o.notice.kind)}};
}

}  // namespace

namespace khiw::shell {

// Counter mode as a test reads it: never the token or a password.
// The board as last read (core's JSON), whether it is live, and the calls announced so far.
json board_json(const BoardView& v) {
  json announced = json::array();
  for (const BoardCall& c : v.announced) announced.push_back({{"ticket", c.ticket}, {"counter", c.counter}, {"at", c.at}});
  return {{"office", v.office},
          {"live", board_live(v)},
          {"board", v.board ? json::parse(board_to_json(*v.board)) : json(nullptr)},
          {"announced", announced}};
}

// The copy requests as listed and answered; of a pickup's form never the ID or laser code typed.
json pre_service_json(const Counter& c) {
  const PreServiceDesk& d = c.pre_service;
  json items = json::array();
  for (const PreServiceItem& item : d.items)
    items.push_back({{"code", item.code},
                     {"state", pre_service_state_name(item.progress.state)},
                     {"role", pre_service_role_name(item.role)}});
  return {{"status", status_name(d.status)},
          {"items", items},
          {"form", d.form_code},
          {"form_kind", pre_service_action_name(d.form_kind)},
          {"error_code", d.error_code},
          {"error", d.error}};
}

json counter_json(const Counter& c) {
  json line = json::array();
  for (const std::string& n : c.queue.line) line.push_back(n);
  const Ticket* serving = serving_at(c.queue, c.desk.counter);
  const CheckInDesk& d = c.check_in;
  constexpr const char* kSteps[] = {"idle", "verifying", "found", "checking_in", "checked_in", "refused",
                                    "issuing_walk_in", "walk_in_issued"};
  return {{"logged_in", !c.session.token.empty()},
          {"username", c.session.username},
          {"office", c.session.office_code},
          {"login_error", c.login.error},
          {"expired", c.login.expired},
          {"section", c.desk.section_id},
          {"counter", c.desk.counter},
          {"queue_status", status_name(c.queue_status)},
          {"line", line},
          {"serving", serving ? serving->number : ""},
          {"roster", c.roster.size()},
          {"live", c.stream_connected},
          {"ops", c.ops.size()},
          {"unanswered", unanswered_ops(c)},
          {"notice", c.notice},
          {"issued", c.issued_walk_in},
          {"camera_error", c.camera_error},
          {"check_in", {{"step", kSteps[static_cast<int>(d.step)]},
                        {"found", d.booking ? d.booking->code : d.ticket},
                        {"error", d.error},
                        {"ticket", d.result_ticket},
                        {"position", d.result_position}}},
          {"pre_service", pre_service_json(c)}};
}

void publish_test_probe(const AppState& state, const ui::UiOutput& frame, const ProbeFrame& info) {
  // The last press and its frame, kept until the next: a test's tap reads it a frame or two later.
  static std::string pressed;
  static long pressed_frame = 0;
  if (!frame.pressed.empty()) {
    pressed = frame.pressed;
    pressed_frame = info.number;
  }
  // [x, y, w, h, label, visible_y, visible_h]: rectangles in CSS pixels, which is what a test's mouse speaks.
  const float r = info.pixel_ratio;
  json widgets = json::object();
  for (const auto& w : frame.widgets)
    widgets[w.id] = {w.x / r, w.y / r, w.w / r, w.h / r, w.label, w.visible_y / r, w.visible_h / r};
  json text_fields = json::object();
  for (const auto& f : frame.text_fields) {
    json field = {{"rect", {f.rect.x / r, f.rect.y / r, f.rect.w / r, f.rect.h / r}},
                  {"inputmode", f.inputmode},
                  {"max_length", f.max_length}};
    if (f.rect.id != field_name(Field::NationalId) && f.rect.id != field_name(Field::StaffPassword) &&
        f.rect.id != field_name(Field::PickupNationalId))
      field["value"] = f.value;
    text_fields[f.rect.id] = field;
  }
  json offices = json::array();
  for (const Office& o : state.ref.offices) offices.push_back(o.code);
  json screens = json::array();
  for (Screen s : state.nav.stack) screens.push_back(std::string(screen_name(s)));
  json alternatives = json::array();
  for (const SlotChoice& c : state.flow.alternatives) alternatives.push_back({{"date", iso_date(c.date)}, {"slot", c.slot}});

  const json probe = {
      {"ready", state.ref.offices_status == LoadStatus::Ready && info.number > 0 && state.mine.loaded},
      {"frame", info.number},
      {"paints", info.paints},
      {"lang", lang_code(state.lang)},
      {"screen", std::string(screen_name(state.nav.current()))},
      {"screens", screens},
      {"offices_status", status_name(state.ref.offices_status)},
      {"offices", offices},
      {"ref_ready", state.ref.catalog_status == LoadStatus::Ready},
      {"draft", draft_json(state.flow.draft)},
      {"focused", name_of(state.flow.focused)},
      {"send", std::string(send_status_name(state.flow.send))},
      {"refusal", refusal_json(state.flow)},
      {"alternatives", alternatives},
      {"availability_status", status_name(state.flow.availability_status)},
      {"storage_available", state.mine.storage_available},
      {"mine", mine_json(state.mine)},
      {"open_code", state.mine.open_code},
      {"cancel_asked", state.mine.cancel_asked},
      {"nearby", nearby_json(state)},
      {"walk_ins", walk_ins_json(state.walk_ins)},
      {"outbox", outbox_json(state.outbox)},
      {"seats_offline", state.flow.seats_offline},
      {"counter", counter_json(state.counter)},
      {"board", board_json(state.board)},
      {"widgets", widgets},
      {"pressed", pressed},
      {"pressed_frame", pressed_frame},
      {"text_fields", text_fields},
      {"frame_ms", info.frame_ms ? json(*info.frame_ms) : json::array()},
  };
  khiw_publish_probe(probe.dump(-1, ' ', false, json::error_handler_t::replace).c_str());
}

}  // namespace khiw::shell
