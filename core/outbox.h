// Bookings and cancellations the citizen confirmed while the server could not be reached: the offline
// queue (core/sync_queue.h) with what the app shows for each booking still waiting — "not confirmed
// yet", no QR — and, when the server refuses one, why and the nearest free slots at that office and at
// the offices nearest to it, one tap to rebook. Also whether the app is online, for the indicator
// every screen shows.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/availability.h"
#include "core/booking_draft.h"
#include "core/effects.h"
#include "core/errors.h"
#include "core/navigation.h"
#include "core/reference_state.h"
#include "core/sync_queue.h"

namespace khiw {

enum class PendingState { Waiting, Refused };

// A booking the server has not answered yet, or has refused. The draft (national ID included) stays on
// the device only until then: it is what will be sent, and what a rebooking starts from.
struct PendingBooking {
  std::string key;  // the create's Idempotency-Key, also its sync op's key
  BookingDraft draft;
  std::string body;  // the request exactly as first sent: a resend must match it byte for byte
  UnixSeconds queued_at = 0;
  PendingState state = PendingState::Waiting;
  std::string refusal_code;      // the server's error code once refused
  bool cancel_requested = false;  // cancelled while its create was on its way: cancel it once confirmed
  bool operator==(const PendingBooking&) const = default;
};

// A free slot offered after a refusal (at the refused office or a nearby one).
struct RebookChoice {
  std::string office_code;
  Date date;
  int slot = 0;
  int remaining = 0;
  bool operator==(const RebookChoice&) const = default;
};

// What the app last told the citizen about the queue (a banner on every screen until dismissed).
enum class OutboxNoticeKind { None, Confirmed, Refused, CancelRefused };
struct OutboxNotice {
  OutboxNoticeKind kind = OutboxNoticeKind::None;
  std::string code;   // Confirmed, CancelRefused: the booking code; Refused: the pending booking's key
  std::string error;  // CancelRefused: the server's error code (or "network")
  bool operator==(const OutboxNotice&) const = default;
};

enum class ConnectionStatus { Online, Offline, Syncing };

struct Outbox {
  SyncQueue queue;
  std::vector<PendingBooking> bookings;  // oldest first, as queued
  bool browser_online = true;   // navigator.onLine, from the shell
  bool server_reached = true;   // the last request got an answer
  std::string open_key;         // the pending booking on screen
  std::vector<RebookChoice> alternatives;  // for open_key once refused
  int alternatives_loading = 0;
  OutboxNotice notice;
  bool operator==(const Outbox&) const = default;
};

// Emitted by the screens and the shell.
struct ConnectionChanged { bool online = true; };
struct OpenPendingBooking { std::string key; };
struct RemovePendingBooking { std::string key; };  // cancel one still waiting, or dismiss a refused one
struct DismissOutboxNotice {};
// One tap on an offered slot: the refused booking's draft at that office, day and slot, sent at once with a
// new key (handled by the app: it spans the booking flow).
struct Rebook {
  std::string key;
  RebookChoice choice;
};

using OutboxIntent = std::variant<ConnectionChanged, OpenPendingBooking, RemovePendingBooking, DismissOutboxNotice>;

ConnectionStatus connection_status(const Outbox& o);
PendingBooking* find_pending(Outbox& o, std::string_view key);
const PendingBooking* find_pending(const Outbox& o, std::string_view key);
// True when a cancel of this booking code waits in the queue.
bool cancel_queued(const Outbox& o, std::string_view code);

// A confirmed booking whose create request got no answer: queued with the same key and body.
// `maybe_applied`: the request may have reached the server (the browser was online).
void queue_booking(Outbox& o, const BookingDraft& draft, const HttpRequest& create, bool maybe_applied,
                   UnixSeconds now);
// A cancel made with no connection: queued ({"code","secret"}), one per booking.
void queue_cancel(Outbox& o, const std::string& code, const std::string& secret, UnixSeconds now);

// Outbox intents; the app routes OpenPendingBooking's navigation and alternatives requests through here.
std::vector<Effect> apply_outbox_intent(Outbox& o, Navigation& nav, const ReferenceState& ref,
                                        const OutboxIntent& intent);

// The next batch to send, when the browser is online and the front of the queue is due.
std::optional<HttpRequest> due_sync(Outbox& o, UnixSeconds now);

// POST /api/sync answered. Creates the server refused become Refused pending bookings (with the notice);
// the answers the rest of the app files (created bookings, cancels) are returned in order.
std::vector<SyncAnswer> apply_outbox_sync_reply(Outbox& o, int status, std::string_view body, UnixSeconds now);
// A pending booking the server confirmed: it leaves the outbox; its cancel, if one was asked meanwhile,
// is queued with the code and secret the server gave. True when the citizen should be told it is booked
// (false when it is being cancelled).
bool pending_confirmed(Outbox& o, const std::string& key, const std::string& code, const std::string& secret,
                       UnixSeconds now);
// A confirmed answer that could not be read: the same request again, after a pause.
void requeue_unreadable(Outbox& o, const std::string& key, UnixSeconds now);
// Refused bookings whose day has passed go, and with them the national ID they hold.
void forget_past_refusals(Outbox& o, UnixSeconds now);

// Availability of the refused booking's section at its office and the nearest others, to offer rebooking.
std::vector<Effect> alternative_requests(Outbox& o, const ReferenceState& ref);
// GET /api/availability answered for those requests; `context` is "key/office".
void apply_alternatives_reply(Outbox& o, const ReferenceState& ref, int status, const std::string& body,
                              const std::string& context);

inline constexpr int kOutboxJsonVersion = 1;
std::string outbox_to_json(const Outbox& o);
// The queue and pending bookings as stored; ops caught sending are pending again. Throws std::invalid_argument.
void outbox_from_json(Outbox& o, std::string_view text);

}  // namespace khiw
