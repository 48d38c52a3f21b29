// A booking made with no connection: waiting to be sent ("not confirmed yet", no QR, cancel), or refused
// by the server with the reason and free slots at that office and the nearest others, one tap to rebook.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_pending_booking_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
