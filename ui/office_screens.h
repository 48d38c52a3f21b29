// The office bundle's screens: staff login, the desk's setup, the desk, check-in, copy requests, the day
// summary, the hall's board and the open-data page.
// Handed to draw_app only where the office bundle (and the tests) link them (core/office_part.h).
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_office_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
