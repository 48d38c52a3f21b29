#include "core/labels.h"

#include <gtest/gtest.h>

#include <set>

namespace khiw {
namespace {

// Every value of each enum has a distinct, non-empty label in both languages; a missing row fails
// (a row left out stays empty; an enum value past the end of a table throws).
template <typename E, typename F>
void expect_complete(int count, F label) {
  for (Lang lang : {Lang::Th, Lang::En}) {
    std::set<std::string_view> seen;
    for (int i = 0; i < count; ++i) {
      const std::string_view text = label(static_cast<E>(i), lang);
      EXPECT_FALSE(text.empty()) << i;
      EXPECT_TRUE(seen.insert(text).second) << "duplicate label " << text;
    }
  }
  for (int i = 0; i < count; ++i)
    EXPECT_NE(label(static_cast<E>(i), Lang::Th), label(static_cast<E>(i), Lang::En)) << i;
}

TEST(Labels, EveryStateAndKindInBothLanguages) {
  expect_complete<BookingState>(static_cast<int>(BookingState::NoShow) + 1, booking_state_label);
  expect_complete<TicketState>(static_cast<int>(TicketState::Transferred) + 1, ticket_state_label);
  expect_complete<TicketKind>(static_cast<int>(TicketKind::RemoteWalkIn) + 1, ticket_kind_label);
  EXPECT_EQ(booking_state_label(BookingState::Confirmed, Lang::Th), "ยืนยันแล้ว");
}

TEST(Labels, SlotLabels) {
  const RulesConfig config;
  EXPECT_EQ(slot_label(config, 0), "08:00\u201309:00");
  EXPECT_EQ(slot_label(config, 4), "13:00\u201314:00");
  EXPECT_THROW(slot_label(config, 6), std::out_of_range);
}

}  // namespace
}  // namespace khiw
