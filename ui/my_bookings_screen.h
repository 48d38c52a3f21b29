// My bookings: every booking made on this device, newest first.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_my_bookings_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
