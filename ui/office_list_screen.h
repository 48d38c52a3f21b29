// Offices: Bangkok's 50 district offices; choosing one starts the booking there.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_office_list(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
