#include "ui/walk_in_screen.h"

#include "core/errors.h"
#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

struct SectionChoice {
  const Section* section = nullptr;
  LiveSection live;
};

// The office's sections in the catalog's order (a citizen looks for the one their errand needs; the map
// and the list already steered them to the least crowded office), each with its line now.
std::vector<SectionChoice> sections_with_counts(const AppState& state) {
  std::vector<SectionChoice> out;
  const auto office = state.nearby.live.counts.offices.find(state.walk_ins.office_code);
  for (const Section& s : state.ref.catalog.sections) {
    SectionChoice c{&s, {}};
    if (office != state.nearby.live.counts.offices.end()) {
      const auto live = office->second.sections.find(s.id);
      if (live != office->second.sections.end()) c.live = live->second;
    }
    out.push_back(c);
  }
  return out;
}

void send_state(const WalkIns& w, Lang lang) {
  if (w.send == SendStatus::Sending) paragraph(tr(Msg::WalkInTaking, lang));
  if (w.send == SendStatus::NotSent) paragraph(tr(Msg::WalkInNotSent, lang), palette::kError);
  if (w.send != SendStatus::Refused) return;
  const auto known = error_code_from_name(w.refusal);
  paragraph(std::string(tr(Msg::WalkInRefused, lang)) + ": " +
                (known ? std::string(error_message(*known, lang)) : w.refusal),
            palette::kError);
}

}  // namespace

void draw_walk_in_screen(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  if (catalog_pending(state, out)) return;
  heading(office_name(state.ref, state.walk_ins.office_code, lang));
  paragraph(tr(Msg::WalkInNotAppointment, lang), palette::kError);
  text_wrapped(tr(Msg::WalkInChooseSection, lang));
  send_state(state.walk_ins, lang);
  const bool sending = state.walk_ins.send == SendStatus::Sending;
  for (const SectionChoice& c : sections_with_counts(state)) {
    const std::string wait = wait_text(c.live.wait_seconds, lang);
    const Card card{"walkin_" + c.section->id,
                    {{lang == Lang::Th ? c.section->name_th : c.section->name_en},
                     {tr_n(Msg::WaitingNow, lang, c.live.waiting) + " · " + wait, palette::kMuted}},
                    !sending};
    if (card_button(card, out)) out.intents.push_back(TakeWalkIn{c.section->id});
  }
}

}  // namespace khiw::ui
