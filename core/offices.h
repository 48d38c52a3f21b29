// The 50 Bangkok district offices: the catalog's first table.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace khiw {

struct Office {
  std::string code;         // district code, "1001".."1050"
  std::string name_th;      // เขตพระนคร
  std::string name_en;      // Phra Nakhon
  std::string office_name_th;  // สำนักงานเขตพระนคร
  std::string group_th;     // กลุ่มเขต, e.g. กรุงเทพกลาง
  std::string group_en;     // Central Bangkok
  double lat = 0;
  double lon = 0;
  bool location_approximate = false;  // district centroid, not the office building

  bool operator==(const Office&) const = default;
};

// The office of that code among `offices`, or nullptr.
const Office* find_office(const std::vector<Office>& offices, std::string_view code);

// Reads data/offices.json as compiled from public sources (see data/SOURCES.md).
// Throws std::invalid_argument naming the offending record when a required field is missing or wrong.
std::vector<Office> offices_from_reference_json(std::string_view text);

// The API shape served at GET /api/offices: {"version":1,"offices":[...]}. Round-trips exactly.
inline constexpr int kOfficesJsonVersion = 1;
std::string offices_to_json(const std::vector<Office>& offices);
std::vector<Office> offices_from_json(std::string_view text);

}  // namespace khiw
