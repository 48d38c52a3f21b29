#include "ui/service_screen.h"

#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

std::string fee_text(const Service& s, Lang lang) {
  std::string fee = !s.fee_thb ? std::string(tr(Msg::FeeUnknown, lang))
                    : *s.fee_thb == 0 ? std::string(tr(Msg::FeeFree, lang))
                                      : tr_n(Msg::FeeBaht, lang, *s.fee_thb);
  // A note that only repeats "free" adds nothing to "free".
  if (!s.fee_note.empty() && s.fee_note != "free") fee += " (" + s.fee_note + ")";
  return fee;
}

// Everything a citizen must know before choosing: unknown facts say "ask the office", never a guess.
Card service_card(const Service& s, const AppState& state) {
  const Lang lang = state.lang;
  Card card{"service_" + s.id, {{lang == Lang::Th ? s.name_th : s.name_en}}, true,
            state.flow.draft.service_id == s.id ? CardKind::Selected : CardKind::Plain};
  card.lines.push_back({fee_text(s, lang), palette::kMuted});
  card.lines.push_back({s.processing_time ? std::string(tr(Msg::ProcessingTime, lang)) + " " + *s.processing_time
                                          : std::string(tr(Msg::ProcessingUnknown, lang)),
                        palette::kMuted});
  if (!s.documents) {
    card.lines.push_back({std::string(tr(Msg::DocumentsUnknown, lang)), palette::kMuted});
    return card;
  }
  if (s.documents->empty()) return card;
  card.lines.push_back({std::string(tr(Msg::DocumentsToBring, lang)), palette::kAccent});
  for (const Document& doc : *s.documents) {
    card.lines.push_back({"• " + (doc.name_th.empty() ? doc.name : doc.name_th)});
    if (!doc.name_en.empty()) card.lines.push_back({"   " + doc.name_en, palette::kMuted});
  }
  return card;
}

}  // namespace

void draw_service_screen(const AppState& state, UiOutput& out) {
  draw_choices_so_far(state);
  if (catalog_pending(state, out)) return;
  const auto services = services_of(state.ref.catalog, state.flow.draft.section_id);
  if (services.empty()) paragraph(tr(Msg::NoServices, state.lang));
  for (const Service* s : services)
    if (card_button(service_card(*s, state), out)) out.intents.push_back(ChooseService{s->id});
}

}  // namespace khiw::ui
