// The browser's back button walks the app's screens: the history holds one entry per screen on core's
// navigation stack (state {depth: n}). The shell only keeps the depths equal; core decides what back does.
#pragma once
#include <functional>

namespace khiw::shell {

// Adopts the current entry's depth (a reload keeps the entries behind it) or marks it depth 1.
// `on_back(steps)` runs, between frames, when the user went back `steps` entries in the browser.
void history_start(std::function<void(int steps)> on_back);
// After each frame: pushes an entry per screen the stack grew by, or goes back as many as it shrank by
// (the popstate that causes is the app's own and is not reported).
void history_sync(int depth);

}  // namespace khiw::shell
