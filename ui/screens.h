// The list of screens and the navigation between them. The shell calls draw_app once per frame
// between ImGui::NewFrame and ImGui::Render.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

// Draws a screen's body under the chrome.
using DrawBody = void (*)(const AppState&, UiOutput&);

// `office` draws the office bundle's screens (office_screens.h): counter mode and the hall's board. The
// citizens' bundle passes none, so it links none of their code (core/office_part.h).
void draw_app(const AppState& state, UiOutput& out, DrawBody office);

}  // namespace khiw::ui
