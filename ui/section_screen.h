// Sections: the office's ten sections (ฝ่าย), with how many services can be booked online.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_section_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
