#include "ui/office_screens.h"

#include "ui/board_screen.h"
#include "ui/counter_check_in_screen.h"
#include "ui/counter_desk_screen.h"
#include "ui/counter_pre_service_screen.h"
#include "ui/counter_setup_screen.h"
#include "ui/day_summary_screen.h"
#include "ui/open_data_screen.h"
#include "ui/staff_login_screen.h"

namespace khiw::ui {

void draw_office_screen(const AppState& state, UiOutput& out) {
  switch (state.nav.current()) {
    case Screen::StaffLogin: draw_staff_login_screen(state, out); return;
    case Screen::CounterSetup: draw_counter_setup_screen(state, out); return;
    case Screen::CounterDesk: draw_counter_desk_screen(state, out); return;
    case Screen::CounterCheckIn: draw_counter_check_in_screen(state, out); return;
    case Screen::Board: draw_board_screen(state, out); return;
    case Screen::DaySummary: draw_day_summary_screen(state, out); return;
    case Screen::OpenData: draw_open_data_screen(state, out); return;
    case Screen::CounterPreService: draw_counter_pre_service_screen(state, out); return;
    default: return;
  }
}

}  // namespace khiw::ui
