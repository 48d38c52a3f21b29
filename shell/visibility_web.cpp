#include <emscripten/emscripten.h>

#include "shell/visibility.h"

namespace {

std::function<void(bool)> g_changed;

EM_JS(void, khiw_visibility_listen, (), {
  document.addEventListener('visibilitychange', function() {
    _khiw_visibility_changed(document.visibilityState === 'visible' ? 1 : 0);
  });
});

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void khiw_visibility_changed(int visible) {
  if (g_changed) g_changed(visible != 0);
}

namespace khiw::shell {

void visibility_start(std::function<void(bool visible)> changed) {
  g_changed = std::move(changed);
  khiw_visibility_listen();
}

}  // namespace khiw::shell
