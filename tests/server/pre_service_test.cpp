// Pre-service requests end to end: booked at 1001 for pickup at 1002, prepared, approved and handed
// over by the right offices only, with idempotent actions, audit rows free of personal data, the
// office lists and the citizen's own view of the progress.
#include "tests/server/api_helpers.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

constexpr const char* kLaser = "JC1-1234567-89";
constexpr const char* kLaserStored = "JC1123456789";
constexpr const char* kName = "สมหญิง รับสำเนา";

// Staff of a third office too, to be refused.
ServerConfig three_offices(const std::filesystem::path& dir) {
  ServerConfig config = default_config(dir);
  config.extra_args = {"--demo-staff", "1001,1002,1003"};
  return config;
}

// Every text column of the audit rows of pre-service actions.
std::vector<std::vector<std::string>> pre_service_audit_rows(const std::filesystem::path& db_path) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db,
                     "SELECT actor, actor_id, client, action, subject, detail, office_code FROM audit_log "
                     "WHERE action LIKE 'pre_service_%' ORDER BY seq",
                     -1, &stmt, nullptr);
  std::vector<std::vector<std::string>> rows;
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int i = 0; i < 7; ++i) {
      const auto* text = sqlite3_column_text(stmt, i);
      row.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
    }
    rows.push_back(std::move(row));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return rows;
}

class PreServiceTest : public ServerTest {
 protected:
  static void SetUpTestSuite() { start(three_offices); }

  void SetUp() override {
    token1001_ = staff_token(server(), "staff1001");
    token1002_ = staff_token(server(), "staff1002");
  }

  // A certified-copy request booked at 1001 by citizen n, picked up at `pickup` (default: not sent).
  json book(int n, const std::string& pickup = "", int slot = 0) {
    auto cli = client();
    json body = booking_body(bookable_date(cli), slot, national_id(n), "1001", "house_reg_copy");
    body["name"] = kName;
    body["mobile"] = "0812345678";
    body["pre_service"] = {{"laser_code", kLaser}, {"copies", 2}, {"pickup_date", bookable_date(cli)}};
    if (!pickup.empty()) body["pre_service"]["pickup_office"] = pickup;
    return ok(create_booking(cli, body, "book-" + std::to_string(n)), 201);
  }

  httplib::Result act(const std::string& office, const std::string& code, const std::string& action,
                      const json& body, const std::string& token, const std::string& key) {
    auto cli = client();
    return staff_post(cli, "/api/counter/" + office + "/pre-service/" + code + "/" + action, body, token, key);
  }

  json list(const std::string& office, const std::string& token, const std::string& query = "") {
    auto cli = client();
    return ok(cli.Get(("/api/counter/" + office + "/pre-service" + query).c_str(), bearer(token)));
  }

  // The item of `code` in a list answer, or null.
  static json item_of(const json& answer, const std::string& code) {
    for (const json& item : answer["requests"])
      if (item["code"] == code) return item;
    return nullptr;
  }

  static std::filesystem::path db_file() { return dir() / "var" / "khiw.sqlite"; }

  std::string token1001_;
  std::string token1002_;
};

