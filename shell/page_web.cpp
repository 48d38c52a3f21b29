#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include "shell/page.h"

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

}  // namespace khiw::shell
