#include <emscripten/emscripten.h>

#include <functional>

#include "shell/history.h"

namespace {

std::function<void(int)> g_on_back;  // the page has one history, hence one listener

// `depth` is what the browser's entries stand for; `own` counts history.go() calls whose popstate is
// the app's own doing. A forward button cannot be followed (core has no forward), so the entries
// ahead are walked back over.
EM_JS(void, khiw_history_start, (), {
  const h = {depth: 1, own: 0};
  Module["khiwHistory"] = h;
  const state = window.history.state;
  if (state && state.depth >= 1) h.depth = state.depth;
  else window.history.replaceState({depth: 1}, "");
  window.addEventListener('popstate', function(event) {
    const to = event.state && event.state.depth >= 1 ? event.state.depth : 1;
    if (h.own > 0) { h.own--; h.depth = to; return; }
    const from = h.depth;
    h.depth = to;
    if (to < from) _khiw_history_back(from - to);
    else if (to > from) { h.own++; h.depth = from; window.history.go(from - to); }
  });
});

EM_JS(void, khiw_history_sync, (int depth), {
  const h = Module["khiwHistory"];
  if (!h || depth === h.depth || depth < 1) return;
  if (depth > h.depth) {
    for (let d = h.depth + 1; d <= depth; ++d) window.history.pushState({depth: d}, "");
  } else {
    h.own++;
    window.history.go(depth - h.depth);
  }
  h.depth = depth;
});

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void khiw_history_back(int steps) {
  if (g_on_back) g_on_back(steps);
}

namespace khiw::shell {

void history_start(std::function<void(int)> on_back) {
  g_on_back = std::move(on_back);
  khiw_history_start();
}

void history_sync(int depth) { khiw_history_sync(depth); }

}  // namespace khiw::shell
