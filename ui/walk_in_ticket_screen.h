#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

// One same-day ticket: its number and QR, "not an appointment", place in line, estimated call, when to
// set off (and the citizen's threshold for being told), the documents the section's services need.
void draw_walk_in_ticket_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