TEST_F(PreServiceTest, PreparedAtTheBookingsOfficeAndHandedOverAtThePickupOffice) {
  const json created = book(1, "1002");
  const std::string code = created["booking"]["code"];
  EXPECT_EQ(created["booking"]["pre_service"]["pickup_office"], "1002");
  EXPECT_EQ(created["booking"]["pre_service"]["state"], "pending");
  EXPECT_EQ(created.dump().find(kLaserStored), std::string::npos);

  const json prepared_list = item_of(list("1001", token1001_), code);
  ASSERT_FALSE(prepared_list.is_null());
  EXPECT_EQ(prepared_list["role"], "prepare");
  EXPECT_EQ(prepared_list["state"], "pending");
  EXPECT_EQ(prepared_list["id_last4"], national_id(1).substr(9));
  // The pickup office learns of the request only once there are copies to hand over.
  EXPECT_TRUE(item_of(list("1002", token1002_, "?status=all"), code).is_null());
  const std::string token1003 = staff_token(server(), "staff1003");
  EXPECT_TRUE(item_of(list("1003", token1003), code).is_null());
  auto cli = client();
  auto other = cli.Get("/api/counter/1001/pre-service", bearer(token1003));
  EXPECT_EQ(other->status, 403);
  EXPECT_EQ(error_of(other), "forbidden_office");
  EXPECT_EQ(act("1003", code, "prepare", json::object(), token1003, "p3")->status, 404);

  // The pickup office cannot prepare; the preparing office cannot hand over.
  auto wrong = act("1002", code, "prepare", json::object(), token1002_, "w1");
  EXPECT_EQ(wrong->status, 403);
  EXPECT_EQ(error_of(wrong), "not_preparing_office");
  EXPECT_EQ(error_of(act("1001", code, "pickup", {{"national_id", national_id(1)}, {"laser_code", kLaser}},
                         token1001_, "w2")),
            "not_pickup_office");
  EXPECT_EQ(act("1001", code, "pickup", {{"national_id", national_id(1)}, {"laser_code", kLaser}}, token1001_, "w3")
                ->status,
            403);
  auto early = act("1001", code, "approve", {{"fee_satang", 4000}}, token1001_, "early");
  EXPECT_EQ(early->status, 409);
  EXPECT_EQ(error_of(early), "illegal_transition");

  EXPECT_EQ(ok(act("1001", code, "prepare", json::object(), token1001_, "p1"))["state"], "prepared");
  auto bad_fee = act("1001", code, "approve", {{"fee_satang", 100001}}, token1001_, "f0");
  EXPECT_EQ(bad_fee->status, 422);
  EXPECT_EQ(error_of(bad_fee), "invalid_fee");
  // 2^64 - 1 is no fee at all, not -1 satang by wrapping into a signed integer.
  auto wrapped_fee = act("1001", code, "approve", {{"fee_satang", UINT64_MAX}}, token1001_, "f1");
  EXPECT_EQ(wrapped_fee->status, 400);
  EXPECT_EQ(error_of(wrapped_fee), "bad_json");
  const json approved = ok(act("1001", code, "approve", {{"fee_satang", 4000}}, token1001_, "a1"));
  EXPECT_EQ(approved["state"], "approved");
  EXPECT_EQ(approved["fee_satang"], 4000);
  EXPECT_EQ(approved["by"], "staff1001");
  EXPECT_EQ(approved["role"], "prepare");
  EXPECT_EQ(item_of(list("1002", token1002_), code)["role"], "pickup");

  // Pickup at 1002 with the wrong ID, then the wrong laser code: refused, audited, still approved.
  auto wrong_id = act("1002", code, "pickup", {{"national_id", national_id(2)}, {"laser_code", kLaser}},
                      token1002_, "k1");
  EXPECT_EQ(wrong_id->status, 422);
  EXPECT_EQ(error_of(wrong_id), "id_mismatch");
  auto wrong_laser = act("1002", code, "pickup", {{"national_id", national_id(1)}, {"laser_code", "JC1-1234567-88"}},
                         token1002_, "k2");
  EXPECT_EQ(wrong_laser->status, 422);
  EXPECT_EQ(error_of(wrong_laser), "laser_mismatch");
  EXPECT_EQ(item_of(list("1002", token1002_), code)["state"], "approved");

  const json typed_loosely = {{"national_id", national_id(1)}, {"laser_code", "jc1 1234567 89"}};
  const json picked = ok(act("1002", code, "pickup", typed_loosely, token1002_, "k3"));
  EXPECT_EQ(picked["state"], "picked_up");
  EXPECT_EQ(picked["by"], "staff1002");
  EXPECT_EQ(picked["role"], "pickup");
  EXPECT_EQ(picked["fee_satang"], 4000);
  EXPECT_TRUE(item_of(list("1002", token1002_), code).is_null());  // no longer open
  EXPECT_EQ(item_of(list("1002", token1002_, "?status=picked_up"), code)["state"], "picked_up");

  // The citizen's own read shows the progress and where to pick up.
  const json lookup = ok(post_json(cli, "/api/bookings/lookup", {{"code", code}, {"secret", created["secret"]}}));
  const json progress = lookup["booking"]["pre_service"];
  EXPECT_EQ(progress["state"], "picked_up");
  EXPECT_EQ(progress["fee_satang"], 4000);
  EXPECT_EQ(progress["pickup_office"], "1002");
  EXPECT_TRUE(progress["reason"].is_null());
  EXPECT_FALSE(progress.contains("laser_code"));
  EXPECT_FALSE(progress.contains("by"));

  // Audit: every action with the staff username and office, two refused pickups, nothing personal.
  const auto rows = pre_service_audit_rows(db_file());
  std::vector<std::string> actions;
  for (const auto& row : rows) {
    if (row[4] != code) continue;
    actions.push_back(row[3] + ":" + row[1] + ":" + row[6]);
    for (const std::string& field : row) {
      EXPECT_EQ(field.find(national_id(1)), std::string::npos) << field;
      EXPECT_EQ(field.find(national_id(2)), std::string::npos) << field;
      EXPECT_EQ(field.find(national_id(1).substr(0, 9)), std::string::npos) << field;
      EXPECT_EQ(field.find(kLaserStored), std::string::npos) << field;
      EXPECT_EQ(field.find("1234567"), std::string::npos) << field;
      EXPECT_EQ(field.find("สมหญิง"), std::string::npos) << field;
    }
  }
  EXPECT_EQ(actions, (std::vector<std::string>{"pre_service_prepare:staff1001:1001",
                                               "pre_service_approve:staff1001:1001",
                                               "pre_service_pickup:staff1002:1002",
                                               "pre_service_pickup:staff1002:1002",
                                               "pre_service_pickup:staff1002:1002"}));
  EXPECT_EQ(query_int(db_file(), "SELECT COUNT(*) FROM audit_log WHERE action = 'pre_service_pickup' AND subject = '" +
                                      code + "' AND detail LIKE '%mismatch%'"),
            2);
}

