#include "ui/screens.h"

#include <array>
#include <string>

#include "ui/consent_screen.h"
#include "ui/date_screen.h"
#include "ui/details_screen.h"
#include "ui/my_bookings_screen.h"
#include "ui/nearby_screen.h"
#include "ui/office_list_screen.h"
#include "ui/review_screen.h"
#include "ui/screen_parts.h"
#include "ui/section_screen.h"
#include "ui/service_screen.h"
#include "ui/slot_screen.h"
#include "ui/start_screen.h"
#include "ui/thai_text.h"
#include "ui/ticket_screen.h"
#include "ui/touch_scroll.h"
#include "ui/walk_in_screen.h"
#include "ui/walk_in_ticket_screen.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

// Every screen, in the order of the Screen enum: its title and what draws its body.
struct ScreenEntry {
  Screen screen;
  Msg title;
  void (*draw)(const AppState&, UiOutput&);
};

constexpr std::array<ScreenEntry, static_cast<size_t>(Screen::kCount)> kScreens{{
    {Screen::Start, Msg::AppTitle, draw_start_screen},
    {Screen::Offices, Msg::TitleOffices, draw_office_list},
    {Screen::Sections, Msg::TitleSections, draw_section_screen},
    {Screen::Services, Msg::TitleServices, draw_service_screen},
    {Screen::Date, Msg::TitleDate, draw_date_screen},
    {Screen::Slot, Msg::TitleSlot, draw_slot_screen},
    {Screen::Details, Msg::TitleDetails, draw_details_screen},
    {Screen::Consent, Msg::TitleConsent, draw_consent_screen},
    {Screen::Review, Msg::TitleReview, draw_review_screen},
    {Screen::Ticket, Msg::TitleTicket, draw_ticket_screen},
    {Screen::MyBookings, Msg::TitleMyBookings, draw_my_bookings_screen},
    {Screen::WalkIn, Msg::TitleWalkIn, draw_walk_in_screen},
    {Screen::Nearby, Msg::TitleNearby, draw_nearby_screen},
    {Screen::WalkInTicket, Msg::TitleWalkInTicket, draw_walk_in_ticket_screen},
}};

constexpr bool screens_in_enum_order() {
  for (size_t i = 0; i < kScreens.size(); ++i)
    if (static_cast<size_t>(kScreens[i].screen) != i) return false;
  return true;
}
static_assert(screens_in_enum_order(), "kScreens rows must follow the Screen enum order");

// Back (except on Start) and the language toggle on one row, the title under them; on Start the title
// sits beside the toggle and wraps before it.
void draw_chrome(const AppState& state, const ScreenEntry& entry, UiOutput& out) {
  const std::string_view toggle = tr(Msg::LanguageToggle, state.lang);
  const float toggle_x = ImGui::GetWindowContentRegionMax().x - button_width(toggle);
  const bool start = entry.screen == Screen::Start;
  if (start) {
    ImGui::PushTextWrapPos(toggle_x - ImGui::GetStyle().ItemSpacing.x);
    heading(tr(entry.title, state.lang));
    ImGui::PopTextWrapPos();
  } else if (button(tr(Msg::Back, state.lang), "back", out)) {
    out.intents.push_back(GoBack{});
  }
  ImGui::SameLine(toggle_x);
  if (button(toggle, "lang_toggle", out)) out.intents.push_back(ToggleLanguage{});
  if (!start) heading(tr(entry.title, state.lang));
  ImGui::Separator();
}

// A tap anywhere but on a text field closes the keyboard.
void unfocus_on_outside_tap(const AppState& state, UiOutput& out) {
  if (state.flow.focused == Field::None || !ImGui::IsMouseClicked(ImGuiMouseButton_Left)) return;
  const ImVec2 m = ImGui::GetIO().MousePos;
  for (const TextFieldInfo& f : out.text_fields) {
    const WidgetRect& r = f.rect;
    if (m.x >= r.x && m.x < r.x + r.w && m.y >= r.y && m.y < r.y + r.h) return;
  }
  out.intents.push_back(FocusField{Field::None});
}

}  // namespace

void draw_app(const AppState& state, UiOutput& out) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFullScreen = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                           ImGuiWindowFlags_NoSavedSettings |
                                           ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("khiw", nullptr, kFullScreen);
  const ScreenEntry& entry = kScreens[static_cast<size_t>(state.nav.current())];
  draw_chrome(state, entry, out);
  // One scrolling body per screen (each keeps its own scroll position); a finger drags it.
  ImGui::BeginChild(std::string(screen_name(entry.screen)).c_str());
  entry.draw(state, out);
  drag_to_scroll();
  ImGui::EndChild();
  unfocus_on_outside_tap(state, out);
  ImGui::End();
}

}  // namespace khiw::ui
