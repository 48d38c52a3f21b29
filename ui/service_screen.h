// Services: each service of the section with its fee, processing time and the documents to bring.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_service_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
