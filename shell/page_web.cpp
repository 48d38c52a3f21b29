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

}  // namespace khiw::shell
