// Ticket: the QR code of one saved booking, its details, document checklist, calendar, QR image, cancel;
// once the service is done, the rating card above them.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_ticket_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
