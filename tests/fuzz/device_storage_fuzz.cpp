// What the app reads back from the device (StoredRecordsLoaded): the records may be from an older build,
// cut short by a full disk or edited by hand. Each record's reader refuses bad input with
// std::invalid_argument or reads back what it writes; loading them all never throws out of the reducer,
// and what the app then writes loads back the same (app_harness.h).
#include "core/outbox.h"
#include "core/sync_queue.h"
#include "tests/fuzz/app_harness.h"

using namespace khiw;

namespace {

// The records in StoredRecordsLoaded's order, separated by NUL bytes (JSON text never holds one raw).
StoredRecordsLoaded records(std::string_view text) {
  std::string_view parts[6];
  for (std::string_view& part : parts) {
    const size_t nul = text.find('\0');
    part = text.substr(0, nul);
    text = nul == std::string_view::npos ? std::string_view() : text.substr(nul + 1);
  }
  return {std::string(parts[0]), std::string(parts[1]), std::string(parts[2]), true,
          std::string(parts[3]), std::string(parts[4]), std::string(parts[5])};
}

Outbox outbox(std::string_view text) {
  Outbox o;
  outbox_from_json(o, text);
  return o;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const StoredRecordsLoaded loaded = records(fuzz::as_text(data, size));
  fuzz::check_round_trip(loaded.outbox_json, outbox, outbox_to_json);
  fuzz::check_round_trip(loaded.kept_json, kept_answers_from_json, kept_answers_to_json);
  fuzz::check_round_trip(loaded.outbox_json, sync_queue_from_json, sync_queue_to_json);

  AppState s = fuzz::started_without_records();
  apply_intent(s, loaded);
  fuzz::check_records_load_back(s);
  return 0;
}
