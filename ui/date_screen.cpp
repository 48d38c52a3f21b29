#include "ui/date_screen.h"

#include "core/availability.h"
#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

// Why a day can or cannot be chosen, in the tile's last lines.
void add_status(const DayChoice& day, Lang lang, std::vector<Line>& lines) {
  switch (day.status) {
    case DayStatus::Open:
      lines.push_back({day.seats_known ? tr_n(Msg::DaySeatsLeft, lang, day.seats_left)
                                       : std::string(tr(Msg::SeatsNotKnown, lang)),
                       palette::kOk});
      break;
    case DayStatus::Full: lines.push_back({std::string(tr(Msg::DayFull, lang))}); break;
    case DayStatus::Weekend: lines.push_back({std::string(tr(Msg::DayWeekend, lang))}); break;
    case DayStatus::Closed: lines.push_back({std::string(tr(Msg::DayClosed, lang))}); break;
    case DayStatus::Holiday:
      lines.push_back({std::string(tr(Msg::DayHoliday, lang))});
      if (const std::string& name = lang == Lang::Th ? day.holiday_th : day.holiday_en; !name.empty())
        lines.push_back({name});
      break;
  }
  if (day.provisional) lines.push_back({std::string(tr(Msg::DayProvisional, lang)), palette::kMuted});
}

}  // namespace

void draw_date_screen(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  draw_choices_so_far(state);
  if (catalog_pending(state, out)) return;
  if (availability_pending(state, out)) return;
  const std::vector<DayChoice> days =
      day_choices(state.flow.availability, state.ref.calendar, state.ref.rules, state.now);
  if (days.empty()) paragraph(tr(Msg::NoDays, lang));
  std::vector<Card> tiles;
  for (const DayChoice& day : days) {
    Card tile{"date_" + iso_date(day.date),
              {{std::string(weekday_name(day.date, lang))}, {format_date(day.date, lang)}},
              day.status == DayStatus::Open,
              state.flow.draft.date == day.date ? CardKind::Selected : CardKind::Plain};
    add_status(day, lang, tile.lines);
    tiles.push_back(std::move(tile));
  }
  const int tapped = card_grid(tiles, grid_columns(170, 2), out);
  if (tapped >= 0) out.intents.push_back(ChooseDate{days[static_cast<size_t>(tapped)].date});
}

}  // namespace khiw::ui
