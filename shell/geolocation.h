// The browser's position (navigator.geolocation), asked only when the citizen taps "my location".
#pragma once
#include <functional>

namespace khiw::shell {

struct LocationAnswer {
  bool found = false;
  bool denied = false;  // the citizen (or the browser's policy) refused
  double lat = 0;
  double lon = 0;
};

// `done` runs once, between frames. A missing API or a timeout counts as unavailable.
void geolocation_request(std::function<void(LocationAnswer)> done);

}  // namespace khiw::shell
