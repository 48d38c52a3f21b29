// The waiting hall's "now serving" board: full screen, Thai and English side by side, readable across the
// room on a 1920x1080 or 1280x720 TV. No buttons: nobody in the hall touches it.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_board_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
