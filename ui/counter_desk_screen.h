#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

// The counter: who is being served here, the actions on them, the waiting line (tap to call), today's
// bookings and the day's counts — live from the office's event stream.
void draw_counter_desk_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
