// Start: book, today's walk-in, my bookings (with a count), and a reminder of a booking that is near.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_start_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
