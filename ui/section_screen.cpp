#include "ui/section_screen.h"

#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace khiw::ui {

void draw_section_screen(const AppState& state, UiOutput& out) {
  draw_choices_so_far(state);
  if (catalog_pending(state, out)) return;
  const Lang lang = state.lang;
  for (const Section& section : state.ref.catalog.sections) {
    const auto count = static_cast<long>(services_of(state.ref.catalog, section.id).size());
    Card card{"section_" + section.id, {{lang == Lang::Th ? section.name_th : section.name_en}}, count > 0,
              state.flow.draft.section_id == section.id ? CardKind::Selected : CardKind::Plain};
    if (lang == Lang::En && !section.summary_en.empty()) card.lines.push_back({section.summary_en, palette::kMuted});
    // A section without services says so honestly instead of disappearing.
    card.lines.push_back(count > 0 ? Line{tr_n(Msg::SectionServiceCount, lang, count), palette::kOk}
                                   : Line{std::string(tr(Msg::SectionNotBookable, lang))});
    if (card_button(card, out)) out.intents.push_back(ChooseSection{section.id});
  }
}

}  // namespace khiw::ui
