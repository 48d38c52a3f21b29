#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

// Offices near the citizen: the map or the ranked list, where they are, the office card.
void draw_nearby_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
