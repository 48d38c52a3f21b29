#include "ui/start_screen.h"

#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

constexpr ImU32 kOnAccentMuted = IM_COL32(214, 228, 242, 255);  // second line of a primary button

// A confirmed booking starting within 24 h (or 2 h): office, date and time; a tap opens its ticket.
void draw_reminder(const AppState& state, UiOutput& out) {
  const Reminder r = upcoming_reminder(state.mine, state.ref.rules, state.now);
  if (r.level == ReminderLevel::None) return;
  const Lang lang = state.lang;
  const SavedBooking* saved = find_saved(state.mine, r.code);
  Card card{"reminder", {}, true, CardKind::Warning};
  card.lines.push_back({std::string(tr(r.level == ReminderLevel::Within2Hours ? Msg::ReminderWithin2h
                                                                               : Msg::ReminderWithin24h,
                                       lang)),
                        palette::kError});
  if (saved) {
    card.lines.push_back({service_name(state.ref.catalog, saved->booking.service_id, lang)});
    card.lines.push_back({office_name(state.ref, saved->booking.office_code, lang)});
  }
  card.lines.push_back({date_with_weekday(bkk_date(r.starts_at), lang) + " " +
                        format_clock(bkk_minute_of_day(r.starts_at))});
  card.lines.push_back({std::string(tr(Msg::ReminderOpen, lang)), palette::kAccent});
  if (card_button(card, out)) out.intents.push_back(OpenTicket{r.code});
}

void entry(std::string label, Msg hint, const char* id, Screen to, const AppState& state, UiOutput& out) {
  const Card card{id, {{std::move(label)}, {std::string(tr(hint, state.lang)), kOnAccentMuted}}, true,
                  CardKind::Primary};
  if (card_button(card, out)) out.intents.push_back(OpenScreen{to});
}

}  // namespace

void draw_start_screen(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  draw_reminder(state, out);
  entry(std::string(tr(Msg::StartBook, lang)), Msg::StartBookHint, "book_start", Screen::Offices, state, out);
  entry(std::string(tr(Msg::StartWalkIn, lang)), Msg::StartWalkInHint, "walkin_start", Screen::Nearby, state, out);
  entry(tr_n(Msg::StartMine, lang, active_count(state.mine)), Msg::StartMineHint, "mine_start", Screen::MyBookings,
        state, out);
  ImGui::Spacing();
  if (button(tr(Msg::StartCounter, lang), "counter_start", out)) out.intents.push_back(OpenCounterMode{});
  if (button(tr(Msg::TitleOpenData, lang), "open_data_start", out)) out.intents.push_back(OpenOpenData{});
}

}  // namespace khiw::ui
