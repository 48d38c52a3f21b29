// The queue the queue tests start from: Bang Khae's registration section on Monday 23 Nov 2026.
#pragma once
#include "core/queue.h"
#include "tests/core/reference_data.h"

namespace khiw::testing {

inline SectionQueue monday_queue(int counters = 1) { return open_queue("1040", "registration", kMonday, counters); }

}  // namespace khiw::testing
