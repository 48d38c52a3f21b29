// One frame of the citizen map natively: the 50 districts filled and outlined, their names, 50 markers
// with live counts and the legend, drawn by the real screen code into Dear ImGui draw lists (no GPU: the
// CPU side the budget is about). Budget: median ≤ 2 ms over 300 frames, 390x844 phone and 1280x800.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "core/app_update.h"
#include "tests/test_files.h"
#include "tests/ui/headless_frame.h"

namespace {

using namespace khiw;

constexpr int kFrames = 300;
constexpr double kBudgetMs = 2.0;

AppState map_state() {
  AppState s;
  s.now = 1795366800 + 10 * 3600;
  const std::vector<Office> offices = offices_from_reference_json(testing::read_source_file("data/offices.json"));
  apply_intent(s, HttpReplied{Reply::Offices, 200, offices_to_json(offices), ""});
  apply_intent(s, OpenScreen{Screen::Nearby});
  apply_intent(s, HttpReplied{Reply::Districts, 200, testing::read_source_file("data/districts.geojson"), ""});
  s.nearby.live.loaded = true;
  for (const Office& o : s.ref.offices)  // every marker a different count and colour band
    s.nearby.live.counts.offices[o.code].waiting = std::stoi(o.code) % 25;
  return s;
}

double median_frame_ms(float width, float height) {
  AppState s = map_state();
  testing::HeadlessUi ui(width, height);
  for (const Intent& i : ui.frame(s).intents) apply_intent(s, i);  // the map learns its size
  std::vector<double> ms;
  for (int i = 0; i < kFrames; ++i) {
    const auto start = std::chrono::steady_clock::now();
    ui.frame(s);
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(ms.begin(), ms.end());
  return ms[ms.size() / 2];
}

}  // namespace

int main() {
  std::printf("map frame, natively (district polygons from data/districts.geojson at full detail, 50 markers):\n");
  for (const auto [w, h, name] : {std::tuple{390.0f, 844.0f, "phone 390x844"}, {1280.0f, 800.0f, "desktop 1280x800"}}) {
    const double ms = median_frame_ms(w, h);
    std::printf("  %-18s median %.3f ms over %d frames, ratio to the %.0f ms budget %.2f %s\n", name, ms, kFrames,
                kBudgetMs, ms / kBudgetMs, ms <= kBudgetMs ? "(within budget)" : "(OVER BUDGET)");
  }
  return 0;
}
