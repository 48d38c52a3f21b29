#include "ui/counter_setup_screen.h"

#include "ui/counter_parts.h"
#include "ui/screen_parts.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

void draw_counter_setup_screen(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const CounterDesk& desk = state.counter.desk;
  draw_staff_bar(state, out);
  if (catalog_pending(state, out)) return;
  heading(tr(Msg::DeskSection, lang));
  std::vector<Card> sections;
  for (const Section& s : state.ref.catalog.sections)
    sections.push_back({"desk_section_" + s.id, {{lang == Lang::Th ? s.name_th : s.name_en}}, true,
                        s.id == desk.section_id ? CardKind::Selected : CardKind::Plain});
  const int tapped = card_grid(sections, grid_columns(220, 1), out);
  if (tapped >= 0) out.intents.push_back(ChooseDeskSection{state.ref.catalog.sections[tapped].id});

  heading(tr(Msg::DeskCounterHeading, lang));
  std::vector<Card> counters;
  for (int n = 1; n <= state.ref.rules.counters_per_section; ++n)
    counters.push_back({"desk_counter_" + std::to_string(n), {{tr_n(Msg::DeskCounter, lang, n)}}, true,
                        n == desk.counter ? CardKind::Selected : CardKind::Plain});
  const int counter = card_grid(counters, grid_columns(150, 2), out);
  if (counter >= 0) out.intents.push_back(ChooseDeskCounter{counter + 1});

  if (wide_button(tr(Msg::DeskOpen, lang), "desk_open", out, desk_ready(desk))) out.intents.push_back(OpenCounterDesk{});
}

}  // namespace khiw::ui
