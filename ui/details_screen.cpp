#include "ui/details_screen.h"

#include <cmath>

#include "core/calendar.h"
#include "core/office_ranking.h"
#include "core/thai_shaping.h"
#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/touch_scroll.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

constexpr int kNationalIdGrouped = 17;  // 13 digits and 4 hyphens
constexpr int kMobileMax = 15;          // "+66 81 234 5678"
constexpr int kLaserMax = 16;           // "JC1-1234567-89" with room for spaces
constexpr int kPickupChoices = 5;       // the appointment day and the next working days

struct FieldText {
  Field field;
  Msg label, hint;
  const char* inputmode;
  int max_length;
};

void draw_field(const AppState& state, const FieldText& f, const std::string& value, std::string shown,
                UiOutput& out) {
  const auto error = field_error(state.flow.draft, f.field, state.ref.rules, state.flow.details_submitted);
  text_field({f.field, tr(f.label, state.lang), value, std::move(shown), tr(f.hint, state.lang), f.inputmode,
              f.max_length, state.flow.focused == f.field, error ? error_message(*error, state.lang) : ""},
             out);
}

void draw_copies(const AppState& state, UiOutput& out) {
  const int copies = state.flow.draft.copies;
  text_wrapped(tr(Msg::LabelCopies, state.lang));
  if (button("-", "copies_minus", out, copies > 1)) out.intents.push_back(SetCopies{copies - 1});
  ImGui::SameLine();
  // The number sits centred in a square as tall as the buttons.
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float side = touch_height();
  ImGui::Dummy(ImVec2(side, side));
  const std::string value = shape_thai(std::to_string(copies));
  const ImVec2 size = ImGui::CalcTextSize(value.c_str());
  ImGui::GetWindowDrawList()->AddText(
      ImVec2(std::floor(pos.x + (side - size.x) / 2), std::floor(pos.y + (side - size.y) / 2)),
      ImGui::GetColorU32(ImGuiCol_Text), value.c_str());
  ImGui::SameLine();
  if (button("+", "copies_plus", out, copies < state.ref.rules.max_copies))
    out.intents.push_back(SetCopies{copies + 1});
}

void draw_pickup(const AppState& state, UiOutput& out) {
  const BookingDraft& d = state.flow.draft;
  text_wrapped(tr(Msg::LabelPickupDate, state.lang));
  if (!d.date) return;
  std::vector<Date> dates;
  if (is_working_day(state.ref.calendar, *d.date)) dates.push_back(*d.date);
  for (int n = 1; static_cast<int>(dates.size()) < kPickupChoices; ++n)
    dates.push_back(nth_working_day_after(state.ref.calendar, *d.date, n));
  std::vector<Card> chips;
  for (const Date& date : dates)
    chips.push_back(Card{"pickup_" + iso_date(date),
                         {{std::string(weekday_name(date, state.lang))}, {format_date(date, state.lang)}},
                         true,
                         d.pickup_date == date ? CardKind::Selected : CardKind::Plain});
  const int tapped = card_grid(chips, grid_columns(150, 2), out);
  if (tapped >= 0) out.intents.push_back(SetPickupDate{dates[static_cast<size_t>(tapped)]});
}

// The district offices to pick from, narrowed by a search.
void draw_pickup_office_choices(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const BookingFlow& f = state.flow;
  const BookingDraft& d = f.draft;
  const std::string booked_here = std::string(tr(Msg::PickupAtBookingOffice, lang));
  text_field({Field::PickupOfficeSearch, tr(Msg::SearchOffices, lang), f.pickup_search, f.pickup_search, "", "search",
              64, f.focused == Field::PickupOfficeSearch, ""},
             out);
  std::vector<Card> cards;
  std::vector<std::string> codes;
  const std::string& current = d.pickup_office.empty() ? d.office_code : d.pickup_office;
  for (const Office& o : state.ref.offices) {
    if (!office_matches(o, f.pickup_search)) continue;
    Card c{"pickup_office_" + o.code, {{lang == Lang::Th ? o.name_th : o.name_en}}, true,
           o.code == current ? CardKind::Selected : CardKind::Plain};
    if (o.code == d.office_code) c.lines.push_back({booked_here, palette::kMuted});
    cards.push_back(std::move(c));
    codes.push_back(o.code);
  }
  if (cards.empty()) paragraph(tr(Msg::NoOfficeMatches, lang));
  const int tapped = card_grid(cards, grid_columns(150, 2), out);
  if (tapped >= 0) out.intents.push_back(SetPickupOffice{codes[static_cast<size_t>(tapped)]});
}

// Where the copies are handed over: the booking's office unless the citizen picks another district office.
// The choice shows as one card; a tap on it opens the offices below it.
void draw_pickup_office(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const BookingFlow& f = state.flow;
  const BookingDraft& d = f.draft;
  const std::string booked_here = std::string(tr(Msg::PickupAtBookingOffice, lang));
  const float top = ImGui::GetCursorScreenPos().y;
  text_wrapped(tr(Msg::LabelPickupOffice, lang));
  std::string chosen = office_name(state.ref, d.pickup_office.empty() ? d.office_code : d.pickup_office, lang);
  if (d.pickup_office.empty()) chosen += " " + booked_here;
  const Card card{"pickup_office",
                  {{chosen}, {std::string(tr(f.pickup_offices_shown ? Msg::Close : Msg::ChangePickupOffice, lang)),
                              palette::kAccent}},
                  true,
                  CardKind::Selected};
  if (card_button(card, out)) out.intents.push_back(ShowPickupOffices{!f.pickup_offices_shown});
  if (f.pickup_offices_shown) draw_pickup_office_choices(state, out);
  // The card sits near the bottom of the form: opened, the search and the first offices come up under it.
  bring_into_view_once("pickup_offices_opened", f.pickup_offices_shown ? "shown" : "", top);
}

void draw_pre_service(const AppState& state, UiOutput& out) {
  const BookingDraft& d = state.flow.draft;
  ImGui::Separator();
  heading(tr(Msg::PreServiceHeading, state.lang));
  draw_field(state, {Field::Mobile, Msg::LabelMobile, Msg::HintMobile, "tel", kMobileMax}, d.mobile, d.mobile, out);
  draw_field(state, {Field::LaserCode, Msg::LabelLaserCode, Msg::HintLaserCode, "text", kLaserMax}, d.laser_code,
             d.laser_code, out);
  draw_copies(state, out);
  draw_pickup(state, out);
  draw_pickup_office(state, out);
  if (!state.flow.details_submitted) return;
  if (const auto error = pre_service_error(d, state.ref.rules, state.ref.calendar))
    paragraph(error_message(*error, state.lang), palette::kError);
}

}  // namespace

void draw_details_screen(const AppState& state, UiOutput& out) {
  const BookingDraft& d = state.flow.draft;
  draw_choices_so_far(state);
  draw_field(state, {Field::Name, Msg::LabelName, Msg::HintName, "text", state.ref.rules.name_max_chars}, d.name,
             d.name, out);
  draw_field(state, {Field::NationalId, Msg::LabelNationalId, Msg::HintNationalId, "numeric", kNationalIdGrouped},
             d.national_id, group_national_id(d.national_id), out);
  if (needs_pre_service(state.ref.catalog, d)) draw_pre_service(state, out);
  ImGui::Spacing();
  if (wide_button(tr(Msg::Next, state.lang), "details_next", out)) out.intents.push_back(SubmitDetails{});
}

}  // namespace khiw::ui
