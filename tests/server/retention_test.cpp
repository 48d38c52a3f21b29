// Retention on the test clock: 30 days after the appointment day a finished booking loses its personal
// data, on disk too; stored API answers go after sixteen days.
#include <ctime>

#include "tests/server/api_helpers.h"
#include "tests/server/server_fixture.h"

namespace khiw::testing {
namespace {

using RetentionTest = TestClockServerTest;

TEST_F(RetentionTest, PersonalDataIsErasedThirtyDaysAfterTheAppointment) {
  auto cli = client();
  const std::string date = bookable_date(cli);
  const std::string name = "ประยุทธ์ ทดสอบลบ";
  json body = booking_body(date, 1, national_id(70001));
  body["name"] = name;
  const UnixSeconds asked_at = std::time(nullptr);
  auto created = create_booking(cli, body, "retention-1");
  ASSERT_EQ(created->status, 201) << created->body;
  const json booking = json::parse(created->body);
  const auto db = dir() / "var" / "khiw.sqlite";
  const auto wal = std::filesystem::path(db.string() + "-wal");

  // Sixteen days later (as long as an offline phone may resend it) the replayable answer is gone; the
  // booking still has its citizen.
  const json next_day = set_clock(server(), asked_at + 16 * 24 * 3600 + 60);
  EXPECT_EQ(next_day["answers_purged"], 1);
  EXPECT_EQ(next_day["bookings_erased"], 0);
  EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM idempotency"), 0);

  const UnixSeconds appointment_noon = bkk_instant(*parse_iso_date(date), 12 * 60);
  EXPECT_EQ(set_clock(server(), appointment_noon + 30 * 24 * 3600)["bookings_erased"], 0);  // day 30: kept
  const json erased = set_clock(server(), appointment_noon + 31 * 24 * 3600);             // day 31
  EXPECT_EQ(erased["bookings_erased"], 1);

  auto looked_up = post_json(cli, "/api/bookings/lookup",
                             {{"code", booking["booking"]["code"]}, {"secret", booking["secret"]}});
  ASSERT_EQ(looked_up->status, 200) << looked_up->body;
  const json kept = json::parse(looked_up->body)["booking"];
  EXPECT_EQ(kept["state"], "no_show");  // statistics keep the outcome...
  EXPECT_EQ(kept["date"], date);
  EXPECT_EQ(kept["name"], "");          // ...but not the person
  EXPECT_EQ(kept["id_last4"], "");
  EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM bookings WHERE citizen_key != ''"), 0);
  for (const auto& file : {db, wal}) EXPECT_EQ(file_bytes(file).find(name), std::string::npos) << file;
  EXPECT_EQ(query_int(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'retention' AND actor = 'system'"), 2);
}

}  // namespace
}  // namespace khiw::testing
