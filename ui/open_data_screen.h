// The public open-data page: a day's figures (today or yesterday) of the 50 district offices, one row
// each with served, mean wait and mean stars; a tapped office shows its sections; the day as CSV.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_open_data_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
