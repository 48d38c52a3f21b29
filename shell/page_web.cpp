#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <cstdlib>

#include "shell/page.h"

namespace {

EM_JS(char*, khiw_random_hex, (int bytes), {
  const a = new Uint8Array(bytes);
  crypto.getRandomValues(a);
  let hex = "";
  for (let i = 0; i < a.length; ++i) hex += (a[i] < 16 ? "0" : "") + a[i].toString(16);
  const p = _malloc(hex.length + 1);
  stringToUTF8(hex, p, hex.length + 1);
  return p;
});

EM_JS(double, khiw_date_now, (), { return Date.now(); });

EM_JS(char*, khiw_location_hash, (), {
  const route = location.hash.replace(/^#/, "").slice(0, 64);
  const n = lengthBytesUTF8(route) + 1;
  const p = _malloc(n);
  stringToUTF8(route, p, n);
  return p;
});

}  // namespace

namespace khiw::shell {

void page_hide_loader() {
  EM_ASM({
    const el = document.getElementById('loading');
    if (el) el.remove();
  });
}

void page_canvas_size(int& width, int& height) {
  double w = 0, h = 0;
  emscripten_get_element_css_size("#canvas", &w, &h);
  width = static_cast<int>(w);
  height = static_cast<int>(h);
}

void page_set_canvas_pixels(int width, int height) {
  EM_ASM({ Browser.setCanvasSize($0, $1); }, width, height);
}

float page_pixel_ratio() {
  const double ratio = emscripten_get_device_pixel_ratio();
  return static_cast<float>(ratio < 1 ? 1 : ratio > 3 ? 3 : ratio);
}

std::string page_random_hex(int bytes) {
  char* raw = khiw_random_hex(bytes);
  std::string hex(raw);
  std::free(raw);
  return hex;
}

std::string page_route() {
  char* raw = khiw_location_hash();
  std::string route(raw);
  std::free(raw);
  return route;
}

void page_open_route(const std::string& route) {
  EM_ASM({
    history.replaceState(null, "", "#" + UTF8ToString($0));
    location.reload();
  }, route.c_str());
}

void page_measure(const char* name, double started_ms) {
  EM_ASM({ performance.measure(UTF8ToString($0), {start: $1}); }, name, started_ms);
}

std::int64_t page_now() { return static_cast<std::int64_t>(std::floor(khiw_date_now() / 1000)); }

}  // namespace khiw::shell
