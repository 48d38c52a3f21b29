// Property: a server that stores what decide_booking accepts and counts active bookings as the rules
// describe never exceeds a slot's capacity or a citizen's one booking per service per day, whatever the
// sequence of requests, cancellations and no-shows.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <tuple>

#include "core/booking.h"
#include "core/lifecycle.h"
#include "tests/core/reference_data.h"

namespace khiw {
namespace {

using testing::at_23_nov;

const std::vector<std::string> kIds = {"3100600445635", "1101700207030", "1112034563562", "1234545678781"};
const std::vector<std::string> kServices = {"birth", "death", "marriage", "house_reg_copy"};

TEST(BookingProperty, RandomRequestsNeverExceedCapacityOrDuplicate) {
  const RulesConfig config;
  const BookingRules rules{config, testing::reference_calendar(), testing::reference_catalog(),
                           testing::reference_offices()};
  std::mt19937 rng(42);
  const Date dates[] = {{2026, 11, 24}, {2026, 11, 25}, {2026, 12, 7}, {2026, 12, 9}};
  int accepted = 0, refused_full = 0, refused_duplicate = 0;
  for (int run = 0; run < 40; ++run) {
    std::vector<Booking> store;
    for (int step = 0; step < 400; ++step) {
      const UnixSeconds now = at_23_nov(9) + step;
      if (!store.empty() && rng() % 4 == 0) {  // the citizen cancels
        Booking& b = store[rng() % store.size()];
        if (auto t = apply_action(config, b, BookingAction::Cancel, Actor::Citizen, now)) b = t->booking;
        continue;
      }
      BookingRequest r;
      r.office_code = "1040";
      r.section_id = "registration";
      r.service_id = kServices[rng() % kServices.size()];
      r.date = dates[rng() % 4];
      r.slot = static_cast<int>(rng() % 7);  // 6 is not a slot
      r.national_id = kIds[rng() % kIds.size()];
      r.name = "ทดสอบ";
      r.mobile = find_service(testing::reference_catalog(), r.service_id)->needs_mobile() ? "0812345678" : "";
      r.pre_service = PreServiceRequest{"JC1123456789", 1, r.date};
      const std::string key = "h" + r.national_id;  // stands in for the server's keyed hash
      SlotOccupancy occ;
      for (const Booking& b : store) {
        if (!is_active(b.state) || b.date != r.date) continue;
        occ.active_in_slot += b.slot == r.slot;
        occ.citizen_active_same_service_day += b.citizen_key == key && b.service_id == r.service_id;
      }
      const auto d = decide_booking(rules, now, r, occ, "bk-" + std::to_string(step), key);
      if (d) {
        store.push_back(d.value());
        ++accepted;
      } else {
        refused_full += d.error() == ErrorCode::SlotFull;
        refused_duplicate += d.error() == ErrorCode::DuplicateBooking;
      }
      std::map<std::pair<std::int64_t, int>, int> per_slot;
      std::map<std::tuple<std::int64_t, std::string, std::string>, int> per_citizen;
      for (const Booking& b : store) {
        if (!is_active(b.state)) continue;
        const int in_slot = ++per_slot[{days_since_epoch(b.date), b.slot}];
        const int same_service = ++per_citizen[{days_since_epoch(b.date), b.citizen_key, b.service_id}];
        ASSERT_LE(in_slot, config.capacity_per_slot);
        ASSERT_LE(same_service, 1);
        ASSERT_NE(b.date, (Date{2026, 12, 7}));  // holiday
        ASSERT_NE(b.date, (Date{2026, 12, 9}));  // 11th working day
      }
    }
  }
  // The run exercised every outcome (otherwise the property above proves little).
  EXPECT_GT(accepted, 100);
  EXPECT_GT(refused_full, 0);
  EXPECT_GT(refused_duplicate, 0);
}

}  // namespace
}  // namespace khiw
