// Citizen bookings: create with Idempotency-Key, code + secret, signed QR without personal data,
// lookup, cancel, the per-citizen rule and the batch sync endpoint.
#include "core/booking_draft.h"
#include "tests/core/reference_data.h"
#include "tests/server/api_helpers.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

using BookingsTest = ServerTest;

TEST_F(BookingsTest, CreateReturnsCodeSecretAndQrWithoutPersonalData) {
  auto cli = client();
  const std::string id = national_id(1001);
  auto res = create_booking(cli, booking_body(bookable_date(cli), 0, id), "create-1");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 201) << res->body;
  const json body = json::parse(res->body);
  EXPECT_EQ(body["booking"]["state"], "confirmed");
  EXPECT_EQ(body["booking"]["id_last4"], id.substr(9));
  EXPECT_EQ(body["booking"]["code"].get<std::string>().size(), 8u);
  EXPECT_FALSE(body["secret"].get<std::string>().empty());
  const std::string qr = body["qr"];
  EXPECT_TRUE(qr.starts_with("KHIW1." + body["booking"]["code"].get<std::string>() + ".1001."));
  EXPECT_EQ(qr.find(id), std::string::npos);
  EXPECT_EQ(qr.find(id.substr(9)), std::string::npos);
  EXPECT_EQ(res->body.find(id), std::string::npos);  // the full ID never comes back
}

TEST_F(BookingsTest, RetryWithSameKeyReturnsFirstResultAndReuseIsRefused) {
  auto cli = client();
  const json body = booking_body(bookable_date(cli), 1, national_id(1002));
  auto first = create_booking(cli, body, "retry-1");
  auto again = create_booking(cli, body, "retry-1");
  ASSERT_TRUE(first && again);
  ASSERT_EQ(first->status, 201);
  EXPECT_EQ(again->status, 201);
  EXPECT_EQ(json::parse(again->body), json::parse(first->body));

  json same_citizen = body;  // another slot, same citizen, service and day: refused, and so on retry
  same_citizen["slot"] = 3;
  auto refused = create_booking(cli, same_citizen, "retry-2");
  auto refused_again = create_booking(cli, same_citizen, "retry-2");
  ASSERT_TRUE(refused && refused_again);
  EXPECT_EQ(json::parse(refused->body)["error"], "duplicate_booking");
  EXPECT_EQ(refused_again->status, refused->status);
  EXPECT_EQ(refused_again->body, refused->body);

  json other = body;
  other["slot"] = 2;
  auto reused = create_booking(cli, other, "retry-1");
  ASSERT_TRUE(reused);
  EXPECT_EQ(reused->status, 422);
  EXPECT_EQ(json::parse(reused->body)["error"], "idempotency_key_reused");

  auto missing = post_json(cli, "/api/bookings", body);
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 400);
  EXPECT_EQ(json::parse(missing->body)["error"], "idempotency_key_required");
}

// Found by validation_fuzz: the app's body for a draft its details screen accepts, with separators and
// padding as a citizen may type them, is read by the server and booked (not refused as bad_json).
TEST_F(BookingsTest, FuzzRegressionAPaddedButValidDraftIsBooked) {
  auto cli = client();
  BookingDraft d;
  d.office_code = "1040";
  d.section_id = "registration";
  d.service_id = "house_reg_copy";
  d.date = parse_iso_date(bookable_date(cli));
  d.slot = 4;
  for (char digit : national_id(1099)) d.national_id += std::string{digit, ' ', '-', ' '};
  d.mobile = "0 8 1 - 2 3 4 - 5 6 7 8";
  d.laser_code = "JC1 - 1234567 - 89 - - - - - - - -";
  d.pickup_date = d.date;
  std::string padding;
  for (int i = 0; i < 130; ++i) padding += "\u3000";
  d.name = padding + "สมชาย ใจดี";
  const std::string body = booking_request_json(draft_request(reference_catalog(), d));
  auto res = cli.Post("/api/bookings", {{"Idempotency-Key", "padded-1"}}, body, "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 201) << res->body;
}

TEST_F(BookingsTest, LookupAndCancelNeedTheSecret) {
  auto cli = client();
  const std::string date = bookable_date(cli);
  auto created = create_booking(cli, booking_body(date, 2, national_id(1003)), "cancel-1");
  ASSERT_TRUE(created);
  ASSERT_EQ(created->status, 201);
  const json b = json::parse(created->body);
  const std::string code = b["booking"]["code"], secret = b["secret"];

  auto wrong = post_json(cli, "/api/bookings/lookup", {{"code", code}, {"secret", "0000"}});
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 404);
  auto found = post_json(cli, "/api/bookings/lookup", {{"code", code}, {"secret", secret}});
  ASSERT_TRUE(found);
  EXPECT_EQ(found->status, 200);
  EXPECT_EQ(json::parse(found->body)["booking"]["code"], code);

  auto refused = post_json(cli, "/api/bookings/cancel", {{"code", code}, {"secret", "0000"}});
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 404);
  auto cancelled = post_json(cli, "/api/bookings/cancel", {{"code", code}, {"secret", secret}});
  ASSERT_TRUE(cancelled);
  EXPECT_EQ(cancelled->status, 200);
  EXPECT_EQ(json::parse(cancelled->body)["booking"]["state"], "cancelled");
  auto twice = post_json(cli, "/api/bookings/cancel", {{"code", code}, {"secret", secret}});
  ASSERT_TRUE(twice);
  EXPECT_EQ(twice->status, 409);
  EXPECT_EQ(json::parse(twice->body)["error"], "illegal_transition");

  // The cancelled booking no longer counts against the citizen: the same service that day again.
  auto rebooked = create_booking(cli, booking_body(date, 3, national_id(1003)), "cancel-2");
  ASSERT_TRUE(rebooked);
  EXPECT_EQ(rebooked->status, 201) << rebooked->body;
}

