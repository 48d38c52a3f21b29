// Core's readers of reference data: offices, catalog, rules, holiday calendar (the server's documents and
// the data/ files they come from), the district shapes and a section's availability.
#include "core/availability.h"
#include "core/calendar.h"
#include "core/catalog.h"
#include "core/districts.h"
#include "core/offices.h"
#include "core/rules_config.h"
#include "core/slots.h"
#include "tests/fuzz/fuzz_check.h"

using namespace khiw;

namespace {

// The server writes availability with its rules' slot times, so only for slots those rules have (the app
// passes over others: is_valid_slot). Read back, the same seats.
Availability availability_of_rules_slots(std::string_view text) {
  Availability a = availability_from_json(text);
  for (const DaySeats& d : a.days)
    for (const SlotSeats& s : d.slots)
      if (!is_valid_slot(RulesConfig{}, s.slot)) throw std::invalid_argument("a slot the rules do not have");
  return a;
}
std::string availability_with_default_rules(const Availability& a) { return availability_to_json(a, RulesConfig{}); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const fuzz::Picked in = fuzz::pick(data, size, 9);
  switch (in.which) {
    case 0: fuzz::check_round_trip(in.text, offices_from_json, offices_to_json); break;
    case 1: fuzz::check_reads(in.text, offices_from_reference_json); break;
    case 2: fuzz::check_round_trip(in.text, catalog_from_json, catalog_to_json); break;
    case 3: {  // data/departments.json and data/express_points.json: split at the first NUL
      const size_t nul = in.text.find('\0');
      const std::string_view departments = in.text.substr(0, nul);
      const std::string_view express = nul == std::string_view::npos ? "" : in.text.substr(nul + 1);
      fuzz::check_reads(departments, [&](std::string_view d) { return catalog_from_reference_json(d, express); });
      break;
    }
    case 4: fuzz::check_round_trip(in.text, rules_config_from_json, rules_config_to_json); break;
    case 5: fuzz::check_round_trip(in.text, calendar_from_json, calendar_to_json); break;
    case 6: fuzz::check_reads(in.text, calendar_from_reference_json); break;
    case 7: fuzz::check_reads(in.text, districts_from_geojson); break;
    case 8: fuzz::check_round_trip(in.text, availability_of_rules_slots, availability_with_default_rules); break;
  }
  return 0;
}