TEST_F(PreServiceTest, PickupOfficeDefaultsToTheBookingsAndMustBeADistrictOffice) {
  const json here = book(3);
  EXPECT_EQ(here["booking"]["pre_service"]["pickup_office"], "1001");
  EXPECT_EQ(item_of(list("1001", token1001_), here["booking"]["code"])["role"], "both");
  auto cli = client();
  json body = booking_body(bookable_date(cli), 1, national_id(4), "1001", "house_reg_copy");
  body["mobile"] = "0812345678";
  body["pre_service"] = {{"laser_code", kLaser}, {"copies", 1}, {"pickup_date", bookable_date(cli)},
                         {"pickup_office", "9999"}};
  auto refused = create_booking(cli, body, "bad-pickup");
  EXPECT_EQ(refused->status, 422);
  EXPECT_EQ(error_of(refused), "invalid_pickup_office");
}

TEST_F(PreServiceTest, RejectWithAThaiReasonAndReplaysChangeNothing) {
  const std::string code = book(5, "1002", 2)["booking"]["code"];
  std::string thai200;
  for (int i = 0; i < 200; ++i) thai200 += "ท";
  EXPECT_EQ(error_of(act("1001", code, "reject", {{"reason", thai200 + "ท"}}, token1001_, "r0")), "invalid_reason");
  const std::string reason = "ไม่พบทะเบียนบ้านตามเลขที่ขอ";
  const json rejected = ok(act("1001", code, "reject", {{"reason", " " + reason + " "}}, token1001_, "r1"));
  EXPECT_EQ(rejected["state"], "rejected");
  EXPECT_EQ(rejected["reason"], reason);
  EXPECT_TRUE(rejected["fee_satang"].is_null());
  const json replay = ok(act("1001", code, "reject", {{"reason", " " + reason + " "}}, token1001_, "r1"));
  EXPECT_EQ(replay, rejected);
  auto reused = act("1001", code, "reject", {{"reason", "อื่น"}}, token1001_, "r1");
  EXPECT_EQ(reused->status, 422);
  EXPECT_EQ(error_of(reused), "idempotency_key_reused");
  EXPECT_EQ(query_int(db_file(), "SELECT COUNT(*) FROM audit_log WHERE action = 'pre_service_reject' AND "
                                 "subject = '" + code + "'"),
            1);
  EXPECT_EQ(item_of(list("1001", token1001_, "?status=rejected"), code)["reason"], reason);
  EXPECT_TRUE(item_of(list("1001", token1001_), code).is_null());
  EXPECT_FALSE(item_of(list("1001", token1001_, "?status=all"), code).is_null());
  EXPECT_TRUE(item_of(list("1002", token1002_, "?status=all"), code).is_null());  // nothing to hand over
  EXPECT_EQ(error_of(act("1001", code, "prepare", json::object(), token1001_, "r2")), "illegal_transition");
}

