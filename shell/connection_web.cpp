#include <emscripten/emscripten.h>

#include "shell/connection.h"

namespace {

std::function<void(bool)> g_changed;

EM_JS(int, khiw_connection_listen, (), {
  window.addEventListener('online', function() { _khiw_connection_changed(1); });
  window.addEventListener('offline', function() { _khiw_connection_changed(0); });
  return navigator.onLine ? 1 : 0;
});

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void khiw_connection_changed(int online) {
  if (g_changed) g_changed(online != 0);
}

namespace khiw::shell {

void connection_start(std::function<void(bool online)> changed) {
  g_changed = std::move(changed);
  g_changed(khiw_connection_listen() != 0);
}

}  // namespace khiw::shell
