#include "core/outbox.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/enum_names.h"
#include "core/geo.h"
#include "core/json_fields.h"

namespace khiw {

namespace {

using json_fields::json;
using json_fields::required;

constexpr std::array<std::string_view, 2> kPendingStateNames = {"waiting", "refused"};
constexpr size_t kNearbyOffices = 2;      // other offices offered after a refusal
constexpr size_t kChoicesAtOffice = 3;    // at the refused office
constexpr size_t kChoicesNearby = 2;      // at each nearby office

// The offices whose seats are offered after a refusal: the booking's own, then the nearest others.
std::vector<std::string> rebook_offices(const ReferenceState& ref, const std::string& office_code) {
  std::vector<std::string> codes{office_code};
  const Office* home = find_office(ref, office_code);
  if (!home) return codes;
  std::vector<const Office*> others;
  for (const Office& o : ref.offices)
    if (o.code != office_code) others.push_back(&o);
  const auto dist = [&](const Office* o) { return distance_m(home->lat, home->lon, o->lat, o->lon); };
  std::stable_sort(others.begin(), others.end(), [&](const Office* a, const Office* b) { return dist(a) < dist(b); });
  for (size_t i = 0; i < others.size() && i < kNearbyOffices; ++i) codes.push_back(others[i]->code);
  return codes;
}

struct OutboxStep {
  Outbox& o;
  Navigation& nav;
  const ReferenceState& ref;

  std::vector<Effect> operator()(const ConnectionChanged& i) const {
    o.browser_online = i.online;
    // Back online: try at once rather than wait out a pause earned while offline.
    if (i.online)
      for (SyncOp& op : o.queue.ops) op.not_before = 0;
    return {};
  }

  std::vector<Effect> operator()(const OpenPendingBooking& i) const {
    if (!find_pending(o, i.key)) return {};
    if (o.open_key != i.key) {  // replies still on their way for the last one are dropped when they come
      o.alternatives.clear();
      o.alternatives_loading = 0;
    }
    o.open_key = i.key;
    if (o.notice.kind == OutboxNoticeKind::Refused && o.notice.code == i.key) o.notice = {};
    go_to(nav, Screen::PendingBooking);
    return alternative_requests(o, ref);
  }

  std::vector<Effect> operator()(const RemovePendingBooking& i) const {
    PendingBooking* p = find_pending(o, i.key);
    if (!p) return {};
    if (p->state == PendingState::Waiting && !drop_pending_create(o.queue, i.key)) {
      p->cancel_requested = true;  // already on its way: cancelled as soon as the server confirms it
      return {};
    }
    o.bookings.erase(std::find_if(o.bookings.begin(), o.bookings.end(),
                                  [&](const PendingBooking& b) { return b.key == i.key; }));
    if (o.open_key == i.key) {
      o.open_key.clear();
      o.alternatives.clear();
      o.alternatives_loading = 0;
      if (nav.current() == Screen::PendingBooking) go_back(nav);
    }
    if (o.notice.code == i.key) o.notice = {};
    return {};
  }