TEST_F(PreServiceTest, EveryActionIsReplaySafe) {
  const std::string code = book(6, "1002", 3)["booking"]["code"];
  const json pickup = {{"national_id", national_id(6)}, {"laser_code", kLaser}};
  struct Step {
    std::string office, action;
    json body;
    std::string token;
    std::string other_action;  // under the same key: another action or body
    json other_body;
  };
  const Step steps[] = {
      {"1001", "prepare", json::object(), token1001_, "reject", {{"reason", "ไม่พบ"}}},
      {"1001", "approve", {{"fee_satang", 0}}, token1001_, "approve", {{"fee_satang", 100}}},
      {"1002", "pickup", pickup, token1002_, "pickup", {{"national_id", national_id(7)}, {"laser_code", kLaser}}}};
  for (const Step& step : steps) {
    const std::string key = "replay-" + step.action;
    const json first = ok(act(step.office, code, step.action, step.body, step.token, key));
    EXPECT_EQ(ok(act(step.office, code, step.action, step.body, step.token, key)), first) << step.action;
    EXPECT_EQ(error_of(act(step.office, code, step.other_action, step.other_body, step.token, key)),
              "idempotency_key_reused")
        << step.action;
    EXPECT_EQ(query_int(db_file(), "SELECT COUNT(*) FROM audit_log WHERE action = 'pre_service_" + step.action +
                                       "' AND subject = '" + code + "'"),
              1)
        << step.action;
  }
  EXPECT_EQ(ok(act("1002", code, "pickup", pickup, token1002_, "replay-pickup"))["fee_satang"], 0);
}

TEST_F(PreServiceTest, MalformedRequestsAreRefusedWithAReason) {
  const std::string code = book(8, "1002", 4)["booking"]["code"];
  auto cli = client();
  auto bad_status = cli.Get("/api/counter/1001/pre-service?status=open", bearer(token1001_));
  EXPECT_EQ(bad_status->status, 400);
  EXPECT_EQ(error_of(bad_status), "bad_json");
  for (const auto& [action, body] : std::vector<std::pair<std::string, json>>{
           {"prepare", {{"fee_satang", 1}}},
           {"approve", json::object()},
           {"approve", {{"fee_satang", 40.5}}},
           {"approve", {{"fee_satang", "40"}}},
           {"reject", json::object()},
           {"reject", {{"reason", 7}}},
           {"pickup", {{"national_id", national_id(8)}}},
           {"pickup", {{"laser_code", kLaser}, {"national_id", 1}}}}) {
    auto res = act("1001", code, action, body, token1001_, "m-" + action + std::to_string(body.size()));
    EXPECT_EQ(res->status, 400) << action << " " << body;
    EXPECT_EQ(error_of(res), "bad_json") << action << " " << body;
  }
  auto no_key = act("1001", code, "prepare", json::object(), token1001_, "");
  EXPECT_EQ(no_key->status, 400) << no_key->body;
  EXPECT_EQ(error_of(no_key), "idempotency_key_required");
  EXPECT_EQ(act("1001", "NOSUCH00", "prepare", json::object(), token1001_, "m-unknown")->status, 404);
  EXPECT_EQ(item_of(list("1001", token1001_), code)["state"], "pending");
}

TEST_F(PreServiceTest, ACancelledBookingsRequestLeavesTheListsAndTakesNoAction) {
  const json created = book(9, "1002", 5);
  const std::string code = created["booking"]["code"];
  auto cli = client();
  ok(post_json(cli, "/api/bookings/cancel", {{"code", code}, {"secret", created["secret"]}}));
  EXPECT_TRUE(item_of(list("1001", token1001_, "?status=all"), code).is_null());
  auto refused = act("1001", code, "prepare", json::object(), token1001_, "c1");
  EXPECT_EQ(refused->status, 409);
  EXPECT_EQ(error_of(refused), "booking_cancelled");
}

}  // namespace
}  // namespace khiw::testing
