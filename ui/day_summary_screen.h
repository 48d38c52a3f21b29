// Counter mode's day summary for the office's director: today, yesterday or the last 7 days; per section
// served, no-shows, booked vs walk-in, waits, service time and satisfaction; the booking's effect on the
// wait against the -60 % target; arrivals and waits per hour as charts; the figures as CSV.
#pragma once
#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

void draw_day_summary_screen(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
