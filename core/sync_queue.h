// Operations the citizen confirmed while the server could not be reached, kept on the device in order and
// sent through POST /api/sync when it can. A seat is only ever confirmed by the server: an operation
// leaves this queue when the server has answered it for good (done or refused), never otherwise, and a
// create carries its idempotency key every time, so a resend after a lost answer cannot book twice.
//
//   pending ──batch sent──▶ sending ──2xx──▶ done (out, with the answer)
//      ▲                       ├────4xx──▶ refused (out, with the answer)
//      └──no answer, 5xx, 429──┘  (back to pending, tried again after a growing pause)
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bkk_time.h"
#include "core/effects.h"

namespace khiw {

enum class SyncOpKind { CreateBooking, CancelBooking };
enum class SyncOpState { Pending, Sending };

struct SyncOp {
  SyncOpKind kind = SyncOpKind::CreateBooking;
  std::string key;   // create: its Idempotency-Key; cancel: the booking code (one cancel per booking)
  std::string body;  // the single endpoint's JSON body
  UnixSeconds queued_at = 0;
  SyncOpState state = SyncOpState::Pending;
  int failures = 0;             // sends that got no final answer
  UnixSeconds not_before = 0;   // the pause after a failure
  bool maybe_applied = false;   // sent once without an answer: the server may have applied it
  bool operator==(const SyncOp&) const = default;
};

struct SyncQueue {
  std::vector<SyncOp> ops;  // in the order the citizen made them; the server applies them in this order
  bool operator==(const SyncQueue&) const = default;
};

inline constexpr size_t kMaxSyncBatch = 50;         // the server's limit
inline constexpr UnixSeconds kSyncEverySeconds = 30;  // while work is pending
// 2 s after the first failure, doubling up to kSyncEverySeconds.
UnixSeconds sync_backoff_seconds(int failures);

void enqueue(SyncQueue& q, SyncOp op);
// A cancel of a booking the server has not confirmed yet: the queued create goes, nothing is sent.
// False when no pending create has that key, or it is on its way, or it may already have been applied
// (then only the resend can tell, and the booking it returns must be cancelled).
bool drop_pending_create(SyncQueue& q, std::string_view idempotency_key);
bool has_pending(const SyncQueue& q);

// The next batch: the ops from the front of the queue that are due, in order, at most kMaxSyncBatch,
// now marked sending. Nothing while a batch is out or the front op is still pausing (order is kept).
std::optional<HttpRequest> next_sync_batch(SyncQueue& q, UnixSeconds now);

// One operation the server answered for good.
struct SyncAnswer {
  SyncOpKind kind = SyncOpKind::CreateBooking;
  std::string key;
  int status = 0;
  std::string body;
  bool operator==(const SyncAnswer&) const = default;
};
// Applies POST /api/sync's reply to the ops sent: answered ones leave the queue and are returned in order;
// the rest go back to pending with a pause. Without a usable reply every op sent is retried.
std::vector<SyncAnswer> apply_sync_reply(SyncQueue& q, int status, std::string_view body, UnixSeconds now);

// After a restart no batch is out: ops caught sending are pending again (their keys make the resend safe).
void resume_after_restart(SyncQueue& q);

std::string sync_queue_to_json(const SyncQueue& q);
SyncQueue sync_queue_from_json(std::string_view text);  // throws std::invalid_argument

}  // namespace khiw
