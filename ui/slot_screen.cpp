#include "ui/slot_screen.h"

#include "core/availability.h"
#include "core/labels.h"
#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

// The server's seats for slot `index` of the day, or none (then it cannot be booked).
SlotSeats seats_of(const DaySeats* day, int index) {
  if (day)
    for (const SlotSeats& s : day->slots)
      if (s.slot == index) return s;
  return SlotSeats{index, 0, false};
}

}  // namespace

void draw_slot_screen(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const BookingFlow& flow = state.flow;
  draw_choices_so_far(state);
  if (availability_pending(state, out) || !flow.draft.date) return;
  heading(date_with_weekday(*flow.draft.date, lang));
  const DaySeats* day = seats_on(flow.availability, *flow.draft.date);
  std::vector<Card> tiles;
  for (int i = 0; i < static_cast<int>(state.ref.rules.slots.size()); ++i) {
    const SlotSeats seats = seats_of(day, i);
    const bool open = seats.bookable && seats.remaining > 0;
    const Line status = open && !seats.known ? Line{std::string(tr(Msg::SeatsNotKnown, lang)), palette::kOk}
                        : open           ? Line{tr_n(Msg::SlotSeatsLeft, lang, seats.remaining), palette::kOk}
                        : !seats.bookable ? Line{std::string(tr(Msg::SlotNotBookable, lang))}
                                          : Line{std::string(tr(Msg::DayFull, lang))};
    tiles.push_back(Card{"slot_" + std::to_string(i), {{slot_label(state.ref.rules, i)}, status}, open,
                         flow.draft.slot == i ? CardKind::Selected : CardKind::Plain});
  }
  const int tapped = card_grid(tiles, grid_columns(170, 2), out);
  if (tapped >= 0) out.intents.push_back(ChooseSlot{tapped});
}

}  // namespace khiw::ui
