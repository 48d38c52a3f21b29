// The list of screens and the navigation between them. The shell calls draw_app once per frame
// between ImGui::NewFrame and ImGui::Render.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_app(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
