// The app's state for the fuzz targets that feed it outside input (device records, server replies): a
// started app with the reference data answered, before its device records are read, and the check that
// what it writes to the device loads back.
#pragma once
#include "core/app_update.h"
#include "core/kept_answers.h"
#include "tests/core/app_fixture.h"
#include "tests/fuzz/fuzz_check.h"

namespace khiw::fuzz {

// Built once; each input starts from a copy.
inline const AppState& started_without_records() {
  static const AppState s = [] {
    AppState a;
    a.office = &kOfficePart;
    apply_intent(a, StartApp{"", "seed", testing::kAppNow});
    apply_intent(a, HttpReplied{Reply::Offices, 200, testing::offices_doc(), ""});
    apply_intent(a, HttpReplied{Reply::Catalog, 200, catalog_to_json(testing::reference_catalog()), ""});
    apply_intent(a, HttpReplied{Reply::Holidays, 200, calendar_to_json(testing::reference_calendar()), ""});
    apply_intent(a, HttpReplied{Reply::Rules, 200, rules_config_to_json(RulesConfig{}), ""});
    // The reference answers kept so far are replaced by the records' anyway; writing them again on every
    // input (hundreds of KB of JSON) would only slow the fuzzer down.
    a.kept = {};
    return a;
  }();
  return s;
}

// The device records as `s` last wrote them.
inline StoredRecordsLoaded written_records(const AppState& s) {
  return {s.stored_bookings, s.stored_session,  s.stored_walk_ins, true, s.stored_outbox,
          kept_answers_to_json(s.stored_kept), s.stored_staff};
}

// What `s` wrote loads into a fresh app without an exception, which writes the bookings, walk-in tickets,
// session and counter records back the same.
inline void check_records_load_back(const AppState& s) {
  const StoredRecordsLoaded written = written_records(s);
  AppState again = started_without_records();
  apply_intent(again, written);
  FUZZ_CHECK(again.stored_bookings == written.bookings_json);
  FUZZ_CHECK(again.stored_walk_ins == written.walk_ins_json);
  FUZZ_CHECK(session_to_json(again) == written.session_json);
  FUZZ_CHECK(kOfficePart.record(again) == written.staff_json);
}

}  // namespace khiw::fuzz
