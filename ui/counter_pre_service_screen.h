#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

// The office's copy requests (counter mode): each with the citizen's name and last 4 ID digits, the copies,
// the pickup day and office and how far along it is, and the actions this office may take on it now: mark
// prepared, approve with a fee, reject with a reason, or hand over once the ID and laser code are typed.
void draw_counter_pre_service_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
