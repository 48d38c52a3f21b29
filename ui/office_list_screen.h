// The first screen: Bangkok's district offices, in the user's language.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_office_list(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
