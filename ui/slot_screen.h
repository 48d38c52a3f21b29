// Slot: the chosen day's six slots with the seats left.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_slot_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
