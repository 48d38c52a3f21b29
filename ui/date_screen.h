// Date: every day of the booking window; closed and full days disabled with the reason.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_date_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
