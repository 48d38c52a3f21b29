// Build step of the web bundle, run under node: data/districts.geojson (7,400 corners, 169 KB) thinned to
// what a phone map needs and written as the districts.json the app fetches after its first frame.
//   khiw_map_data <districts.geojson> <out.json>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "core/map_shapes.h"

namespace {

// 0.00025° ≈ 27 m: under a pixel until the map shows less than about 6 km across a phone.
constexpr double kToleranceDeg = 0.00025;
constexpr int kDecimals = 4;  // ≈ 11 m, well inside the tolerance

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: khiw_map_data <districts.geojson> <out.json>\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in) {
    std::cerr << "khiw_map_data: cannot read " << argv[1] << "\n";
    return 1;
  }
  try {
    std::vector<khiw::District> districts = khiw::districts_from_geojson(text.str());
    size_t before = 0, after = 0;
    for (khiw::District& d : districts) {
      for (khiw::GeoRing& ring : d.rings) {
        before += ring.size();
        ring = khiw::simplify_ring(ring, kToleranceDeg);
        after += ring.size();
      }
    }
    std::ofstream(argv[2], std::ios::binary) << khiw::districts_to_geojson(districts, kDecimals);
    std::cout << "khiw_map_data: " << districts.size() << " districts, " << before << " → " << after << " corners\n";
  } catch (const std::invalid_argument& e) {
    std::cerr << "khiw_map_data: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
