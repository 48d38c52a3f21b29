// What the app reads back from the device (StoredRecordsLoaded): the records may be from an older build,
// cut short by a full disk or edited by hand. Loading them must never throw out of the reducer, and what
// the app then writes back must load again to the same records.
#include "core/app_update.h"
#include "core/kept_answers.h"
#include "core/outbox.h"
#include "core/sync_queue.h"
#include "tests/core/app_fixture.h"
#include "tests/fuzz/fuzz_check.h"

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
  StoredRecordsLoaded r;
  r.bookings_json = parts[0];
  r.session_json = parts[1];
  r.walk_ins_json = parts[2];
  r.outbox_json = parts[3];
  r.kept_json = parts[4];
  r.staff_json = parts[5];
  return r;
}

// A started app (reference data answered) before its records are read, built once.
const AppState& before_records() {
  static const AppState s = [] {
    AppState a;
    a.office = &kOfficePart;
    apply_intent(a, StartApp{"", "seed", testing::kAppNow});
    apply_intent(a, HttpReplied{Reply::Offices, 200, testing::offices_doc(), ""});
    apply_intent(a, HttpReplied{Reply::Catalog, 200, catalog_to_json(testing::reference_catalog()), ""});
    apply_intent(a, HttpReplied{Reply::Holidays, 200, calendar_to_json(testing::reference_calendar()), ""});
    apply_intent(a, HttpReplied{Reply::Rules, 200, rules_config_to_json(RulesConfig{}), ""});
    // The reference answers kept so far are replaced by the record's anyway; writing them again on every
    // input (hundreds of KB of JSON) would only slow the fuzzer down.
    a.kept = {};
    return a;
  }();
  return s;
}

Outbox outbox(std::string_view text) {
  Outbox o;
  outbox_from_json(o, text);
  return o;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const StoredRecordsLoaded loaded = records(fuzz::as_text(data, size));
  // Each device record's reader on its own: refused with invalid_argument, or read back the same.
  fuzz::check_round_trip(loaded.outbox_json, outbox, outbox_to_json);
  fuzz::check_round_trip(loaded.kept_json, kept_answers_from_json, kept_answers_to_json);
  fuzz::check_round_trip(loaded.outbox_json, sync_queue_from_json, sync_queue_to_json);

  // The whole app: loading never throws, and the session and counter records it writes back load to the
  // same records.
  AppState s = before_records();
  apply_intent(s, loaded);
  StoredRecordsLoaded reread = loaded;
  reread.session_json = session_to_json(s);
  reread.staff_json = kOfficePart.record(s);
  AppState again = before_records();
  apply_intent(again, reread);
  FUZZ_CHECK(session_to_json(again) == reread.session_json);
  FUZZ_CHECK(kOfficePart.record(again) == reread.staff_json);
  return 0;
}
