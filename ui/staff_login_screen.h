#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

// Counter mode's door: the office account's username and password.
void draw_staff_login_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
