// Core's readers of bookings: the server's stored record and its lifecycle events, the server's booking
// view, and what the app keeps on the device (my bookings, the unfinished draft, copy requests). Each
// must refuse bad input with std::invalid_argument and read back what it writes (fuzz_check.h).
#include "core/booking.h"
#include "core/booking_draft.h"
#include "core/lifecycle.h"
#include "core/my_bookings.h"
#include "core/pre_service.h"
#include "tests/fuzz/fuzz_check.h"

using namespace khiw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const fuzz::Picked in = fuzz::pick(data, size, 7);
  switch (in.which) {
    case 0: fuzz::check_round_trip(in.text, booking_from_json, booking_to_json); break;
    case 1: fuzz::check_round_trip(in.text, booking_event_from_json, booking_event_to_json); break;
    case 2: fuzz::check_reads(in.text, booking_view_from_json); break;
    case 3: fuzz::check_round_trip(in.text, my_bookings_from_json, my_bookings_to_json); break;
    case 4: fuzz::check_round_trip(in.text, draft_from_json, draft_to_json); break;
    case 5: fuzz::check_round_trip(in.text, pre_service_item_from_json, pre_service_item_to_json); break;
    case 6: fuzz::check_round_trip(in.text, pre_service_list_from_json, pre_service_list_to_json); break;
  }
  return 0;
}