  std::vector<Effect> operator()(const DismissOutboxNotice&) const {
    o.notice = {};
    return {};
  }
};

}  // namespace

ConnectionStatus connection_status(const Outbox& o) {
  if (!o.browser_online || !o.server_reached) return ConnectionStatus::Offline;
  return has_pending(o.queue) ? ConnectionStatus::Syncing : ConnectionStatus::Online;
}

PendingBooking* find_pending(Outbox& o, std::string_view key) {
  for (PendingBooking& b : o.bookings)
    if (b.key == key) return &b;
  return nullptr;
}

const PendingBooking* find_pending(const Outbox& o, std::string_view key) {
  return find_pending(const_cast<Outbox&>(o), key);
}

bool cancel_queued(const Outbox& o, std::string_view code) {
  return std::any_of(o.queue.ops.begin(), o.queue.ops.end(),
                     [&](const SyncOp& op) { return op.kind == SyncOpKind::CancelBooking && op.key == code; });
}

void queue_booking(Outbox& o, const BookingDraft& draft, const HttpRequest& create, bool maybe_applied,
                   UnixSeconds now) {
  if (find_pending(o, create.idempotency_key)) return;
  enqueue(o.queue, {SyncOpKind::CreateBooking, create.idempotency_key, create.body, now, SyncOpState::Pending, 0, 0,
                    maybe_applied});
  o.bookings.push_back({create.idempotency_key, draft, create.body, now, PendingState::Waiting, {}, false});
}

void queue_cancel(Outbox& o, const std::string& code, const std::string& secret, UnixSeconds now) {
  if (cancel_queued(o, code)) return;
  enqueue(o.queue, {SyncOpKind::CancelBooking, code, json{{"code", code}, {"secret", secret}}.dump(), now,
                    SyncOpState::Pending, 0, 0, false});
}

std::vector<Effect> apply_outbox_intent(Outbox& o, Navigation& nav, const ReferenceState& ref,
                                        const OutboxIntent& intent) {
  return std::visit(OutboxStep{o, nav, ref}, intent);
}

std::optional<HttpRequest> due_sync(Outbox& o, UnixSeconds now) {
  if (!o.browser_online) return std::nullopt;
  return next_sync_batch(o.queue, now);
}

std::vector<SyncAnswer> apply_outbox_sync_reply(Outbox& o, int status, std::string_view body, UnixSeconds now) {
  o.server_reached = status != 0;
  std::vector<SyncAnswer> answers = apply_sync_reply(o.queue, status, body, now);
  std::vector<SyncAnswer> rest;
  for (SyncAnswer& a : answers) {
    PendingBooking* p = a.kind == SyncOpKind::CreateBooking ? find_pending(o, a.key) : nullptr;
    if (!p || (a.status >= 200 && a.status < 300)) {
      rest.push_back(std::move(a));
      continue;
    }
    p->state = PendingState::Refused;
    p->refusal_code = error_code_in_body(a.body);
    o.notice = {OutboxNoticeKind::Refused, p->key, {}};
  }
  return rest;
}

bool pending_confirmed(Outbox& o, const std::string& key, const std::string& code, const std::string& secret,
                       UnixSeconds now) {
  const auto it =
      std::find_if(o.bookings.begin(), o.bookings.end(), [&](const PendingBooking& b) { return b.key == key; });
  if (it == o.bookings.end()) return false;
  const bool announce = !it->cancel_requested;
  if (announce) o.notice = {OutboxNoticeKind::Confirmed, code, {}};
  else queue_cancel(o, code, secret, now);
  if (o.open_key == key) o.open_key.clear();
  o.bookings.erase(it);
  return announce;
}

void requeue_unreadable(Outbox& o, const std::string& key, UnixSeconds now) {
  const PendingBooking* p = find_pending(o, key);
  if (!p) return;
  enqueue(o.queue, {SyncOpKind::CreateBooking, key, p->body, now, SyncOpState::Pending, 1,
                    now + sync_backoff_seconds(1), true});
}

void forget_past_refusals(Outbox& o, UnixSeconds now) {
  const Date today = bkk_date(now);
  std::erase_if(o.bookings, [&](const PendingBooking& b) {
    return b.state == PendingState::Refused && (!b.draft.date || *b.draft.date < today);
  });
  if (!find_pending(o, o.open_key)) o.open_key.clear();
}

std::vector<Effect> alternative_requests(Outbox& o, const ReferenceState& ref) {
  const PendingBooking* p = find_pending(o, o.open_key);
  if (!p || p->state != PendingState::Refused || !o.alternatives.empty() || o.alternatives_loading > 0) return {};
  std::vector<Effect> out;
  for (const std::string& office : rebook_offices(ref, p->draft.office_code)) {
    out.push_back(
        http_get(Reply::AlternativeSeats, availability_path(office, p->draft.section_id), p->key + "/" + office));
  }
  o.alternatives_loading = static_cast<int>(out.size());
  return out;
}

void apply_alternatives_reply(Outbox& o, const ReferenceState& ref, int status, const std::string& body,
                              const std::string& context) {
  const size_t slash = context.find('/');
  const std::string key = context.substr(0, slash);
  const PendingBooking* p = find_pending(o, key);
  if (!p || key != o.open_key || slash == std::string::npos) return;
  o.alternatives_loading = std::max(0, o.alternatives_loading - 1);
  if (status != 200 || !p->draft.date || !p->draft.slot) return;
  Availability a;
  try {
    a = availability_from_json(body);
  } catch (const std::invalid_argument&) {
    return;
  }
  const std::string office = context.substr(slash + 1);
  const bool same_office = office == p->draft.office_code;
  // A duplicate is per citizen and day, wherever it is booked; a full slot may have seats elsewhere.
  const Exclude exclude = p->refusal_code == error_code_name(ErrorCode::DuplicateBooking) ? Exclude::WantedDay
                          : same_office                                                 ? Exclude::WantedSlot
                                                                                        : Exclude::Nothing;
  for (const SlotChoice& c : nearest_free_slots(a, ref.rules, *p->draft.date, *p->draft.slot, exclude,
                                                same_office ? kChoicesAtOffice : kChoicesNearby))
    o.alternatives.push_back({office, c.date, c.slot, c.remaining});
  // The refused office first, then the others in the order they were asked (nearest first).
  const std::vector<std::string> order = rebook_offices(ref, p->draft.office_code);
  const auto rank = [&](const RebookChoice& c) { return std::find(order.begin(), order.end(), c.office_code) - order.begin(); };
  std::stable_sort(o.alternatives.begin(), o.alternatives.end(),
                   [&](const RebookChoice& x, const RebookChoice& y) { return rank(x) < rank(y); });
}

std::string outbox_to_json(const Outbox& o) {
  json bookings = json::array();
  for (const PendingBooking& b : o.bookings)
    bookings.push_back({{"key", b.key},
                        {"draft", json::parse(draft_to_json(b.draft))},
                        {"body", b.body},
                        {"queued_at", b.queued_at},
                        {"state", enum_name(kPendingStateNames, b.state)},
                        {"refusal_code", b.refusal_code},
                        {"cancel_requested", b.cancel_requested}});
  return json{{"version", kOutboxJsonVersion},
              {"queue", json::parse(sync_queue_to_json(o.queue))},
              {"bookings", std::move(bookings)}}
      .dump();
}

void outbox_from_json(Outbox& o, std::string_view text) {
  const json doc = json_fields::parse_versioned(text, "outbox", kOutboxJsonVersion);
  SyncQueue queue = sync_queue_from_json(required<json>(doc, "queue", "outbox").dump());
  std::vector<PendingBooking> bookings;
  for (const json& rec : json_fields::required_array(doc, "bookings", "outbox")) {
    PendingBooking b;
    b.key = required<std::string>(rec, "key", "pending booking");
    b.draft = draft_from_json(required<json>(rec, "draft", "pending booking").dump());
    b.body = required<std::string>(rec, "body", "pending booking");
    b.queued_at = required<UnixSeconds>(rec, "queued_at", "pending booking");
    const auto state = enum_from_name<PendingState>(kPendingStateNames, required<std::string>(rec, "state", "pending booking"));
    if (!state) throw std::invalid_argument("pending booking: unknown state");
    b.state = *state;
    b.refusal_code = required<std::string>(rec, "refusal_code", "pending booking");
    b.cancel_requested = required<bool>(rec, "cancel_requested", "pending booking");
    bookings.push_back(std::move(b));
  }
  resume_after_restart(queue);
  o.queue = std::move(queue);
  o.bookings = std::move(bookings);
}

}  // namespace khiw
