// Details: name, national ID and, for pre-service requests, mobile, laser code, copies and pickup date.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_details_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
