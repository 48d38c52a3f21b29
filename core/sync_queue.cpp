#include "core/sync_queue.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/enum_names.h"
#include "core/json_fields.h"

namespace khiw {

namespace {

using json_fields::json;
using json_fields::required;

constexpr std::array<std::string_view, 2> kKindNames = {"create_booking", "cancel_booking"};
constexpr std::array<std::string_view, 2> kStateNames = {"pending", "sending"};
constexpr int kSyncQueueJsonVersion = 1;
constexpr UnixSeconds kFirstPause = 2;
constexpr UnixSeconds kLongestPause = kSyncEverySeconds;  // the "every 30 s while pending"

// A final answer: done, or refused for a reason that will not change by asking again.
bool is_final(int status) {
  return (status >= 200 && status < 300) || (status >= 400 && status < 500 && status != 429);
}

void retry_later(SyncOp& op, UnixSeconds now) {
  op.state = SyncOpState::Pending;
  op.maybe_applied = true;
  ++op.failures;
  op.not_before = now + sync_backoff_seconds(op.failures);
}

template <typename E, size_t N>
E enum_field(const std::array<std::string_view, N>& names, const json& rec, const char* key) {
  const std::string name = required<std::string>(rec, key, "sync op");
  if (auto value = enum_from_name<E>(names, name)) return *value;
  throw std::invalid_argument("sync op: unknown " + std::string(key) + " \"" + name + "\"");
}

}  // namespace

UnixSeconds sync_backoff_seconds(int failures) {
  UnixSeconds pause = kFirstPause;
  for (int i = 1; i < failures && pause < kLongestPause; ++i) pause *= 2;
  return std::min(pause, kLongestPause);
}

void enqueue(SyncQueue& q, SyncOp op) {
  op.state = SyncOpState::Pending;
  q.ops.push_back(std::move(op));
}

bool drop_pending_create(SyncQueue& q, std::string_view idempotency_key) {
  const auto it = std::find_if(q.ops.begin(), q.ops.end(), [&](const SyncOp& op) {
    return op.kind == SyncOpKind::CreateBooking && op.key == idempotency_key && op.state == SyncOpState::Pending &&
           !op.maybe_applied;
  });
  if (it == q.ops.end()) return false;
  q.ops.erase(it);
  return true;
}

bool has_pending(const SyncQueue& q) { return !q.ops.empty(); }

std::optional<HttpRequest> next_sync_batch(SyncQueue& q, UnixSeconds now) {
  if (q.ops.empty() || q.ops.front().state == SyncOpState::Sending || q.ops.front().not_before > now)
    return std::nullopt;
  json operations = json::array();
  for (SyncOp& op : q.ops) {
    if (operations.size() == kMaxSyncBatch) break;
    json entry = {{"op", enum_name(kKindNames, op.kind)}, {"body", json::parse(op.body)}};
    if (op.kind == SyncOpKind::CreateBooking) entry["idempotency_key"] = op.key;
    operations.push_back(std::move(entry));
    op.state = SyncOpState::Sending;
  }
  return http_post(Reply::Sync, "/api/sync", json{{"operations", operations}}.dump());
}

std::vector<SyncAnswer> apply_sync_reply(SyncQueue& q, int status, std::string_view body, UnixSeconds now) {
  std::vector<SyncAnswer> answers;
  json results = json::array();
  if (status == 200) {
    try {
      results = json_fields::required_array(json_fields::parse(body, "sync answer"), "results", "sync answer");
    } catch (const std::invalid_argument&) {
      results = json::array();
    }
  }
  size_t next = 0;  // results follow the ops sent, which are the queue's front
  std::vector<SyncOp> kept;
  for (SyncOp& op : q.ops) {
    if (op.state != SyncOpState::Sending) {
      kept.push_back(std::move(op));
      continue;
    }
    const json* result = next < results.size() ? &results[next++] : nullptr;
    const int op_status = result && result->contains("status")
                              ? json_fields::integer<int>((*result)["status"]).value_or(0)
                              : 0;
    if (is_final(op_status)) {
      const auto b = result->find("body");
      answers.push_back({op.kind, op.key, op_status, b == result->end() ? "" : b->dump()});
      continue;
    }
    retry_later(op, now);
    kept.push_back(std::move(op));
  }
  q.ops = std::move(kept);
  return answers;
}

void resume_after_restart(SyncQueue& q) {
  for (SyncOp& op : q.ops) op.state = SyncOpState::Pending;
}

std::string sync_queue_to_json(const SyncQueue& q) {
  json ops = json::array();
  for (const SyncOp& op : q.ops)
    ops.push_back({{"kind", enum_name(kKindNames, op.kind)},
                   {"key", op.key},
                   {"body", op.body},
                   {"queued_at", op.queued_at},
                   {"state", enum_name(kStateNames, op.state)},
                   {"failures", op.failures},
                   {"not_before", op.not_before},
                   {"maybe_applied", op.maybe_applied}});
  return json{{"version", kSyncQueueJsonVersion}, {"ops", ops}}.dump();
}

SyncQueue sync_queue_from_json(std::string_view text) {
  const json doc = json_fields::parse_versioned(text, "sync queue", kSyncQueueJsonVersion);
  SyncQueue q;
  for (const json& rec : json_fields::required_array(doc, "ops", "sync queue")) {
    SyncOp op;
    op.kind = enum_field<SyncOpKind>(kKindNames, rec, "kind");
    op.key = required<std::string>(rec, "key", "sync op");
    op.body = required<std::string>(rec, "body", "sync op");
    if (!json_fields::is_json_text(op.body)) throw std::invalid_argument("sync op: body is not JSON");
    op.queued_at = required<UnixSeconds>(rec, "queued_at", "sync op");
    op.state = enum_field<SyncOpState>(kStateNames, rec, "state");
    op.failures = required<int>(rec, "failures", "sync op");
    op.not_before = required<UnixSeconds>(rec, "not_before", "sync op");
    op.maybe_applied = required<bool>(rec, "maybe_applied", "sync op");
    q.ops.push_back(std::move(op));
  }
  return q;
}

}  // namespace khiw
