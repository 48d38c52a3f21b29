#include "ui/ticket_screen.h"

#include <algorithm>
#include <cmath>

#include "core/labels.h"
#include "core/thai_shaping.h"
#include "ui/fonts.h"
#include "ui/qr_view.h"
#include "ui/rating_card.h"
#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

void draw_code(const SavedBooking& saved, const AppState& state) {
  paragraph(tr(Msg::BookingCode, state.lang));
  ImGui::PushFont(large_font());
  text(saved.booking.code);
  ImGui::PopFont();
  paragraph(booking_state_label(saved.booking.state, state.lang), booking_state_colour(saved.booking.state));
}

void draw_details(const SavedBooking& saved, const AppState& state) {
  const Lang lang = state.lang;
  const BookingView& b = saved.booking;
  info_rows("ticket", booking_rows(state, b));
  if (!is_active(b.state)) return;
  const std::string arrive = tr_fill(Msg::ArriveBy, lang, "{t}", format_clock(bkk_minute_of_day(b.check_in_until)));
  paragraph(arrive + ": " + tr_n(Msg::LateCancels, lang, state.ref.rules.no_show_grace_seconds / 60),
            palette::kError);
}

void draw_checklist(const SavedBooking& saved, const AppState& state, UiOutput& out) {
  heading(tr(Msg::DocumentsToBring, state.lang));
  const Service* service = find_service(state.ref.catalog, saved.booking.service_id);
  if (!service || !service->documents) {
    paragraph(tr(Msg::DocumentsUnknown, state.lang));
    return;
  }
  for (size_t i = 0; i < service->documents->size(); ++i) {
    const Document& doc = (*service->documents)[i];
    const bool ticked = i < saved.ticks.size() && saved.ticks[i];
    if (checkbox(doc.name_th.empty() ? doc.name : doc.name_th, "doc_" + std::to_string(i), ticked, out, doc.name_en))
      out.intents.push_back(ToggleDocument{saved.booking.code, static_cast<int>(i)});
  }
}

void draw_ticket_actions(const SavedBooking& saved, const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const MyBookings& mine = state.mine;
  const std::string& code = saved.booking.code;
  if (card_button(Card{"add_calendar", {{std::string(tr(Msg::AddCalendar, lang))}}}, out))
    out.intents.push_back(AddToCalendar{code});
  if (card_button(Card{"save_qr", {{std::string(tr(Msg::SaveQr, lang))}}}, out))
    out.intents.push_back(SaveQrImage{code});
  const BookingState s = saved.booking.state;
  const bool cancellable = s == BookingState::Requested || s == BookingState::Confirmed;
  if (cancel_queued(state.outbox, code)) {
    paragraph(tr(Msg::CancelQueued, lang), palette::kError);
    record_item("info_cancel_queued", out);
  } else if (mine.cancel_sending == code) {
    paragraph(tr(Msg::Cancelling, lang));
  } else if (cancellable && mine.cancel_asked == code) {
    paragraph(tr(Msg::CancelAsk, lang), palette::kError);
    const int answer = card_grid({Card{"cancel_yes", {{std::string(tr(Msg::CancelYes, lang)), palette::kError}}},
                                  Card{"cancel_no", {{std::string(tr(Msg::CancelNo, lang))}}}},
                                 2, out);
    if (answer >= 0) out.intents.push_back(AnswerCancel{answer == 0});
  } else if (cancellable) {
    if (card_button(Card{"cancel_booking", {{std::string(tr(Msg::CancelBooking, lang)), palette::kError}}}, out))
      out.intents.push_back(AskCancel{code});
  }
  if (!mine.cancel_error) return;
  if (*mine.cancel_error == "network") {
    paragraph(tr(Msg::CancelFailedNetwork, lang), palette::kError);
  } else {
    const auto known = error_code_from_name(*mine.cancel_error);
    paragraph(known ? std::string(error_message(*known, lang))
                    : std::string(tr(Msg::CancelFailed, lang)) + " (" + *mine.cancel_error + ")",
              palette::kError);
  }
}

}  // namespace

void draw_ticket_screen(const AppState& state, UiOutput& out) {
  const SavedBooking* saved = find_saved(state.mine, state.mine.open_code);
  if (!saved) {
    paragraph(tr(Msg::TicketMissing, state.lang));
    return;
  }
  draw_rating_card(state, out);  // a finished service: first what the citizen may still do
  const float avail = ImGui::GetContentRegionAvail().x;
  const QrMatrix& qr = saved->qr_matrix;
  const float side = qr.size > 0 ? module_pixels(qr, avail) * static_cast<float>(qr.size + 2 * kQrQuietZone) : 0;
  // On a desktop the details stand beside the code; on a phone under it.
  const bool beside = side > 0 && avail >= side + 360 * css_px();
  ImGui::BeginGroup();
  if (side > 0) {
    draw_qr(qr, module_pixels(qr, avail), "ticket_qr", out);
  } else {
    paragraph(tr(Msg::QrUnavailable, state.lang), palette::kError);
  }
  ImGui::EndGroup();
  if (beside) ImGui::SameLine();
  ImGui::BeginGroup();
  // A served, cancelled or missed booking is not shown at a counter again; its state says so below.
  if (side > 0 && is_active(saved->booking.state)) {
    const std::string_view show = tr(Msg::ShowAtCounter, state.lang);
    paragraph(show);
    record_item("info_show_at_counter", out, std::string(show));
  }
  draw_code(*saved, state);
  draw_details(*saved, state);
  ImGui::EndGroup();
  draw_checklist(*saved, state, out);
  draw_ticket_actions(*saved, state, out);
}

}  // namespace khiw::ui
