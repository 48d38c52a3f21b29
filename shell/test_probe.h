// Test builds publish the app's state and widget rectangles to window.khiw so browser tests can click
// by name and assert on real state. The production build links the no-op version.
#pragma once
#include <deque>

#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::shell {

struct ProbeFrame {
  long number = 0;             // frames built so far
  long paints = 0;             // of those, the frames painted (one that shows the same picture is not)
  float pixel_ratio = 1;       // framebuffer pixels per CSS pixel
  const std::deque<float>* frame_ms = nullptr;  // CPU time of the last frame bodies, oldest first
};

void publish_test_probe(const AppState& state, const ui::UiOutput& frame, const ProbeFrame& info);

}  // namespace khiw::shell
