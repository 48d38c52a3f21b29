// Core's readers of the office's lines: a section's queue and its events, the display board, the live
// counts, the counter's device record, service time statistics and the citizen's walk-in tickets.
#include "core/board.h"
#include "core/counter.h"
#include "core/live_counts.h"
#include "core/queue.h"
#include "core/wait_estimate.h"
#include "core/walk_in.h"
#include "tests/fuzz/fuzz_check.h"

using namespace khiw;

namespace {

Counter counter_record(std::string_view text) {
  Counter c;
  counter_record_from_json(c, std::string(text));
  return c;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const fuzz::Picked in = fuzz::pick(data, size, 7);
  switch (in.which) {
    case 0: fuzz::check_round_trip(in.text, queue_from_json, queue_to_json); break;
    case 1: fuzz::check_round_trip(in.text, queue_event_from_json, queue_event_to_json); break;
    case 2: fuzz::check_round_trip(in.text, board_from_json, board_to_json); break;
    case 3: fuzz::check_reads(in.text, live_counts_from_json); break;
    case 4: fuzz::check_round_trip(in.text, counter_record, counter_record_to_json); break;
    case 5: fuzz::check_round_trip(in.text, service_time_stats_from_json, service_time_stats_to_json); break;
    case 6: fuzz::check_round_trip(in.text, walk_ins_from_json, walk_ins_to_json); break;
  }
  return 0;
}
