// The rating card on a finished service's ticket (core/rating_prompt.h): five big stars, an optional
// comment, send and skip; then what became of the rating (on its way, waiting for the connection, thanks,
// or the server's refusal). Draws nothing when the ticket on screen has no card.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_rating_card(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
