#include "ui/review_screen.h"

#include "core/labels.h"
#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

// After a refusal: why, and the nearest free slots as one-tap alternatives.
void draw_refusal(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const BookingFlow& flow = state.flow;
  paragraph(tr(Msg::Refused, lang), palette::kError);
  if (flow.refusal) paragraph(error_message(*flow.refusal, lang), palette::kError);
  else if (!flow.refusal_code.empty()) paragraph(flow.refusal_code);
  heading(tr(flow.alternatives.empty() ? Msg::AlternativesNone : Msg::Alternatives, lang));
  std::vector<Card> tiles;
  for (const SlotChoice& alt : flow.alternatives)
    tiles.push_back(Card{"alt_" + iso_date(alt.date) + "_" + std::to_string(alt.slot),
                         {{date_with_weekday(alt.date, lang)},
                          {slot_label(state.ref.rules, alt.slot)},
                          {tr_n(Msg::SlotSeatsLeft, lang, alt.remaining), palette::kOk}}});
  const int tapped = card_grid(tiles, grid_columns(170, 2), out);
  if (tapped >= 0) {
    const SlotChoice& alt = flow.alternatives[static_cast<size_t>(tapped)];
    out.intents.push_back(PickAlternative{alt.date, alt.slot});
  }
}

}  // namespace

void draw_review_screen(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  info_rows("review", draft_rows(state, state.flow.draft));
  ImGui::Spacing();
  text_wrapped(std::string(tr(Msg::BeOnTime, lang)) + " " +
               tr_n(Msg::LateCancels, lang, state.ref.rules.no_show_grace_seconds / 60));
  ImGui::Spacing();
  switch (state.flow.send) {
    case SendStatus::Idle:
    case SendStatus::Sending: {
      const bool sending = state.flow.send == SendStatus::Sending;
      if (connection_status(state.outbox) == ConnectionStatus::Offline) paragraph(tr(Msg::ConfirmOffline, lang));
      if (wide_button(tr(sending ? Msg::Sending : Msg::Confirm, lang), "confirm", out, !sending))
        out.intents.push_back(ConfirmBooking{});
      break;
    }
    case SendStatus::NotSent:
      paragraph(tr(Msg::NotSent, lang), palette::kError);
      if (wide_button(tr(Msg::Retry, lang), "retry_send", out)) out.intents.push_back(ConfirmBooking{});
      break;
    case SendStatus::Refused: draw_refusal(state, out); break;
  }
}

}  // namespace khiw::ui
