#include <emscripten/emscripten.h>

#include "shell/geolocation.h"

namespace {

std::function<void(khiw::shell::LocationAnswer)> g_done;  // one question at a time: the latest wins

EM_JS(void, khiw_geolocation_ask, (), {
  function answer(code, lat, lon) { _khiw_geolocation_answer(code, lat, lon); }
  if (!navigator.geolocation) { answer(2, 0, 0); return; }
  navigator.geolocation.getCurrentPosition(
    function(p) { answer(0, p.coords.latitude, p.coords.longitude); },
    function(e) { answer(e.code === 1 ? 1 : 2, 0, 0); },  // 1 = PERMISSION_DENIED
    {enableHighAccuracy: false, timeout: 15000, maximumAge: 60000});
});

}  // namespace

// code: 0 found, 1 denied, 2 unavailable.
extern "C" EMSCRIPTEN_KEEPALIVE void khiw_geolocation_answer(int code, double lat, double lon) {
  if (!g_done) return;
  const auto done = std::move(g_done);
  g_done = nullptr;
  done({code == 0, code == 1, lat, lon});
}

namespace khiw::shell {

void geolocation_request(std::function<void(LocationAnswer)> done) {
  g_done = std::move(done);
  khiw_geolocation_ask();
}

}  // namespace khiw::shell
