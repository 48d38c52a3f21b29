// Consent: what personal data is kept, why and how long (PDPA), and the citizen's agreement.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_consent_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
