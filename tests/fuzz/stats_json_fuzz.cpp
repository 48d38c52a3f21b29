// Core's reader of the statistics reports (the desk's day summary, the open-data page): read back as
// written, and any report it accepts becomes a CSV whose rows all have the header's columns (RFC 4180,
// names and comments with commas, quotes and line breaks quoted).
#include "core/day_stats.h"
#include "tests/csv_reader.h"
#include "tests/fuzz/fuzz_check.h"

using namespace khiw;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text = fuzz::as_text(data, size);
  fuzz::check_round_trip(text, stats_from_json, stats_to_json);
  StatsReport report;
  try {
    report = stats_from_json(text);
  } catch (const std::invalid_argument&) {
    return 0;
  }
  const testing::CsvRows rows = testing::parse_csv(stats_to_csv(report));
  FUZZ_CHECK(!rows.empty());
  for (const auto& row : rows) FUZZ_CHECK(row.size() == rows.front().size());
  return 0;
}
