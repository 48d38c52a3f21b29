// Review: everything once more, the lateness rule, and confirm (with retry and alternatives).
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_review_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