TEST_F(BookingsTest, OneBookingPerCitizenServiceAndDay) {
  auto cli = client();
  const std::string date = bookable_date(cli, 1);
  ASSERT_EQ(create_booking(cli, booking_body(date, 0, national_id(1004)), "dup-1")->status, 201);
  auto dup = create_booking(cli, booking_body(date, 4, national_id(1004)), "dup-2");
  ASSERT_TRUE(dup);
  EXPECT_EQ(dup->status, 409);
  EXPECT_EQ(json::parse(dup->body)["error"], "duplicate_booking");
  // Another service the same day is fine.
  EXPECT_EQ(create_booking(cli, booking_body(date, 4, national_id(1004), "1001", "idcard_lost"), "dup-3")->status,
            201);
}

TEST_F(BookingsTest, AvailabilityCountsActiveBookings) {
  auto cli = client();
  const std::string date = bookable_date(cli, 2);
  ASSERT_EQ(create_booking(cli, booking_body(date, 5, national_id(1005)), "avail-1")->status, 201);
  const json a = json::parse(cli.Get("/api/availability?office=1001&section=registration")->body);
  EXPECT_EQ(a["capacity"], 5);
  EXPECT_EQ(a["dates"][2]["date"], date);
  EXPECT_EQ(a["dates"][2]["slots"][5]["remaining"], 4);
  EXPECT_EQ(a["dates"][2]["slots"][4]["remaining"], 5);
}

TEST_F(BookingsTest, SyncAppliesOperationsInOrderWithOneResultEach) {
  auto cli = client();
  const std::string date = bookable_date(cli, 3);
  const json create = {{"op", "create_booking"},
                       {"idempotency_key", "sync-1"},
                       {"body", booking_body(date, 0, national_id(1006))}};
  const json duplicate = {{"op", "create_booking"},
                          {"idempotency_key", "sync-2"},
                          {"body", booking_body(date, 1, national_id(1006))}};
  const json unknown = {{"op", "teleport"}, {"body", json::object()}};
  auto res = post_json(cli, "/api/sync", {{"operations", {create, duplicate, create, unknown}}});
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  const json results = json::parse(res->body)["results"];
  ASSERT_EQ(results.size(), 4u);
  EXPECT_EQ(results[0]["status"], 201);
  EXPECT_EQ(results[1]["status"], 409);
  EXPECT_EQ(results[1]["body"]["error"], "duplicate_booking");
  EXPECT_EQ(results[2], results[0]);  // replayed by its Idempotency-Key
  EXPECT_EQ(results[3]["status"], 400);

  const json b = results[0]["body"];
  const json cancel = {{"op", "cancel_booking"}, {"body", {{"code", b["booking"]["code"]}, {"secret", b["secret"]}}}};
  auto cancelled = post_json(cli, "/api/sync", {{"operations", {cancel}}});
  ASSERT_TRUE(cancelled);
  EXPECT_EQ(json::parse(cancelled->body)["results"][0]["body"]["booking"]["state"], "cancelled");
}

TEST_F(BookingsTest, NationalIdNeverReachesTheDatabaseFilesOrLogs) {
  auto cli = client();
  const std::string id = national_id(1007);
  ASSERT_EQ(create_booking(cli, booking_body(bookable_date(cli), 3, id), "pdpa-1")->status, 201);
  const auto db = dir() / "var" / "khiw.sqlite";
  // Raw bytes of the database, its write-ahead log and the server's log: no trace of the full ID.
  for (const auto& file : {db, std::filesystem::path(db.string() + "-wal"), dir() / "server.stderr"})
    EXPECT_EQ(file_bytes(file).find(id), std::string::npos) << file;
  EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM bookings WHERE length(citizen_key) = 64"),
            query_int(db, "SELECT COUNT(*) FROM bookings"));
}

}  // namespace
}  // namespace khiw::testing
