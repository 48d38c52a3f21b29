// Walk-in: placeholder until the map lands: where to get a ticket today.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_walk_in_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
