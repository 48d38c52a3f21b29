#include "ui/screens.h"

#include <array>
#include <cmath>
#include <string>

#include "ui/consent_screen.h"
#include "ui/date_screen.h"
#include "ui/details_screen.h"
#include "ui/my_bookings_screen.h"
#include "ui/nearby_screen.h"
#include "ui/office_list_screen.h"
#include "ui/pending_booking_screen.h"
#include "ui/review_screen.h"
#include "ui/screen_parts.h"
#include "ui/section_screen.h"
#include "ui/service_screen.h"
#include "ui/slot_screen.h"
#include "ui/start_screen.h"
#include "core/thai_shaping.h"
#include "ui/thai_text.h"
#include "ui/theme.h"
#include "ui/ticket_screen.h"
#include "ui/touch_scroll.h"
#include "ui/walk_in_screen.h"
#include "ui/walk_in_ticket_screen.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

// Every screen, in the order of the Screen enum: its title and what draws its body (none: the office
// bundle's screens, drawn by the `office` that draw_app is given).
struct ScreenEntry {
  Screen screen;
  Msg title;
  DrawBody draw;
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
    {Screen::PendingBooking, Msg::TitlePendingBooking, draw_pending_booking_screen},
    {Screen::StaffLogin, Msg::TitleStaffLogin, nullptr},
    {Screen::CounterSetup, Msg::TitleCounterSetup, nullptr},
    {Screen::CounterDesk, Msg::TitleCounterDesk, nullptr},
    {Screen::CounterCheckIn, Msg::TitleCounterCheckIn, nullptr},
    {Screen::Board, Msg::TitleBoard, nullptr},
    {Screen::DaySummary, Msg::TitleDaySummary, nullptr},
    {Screen::OpenData, Msg::TitleOpenData, nullptr},
    {Screen::CounterPreService, Msg::TitlePreService, nullptr},
}};

constexpr bool screens_in_enum_order() {
  for (size_t i = 0; i < kScreens.size(); ++i)
    if (static_cast<size_t>(kScreens[i].screen) != i) return false;
  return true;
}
static_assert(screens_in_enum_order(), "kScreens rows must follow the Screen enum order");

// Online, offline, or how many operations wait to be sent: small, beside the language toggle.
std::string connection_text(const AppState& state) {
  switch (connection_status(state.outbox)) {
    case ConnectionStatus::Online: return std::string(tr(Msg::ConnOnline, state.lang));
    case ConnectionStatus::Offline: return std::string(tr(Msg::ConnOffline, state.lang));
    case ConnectionStatus::Syncing:
      return tr_n(Msg::ConnSyncing, state.lang, static_cast<long>(state.outbox.queue.ops.size()));
  }
  return {};
}

ImU32 connection_colour(ConnectionStatus status) {
  return status == ConnectionStatus::Online ? palette::kOk : status == ConnectionStatus::Offline ? palette::kError
                                                                                                : palette::kAccent;
}

// The indicator on the chrome's row at `x` (`row_y` is the row's top), centred on the buttons' height.
void draw_connection(const AppState& state, const std::string& text, const std::string& shaped, float x, float row_y,
                     UiOutput& out) {
  ImGui::SetCursorPos(ImVec2(x, row_y + std::floor((touch_height() - ImGui::GetFontSize()) / 2)));
  ImGui::PushStyleColor(ImGuiCol_Text, connection_colour(connection_status(state.outbox)));
  ImGui::TextUnformatted(shaped.c_str());
  ImGui::PopStyleColor();
  record_item("info_connection", out, text);
}

// What the offline queue last brought: a confirmation, a refusal, a cancel that failed. Tapping opens it.
void draw_outbox_notice(const AppState& state, UiOutput& out) {
  const OutboxNotice& n = state.outbox.notice;
  const Lang lang = state.lang;
  Card card{"outbox_notice", {}, true, CardKind::Warning};
  switch (n.kind) {
    case OutboxNoticeKind::None: return;
    case OutboxNoticeKind::Confirmed: card.lines.push_back({tr_fill(Msg::NoticeConfirmed, lang, "{code}", n.code)}); break;
    case OutboxNoticeKind::Refused: card.lines.push_back({std::string(tr(Msg::NoticeRefused, lang))}); break;
    case OutboxNoticeKind::CancelRefused: {
      card.lines.push_back({tr_fill(Msg::NoticeCancelRefused, lang, "{code}", n.code), palette::kError});
      const auto known = error_code_from_name(n.error);
      card.lines.push_back({known ? std::string(error_message(*known, lang)) : n.error});
      break;
    }
  }
  if (!card_button(card, out)) return;
  out.intents.push_back(DismissOutboxNotice{});
  if (n.kind == OutboxNoticeKind::Refused) out.intents.push_back(OpenPendingBooking{n.code});
  else out.intents.push_back(OpenTicket{n.code});
}

// Back (except on Start), the connection and the language toggle on one row, the title under them.
void draw_chrome(const AppState& state, const ScreenEntry& entry, UiOutput& out) {
  const std::string_view toggle = tr(Msg::LanguageToggle, state.lang);
  const float toggle_x = ImGui::GetWindowContentRegionMax().x - button_width(toggle);
  const std::string connection_plain = connection_text(state);
  const std::string connection = shape_thai(connection_plain);
  const float connection_x = toggle_x - ImGui::GetStyle().ItemSpacing.x - ImGui::CalcTextSize(connection.c_str()).x;
  const float row_y = ImGui::GetCursorPosY();
  if (entry.screen != Screen::Start && button(tr(Msg::Back, state.lang), "back", out)) out.intents.push_back(GoBack{});
  draw_connection(state, connection_plain, connection, connection_x, row_y, out);
  ImGui::SetCursorPos(ImVec2(toggle_x, row_y));
  if (button(toggle, "lang_toggle", out)) out.intents.push_back(ToggleLanguage{});
  heading(tr(entry.title, state.lang));
  ImGui::Separator();
  draw_outbox_notice(state, out);
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

void draw_app(const AppState& state, UiOutput& out, DrawBody office) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFullScreen = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                           ImGuiWindowFlags_NoSavedSettings |
                                           ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("khiw", nullptr, kFullScreen);
  const ScreenEntry& entry = kScreens[static_cast<size_t>(state.nav.current())];
  const DrawBody body = entry.draw ? entry.draw : office;
  if (entry.screen == Screen::Board) {  // the hall's TV: the whole screen, no chrome
    if (body) body(state, out);
    ImGui::End();
    return;
  }
  draw_chrome(state, entry, out);
  // One scrolling body per screen (each keeps its own scroll position); a finger drags it.
  ImGui::BeginChild(std::string(screen_name(entry.screen)).c_str());
  if (body) body(state, out);
  drag_to_scroll();
  ImGui::EndChild();
  unfocus_on_outside_tap(state, out);
  ImGui::End();
}

}  // namespace khiw::ui
