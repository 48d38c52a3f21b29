// The walk-in ticket's QR payload reader: only the exact shape ticket_qr writes is a ticket.
#include <gtest/gtest.h>

#include "server-stub/ticket_view.h"

namespace khiw::server {
namespace {

TEST(TicketPayload, ReadsTheFourFieldsTicketQrWrites) {
  const std::optional<TicketPayload> t = parse_ticket_payload("W001.1040.registration.2026-11-23");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->number, "W001");
  EXPECT_EQ(t->office_code, "1040");
  EXPECT_EQ(t->section_id, "registration");
  EXPECT_EQ(t->day, (Date{2026, 11, 23}));
}

// Found by qr_fuzz: a trailing dot (an empty fifth field) was read as the four-field ticket.
TEST(TicketPayload, FuzzRegressionRefusesAnEmptyFifthField) {
  EXPECT_FALSE(parse_ticket_payload("W801.5.A.2026-11-23."));
  EXPECT_FALSE(parse_ticket_payload("W001.1040.registration.2026-11-23.x"));
  EXPECT_FALSE(parse_ticket_payload("W001.1040.registration"));
  EXPECT_FALSE(parse_ticket_payload("W001.1040..2026-11-23"));
}

}  // namespace
}  // namespace khiw::server
