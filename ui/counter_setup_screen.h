#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

// Which section and counter this device serves (remembered on the device).
void draw_counter_setup_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
