// The district map: Bangkok's districts filled and outlined, their names where they fit, each office as a
// marker coloured and labelled by its live waiting count, the citizen's place, and the legend. Drag pans,
// the wheel and the +/- buttons zoom, a tap picks a marker (or the citizen's place while choosing one);
// the shell's touch bridge sends pinches as intents. Everything it draws comes from core's map maths.
#pragma once
#include <functional>
#include <string>

#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

// Fills `height` px below the cursor at full width. `recommended` gets a ring ("" for none). `sheet`, when
// set, draws in a panel over the map's lower part (the office card), so the map keeps its place.
void draw_map_canvas(const AppState& state, float height, const std::string& recommended,
                     const std::function<void()>& sheet, UiOutput& out);

}  // namespace khiw::ui
