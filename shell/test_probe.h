// Test builds publish the app's state and widget rectangles to window.khiw so browser tests can click
// by name and assert on real state. The production build links the no-op version.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::shell {

void publish_test_probe(const AppState& state, const ui::UiOutput& frame, long frame_number, float pixel_ratio);

}  // namespace khiw::shell
