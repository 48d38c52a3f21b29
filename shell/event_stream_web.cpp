#include <emscripten/emscripten.h>

#include "shell/event_stream.h"

namespace {

std::string g_path;
khiw::shell::EventStreamEvents g_events;

EM_JS(void, khiw_stream_open, (const char* path), {
  if (window.khiwStream) window.khiwStream.close();
  const url = UTF8ToString(path);
  const source = new EventSource(url);
  source.onopen = function() { _khiw_stream_state(1); };
  // The browser retries a dropped stream by itself, but not one refused (503, a proxy's 502): that one is
  // opened again after a pause, as long as it is still the one wanted.
  source.onerror = function() {
    _khiw_stream_state(0);
    if (source.readyState !== EventSource.CLOSED) return;
    setTimeout(function() { if (window.khiwStream === source) _khiw_stream_reopen(); }, 5000);
  };
  source.addEventListener('counts', function() { _khiw_stream_changed(); });
  window.khiwStream = source;
});

EM_JS(void, khiw_stream_close, (), {
  if (window.khiwStream) window.khiwStream.close();
  window.khiwStream = null;
});

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void khiw_stream_state(int connected) {
  if (g_events.state) g_events.state(connected != 0);
}

extern "C" EMSCRIPTEN_KEEPALIVE void khiw_stream_reopen() {
  if (!g_path.empty()) khiw_stream_open(g_path.c_str());
}

extern "C" EMSCRIPTEN_KEEPALIVE void khiw_stream_changed() {
  if (g_events.changed) g_events.changed();
}

namespace khiw::shell {

void event_stream_sync(const std::string& path, EventStreamEvents events) {
  if (path == g_path) return;
  g_path = path;
  g_events = std::move(events);
  if (path.empty()) {
    khiw_stream_close();
    if (g_events.state) g_events.state(false);
    return;
  }
  khiw_stream_open(path.c_str());
}

}  // namespace khiw::shell
