#include "ui/pending_booking_screen.h"

#include "core/labels.h"
#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

void draw_waiting(const AppState& state, const PendingBooking& p, UiOutput& out) {
  const Lang lang = state.lang;
  paragraph(tr(Msg::PendingWaiting, lang), palette::kError);
  record_item("info_pending_waiting", out);
  paragraph(tr(Msg::PendingNoQrYet, lang));
  paragraph(tr_fill(Msg::PendingSavedAt, lang, "{time}", moment_text(p.queued_at, lang)), palette::kMuted);
  ImGui::Spacing();
  info_rows("pending", draft_rows(state, p.draft));
  ImGui::Spacing();
  if (p.cancel_requested) paragraph(tr(Msg::PendingCancelSoon, lang));
  else if (wide_button(tr(Msg::PendingCancel, lang), "pending_cancel", out))
    out.intents.push_back(RemovePendingBooking{p.key});
}

// The offered slots: the refused office's first, then the nearest others, each tile naming its office.
void draw_alternatives(const AppState& state, const PendingBooking& p, UiOutput& out) {
  const Lang lang = state.lang;
  const Outbox& o = state.outbox;
  if (o.alternatives.empty()) {
    paragraph(tr(o.alternatives_loading > 0 ? Msg::PendingLookingForSlots : Msg::PendingNoAlternatives, lang));
    return;
  }
  heading(tr(Msg::PendingPickOther, lang));
  std::vector<Card> tiles;
  for (const RebookChoice& c : o.alternatives)
    tiles.push_back(Card{"rebook_" + c.office_code + "_" + iso_date(c.date) + "_" + std::to_string(c.slot),
                         {{office_name(state.ref, c.office_code, lang),
                           c.office_code == p.draft.office_code ? palette::kMuted : palette::kAccent},
                          {date_with_weekday(c.date, lang)},
                          {slot_label(state.ref.rules, c.slot)},
                          {tr_n(Msg::SlotSeatsLeft, lang, c.remaining), palette::kOk}}});
  const int tapped = card_grid(tiles, grid_columns(170, 2), out);
  if (tapped >= 0) out.intents.push_back(Rebook{p.key, o.alternatives[static_cast<size_t>(tapped)]});
}

void draw_refused(const AppState& state, const PendingBooking& p, UiOutput& out) {
  const Lang lang = state.lang;
  paragraph(tr(Msg::PendingRefused, lang), palette::kError);
  const auto known = error_code_from_name(p.refusal_code);
  paragraph(known ? std::string(error_message(*known, lang)) : p.refusal_code, palette::kError);
  record_item("info_pending_refused", out, p.refusal_code);
  ImGui::Spacing();
  info_rows("pending", draft_rows(state, p.draft));
  ImGui::Spacing();
  draw_alternatives(state, p, out);
  ImGui::Spacing();
  if (button(tr(Msg::PendingRemove, lang), "pending_remove", out)) out.intents.push_back(RemovePendingBooking{p.key});
}

}  // namespace

void draw_pending_booking_screen(const AppState& state, UiOutput& out) {
  const PendingBooking* p = find_pending(state.outbox, state.outbox.open_key);
  if (!p) {
    paragraph(tr(Msg::MineEmpty, state.lang));
    return;
  }
  if (p->state == PendingState::Waiting) draw_waiting(state, *p, out);
  else draw_refused(state, *p, out);
}

}  // namespace khiw::ui
