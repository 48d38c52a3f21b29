#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

// Scan the citizen's QR (the camera preview sits in a box the shell fills) or type the code; then the
// service's documents to tick, priority, and the check-in — or, for a late citizen, a walk-in ticket.
void draw_counter_check_in_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
