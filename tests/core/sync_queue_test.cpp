// The offline queue's state machine, transition by transition, and a persisted queue replayed after a restart.
#include "core/sync_queue.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace khiw {
namespace {

using nlohmann::json;

constexpr UnixSeconds kNow = 1795400000;

SyncOp create(const std::string& key) {
  return {SyncOpKind::CreateBooking, key, R"({"office_code":"1001","slot":0})", kNow};
}
SyncOp cancel(const std::string& code) {
  return {SyncOpKind::CancelBooking, code, R"({"code":")" + code + R"(","secret":"s"})", kNow};
}

std::string results(const std::vector<std::pair<int, json>>& answers) {
  json list = json::array();
  for (const auto& [status, body] : answers) list.push_back({{"status", status}, {"body", body}});
  return json{{"results", list}}.dump();
}

TEST(SyncQueue, ABatchCarriesThePendingOpsInOrderWithTheirKeys) {
  SyncQueue q;
  enqueue(q, create("key-1"));
  enqueue(q, cancel("ABCD2345"));
  const auto batch = next_sync_batch(q, kNow);
  ASSERT_TRUE(batch);
  EXPECT_EQ(batch->path, "/api/sync");
  EXPECT_EQ(batch->method, "POST");
  const json ops = json::parse(batch->body)["operations"];
  ASSERT_EQ(ops.size(), 2u);
  EXPECT_EQ(ops[0]["op"], "create_booking");
  EXPECT_EQ(ops[0]["idempotency_key"], "key-1");
  EXPECT_EQ(ops[0]["body"]["office_code"], "1001");
  EXPECT_EQ(ops[1]["op"], "cancel_booking");
  EXPECT_FALSE(ops[1].contains("idempotency_key"));
  EXPECT_EQ(q.ops[0].state, SyncOpState::Sending);
  EXPECT_FALSE(next_sync_batch(q, kNow + 100)) << "one batch out at a time";
}

TEST(SyncQueue, FinalAnswersLeaveTheQueueInOrder) {
  SyncQueue q;
  enqueue(q, create("key-1"));
  enqueue(q, create("key-2"));
  next_sync_batch(q, kNow);
  const auto answers = apply_sync_reply(
      q, 200, results({{201, {{"booking", {{"code", "AAAA2222"}}}}}, {409, {{"error", "slot_full"}}}}), kNow + 1);
  ASSERT_EQ(answers.size(), 2u);
  EXPECT_EQ(answers[0].key, "key-1");
  EXPECT_EQ(answers[0].status, 201);
  EXPECT_EQ(json::parse(answers[0].body)["booking"]["code"], "AAAA2222");
  EXPECT_EQ(answers[1].status, 409);
  EXPECT_FALSE(has_pending(q));
}

TEST(SyncQueue, NoAnswerRetriesEveryOpSentAfterAGrowingPause) {
  SyncQueue q;
  enqueue(q, create("key-1"));
  next_sync_batch(q, kNow);
  EXPECT_TRUE(apply_sync_reply(q, 0, "", kNow).empty());
  ASSERT_EQ(q.ops.size(), 1u);
  EXPECT_EQ(q.ops[0].state, SyncOpState::Pending);
  EXPECT_EQ(q.ops[0].failures, 1);
  EXPECT_FALSE(next_sync_batch(q, kNow + 1));
  ASSERT_TRUE(next_sync_batch(q, kNow + 2));
  apply_sync_reply(q, 502, "bad gateway", kNow + 2);
  EXPECT_EQ(q.ops[0].not_before, kNow + 2 + 4);
  next_sync_batch(q, kNow + 6);
  apply_sync_reply(q, 200, "{not json", kNow + 6);  // an unreadable 200 is no answer either
  EXPECT_EQ(q.ops[0].failures, 3);
}

TEST(SyncQueue, ServerErrorsAndRateLimitsOfOneOpAreRetriedTheRestAnswered) {
  SyncQueue q;
  enqueue(q, create("key-1"));
  enqueue(q, create("key-2"));
  enqueue(q, cancel("ABCD2345"));
  next_sync_batch(q, kNow);
  const auto answers = apply_sync_reply(
      q, 200, results({{503, {{"error", "busy"}}}, {201, json::object()}, {429, {{"error", "rate_limited"}}}}), kNow);
  ASSERT_EQ(answers.size(), 1u);
  EXPECT_EQ(answers[0].key, "key-2");
  ASSERT_EQ(q.ops.size(), 2u);
  EXPECT_EQ(q.ops[0].key, "key-1");
  EXPECT_EQ(q.ops[1].key, "ABCD2345");
}

TEST(SyncQueue, FewerResultsThanOpsRetriesTheUnanswered) {
  SyncQueue q;
  enqueue(q, create("key-1"));
  enqueue(q, create("key-2"));
  next_sync_batch(q, kNow);
  EXPECT_EQ(apply_sync_reply(q, 200, results({{201, json::object()}}), kNow).size(), 1u);
  ASSERT_EQ(q.ops.size(), 1u);
  EXPECT_EQ(q.ops[0].key, "key-2");
  EXPECT_EQ(q.ops[0].failures, 1);
}

TEST(SyncQueue, BackoffDoublesUpToFiveMinutes) {
  EXPECT_EQ(sync_backoff_seconds(1), 2);
  EXPECT_EQ(sync_backoff_seconds(2), 4);
  EXPECT_EQ(sync_backoff_seconds(4), 16);
  EXPECT_EQ(sync_backoff_seconds(5), 30);
  EXPECT_EQ(sync_backoff_seconds(9), 30);
  EXPECT_EQ(sync_backoff_seconds(40), 30);
}

TEST(SyncQueue, AtMostFiftyOpsPerBatch) {
  SyncQueue q;
  for (int i = 0; i < 60; ++i) enqueue(q, create("key-" + std::to_string(i)));
  EXPECT_EQ(json::parse(next_sync_batch(q, kNow)->body)["operations"].size(), kMaxSyncBatch);
  std::vector<std::pair<int, json>> fifty(50, {201, json::object()});
  EXPECT_EQ(apply_sync_reply(q, 200, results(fifty), kNow).size(), 50u);
  const json rest = json::parse(next_sync_batch(q, kNow)->body)["operations"];
  ASSERT_EQ(rest.size(), 10u);
  EXPECT_EQ(rest[0]["idempotency_key"], "key-50");
}

TEST(SyncQueue, CancellingAnUnsentCreateJustRemovesIt) {
  SyncQueue q;
  enqueue(q, create("key-1"));
  EXPECT_TRUE(drop_pending_create(q, "key-1"));
  EXPECT_FALSE(has_pending(q));
  enqueue(q, create("key-2"));
  next_sync_batch(q, kNow);
  EXPECT_FALSE(drop_pending_create(q, "key-2")) << "on its way: the server may already hold the seat";
  EXPECT_FALSE(drop_pending_create(q, "key-unknown"));
}

TEST(SyncQueue, APersistedQueueReplaysAfterARestartWithTheSameKeys) {
  SyncQueue q;
  enqueue(q, create("key-1"));
  enqueue(q, cancel("ABCD2345"));
  next_sync_batch(q, kNow);  // the page closed with this batch out
  SyncQueue restored = sync_queue_from_json(sync_queue_to_json(q));
  EXPECT_EQ(restored, q);
  resume_after_restart(restored);
  const auto batch = next_sync_batch(restored, kNow + 60);
  ASSERT_TRUE(batch);
  EXPECT_EQ(json::parse(batch->body)["operations"][0]["idempotency_key"], "key-1");
  EXPECT_THROW(sync_queue_from_json(R"({"version":1,"ops":[{"kind":"teleport"}]})"), std::invalid_argument);
  EXPECT_THROW(sync_queue_from_json("[]"), std::invalid_argument);
}

// An op's body read from the device is JSON only if it holds no NUL: nlohmann's parser stops at one and
// would accept the body with whatever follows it.
TEST(SyncQueue, AStoredBodyWithANulIsRefused) {
  SyncQueue q;
  enqueue(q, create("key-1"));
  json doc = json::parse(sync_queue_to_json(q));
  doc["ops"][0]["body"] = doc["ops"][0]["body"].get<std::string>() + std::string("\0{", 2);
  EXPECT_THROW(sync_queue_from_json(doc.dump()), std::invalid_argument);
}

}  // namespace
}  // namespace khiw
