#include "ui/counter_check_in_screen.h"

#include <algorithm>
#include <cmath>

#include "core/errors.h"
#include "core/labels.h"
#include "ui/counter_parts.h"
#include "ui/screen_parts.h"
#include "ui/thai_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

// A 4:3 box for the preview, as wide as the screen allows (at most 480 CSS px).
void camera_box(const AppState& state, UiOutput& out) {
  paragraph(tr(Msg::ScanHint, state.lang), palette::kAccent);
  if (!state.counter.camera_error.empty()) paragraph(tr(Msg::CameraFailed, state.lang), palette::kError);
  const float w = std::floor(std::min(ImGui::GetContentRegionAvail().x, 480 * css_px()));
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 size(w, std::floor(w * 3 / 4));
  ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), palette::kBlack);
  ImGui::Dummy(size);
  record_item("camera", out);
  out.camera = out.widgets.back();
}

void typed_code(const AppState& state, UiOutput& out) {
  const CheckInDesk& d = state.counter.check_in;
  text_field({Field::CounterCode, tr(Msg::TypeCode, state.lang), d.typed, d.typed, "", "text", 16,
              state.flow.focused == Field::CounterCode, ""},
             out);
  if (button(tr(Msg::FindCode, state.lang), "find_code", out, !d.typed.empty())) out.intents.push_back(SubmitTypedCode{});
}

// Who was found: a booking (name, service, slot) or a remote walk-in ticket.
void found(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const CheckInDesk& d = state.counter.check_in;
  std::vector<std::pair<std::string, std::string>> rows;
  if (d.booking) {
    const BookingView& b = *d.booking;
    const std::string who = b.code + " · " + b.name;
    heading(who);
    record_item("info_found", out, who);
    rows.push_back({std::string(tr(Msg::LabelService, lang)), service_name(state.ref.catalog, b.service_id, lang)});
    rows.push_back({std::string(tr(Msg::LabelTime, lang)), date_with_weekday(b.date, lang) + " " + b.start + "–" + b.end});
    // The last four digits, to hold against the ID card (the rest is never sent to staff screens).
    rows.push_back({std::string(tr(Msg::LabelIdShort, lang)), masked_national_id(std::string(9, '0') + b.id_last4)});
    info_rows("found_rows", rows);
  } else {
    const std::string text = tr_fill(Msg::RemoteTicketFound, lang, "{ticket}", d.ticket);
    heading(text);
    record_item("info_found", out, text);
  }
}

void documents(const AppState& state, UiOutput& out) {
  const CheckInDesk& d = state.counter.check_in;
  if (!d.booking) return;
  const Service* service = find_service(state.ref.catalog, d.booking->service_id);
  heading(tr(Msg::DocumentsShown, state.lang));
  if (!service || !service->documents) {
    paragraph(tr(Msg::DocumentsUnknown, state.lang));
    return;
  }
  for (size_t i = 0; i < service->documents->size() && i < d.shown.size(); ++i) {
    const Document& doc = (*service->documents)[i];
    if (checkbox(doc.name_th, "shown_" + std::to_string(i), d.shown[i], out, state.lang == Lang::En ? doc.name_en : ""))
      out.intents.push_back(ToggleShownDocument{static_cast<int>(i)});
  }
}

void priority(const AppState& state, UiOutput& out) {
  heading(tr(Msg::PriorityHeading, state.lang));
  if (auto tapped = priority_grid(state.counter.check_in.priority, "priority_", state.lang, out))
    out.intents.push_back(SetPriority{std::move(*tapped)});
}

void refused(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const CheckInDesk& d = state.counter.check_in;
  std::string text = std::string(tr(Msg::CheckInRefused, lang)) + ": " + counter_error_text(d.error, lang);
  if (d.booking && d.error == error_code_name(ErrorCode::IllegalTransition))
    text += " (" + std::string(booking_state_label(d.booking->state, lang)) + ")";
  paragraph(text, palette::kError);
  record_item("error_check_in", out, text);
  if (d.error == error_code_name(ErrorCode::TooLate) &&
      wide_button(tr(Msg::WalkInInsteadButton, lang), "walk_in_instead", out))
    out.intents.push_back(WalkInInstead{});
}

}  // namespace

void draw_counter_check_in_screen(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const CheckInDesk& d = state.counter.check_in;
  draw_staff_bar(state, out);
  switch (d.step) {
    case CheckInStep::Idle:
      camera_box(state, out);
      typed_code(state, out);
      return;
    case CheckInStep::Verifying: paragraph(tr(Msg::Verifying, lang)); return;
    case CheckInStep::Found:
    case CheckInStep::CheckingIn: {
      found(state, out);
      documents(state, out);
      priority(state, out);
      const bool sending = d.step == CheckInStep::CheckingIn;
      if (sending) paragraph(tr(Msg::CheckingIn, lang));
      if (wide_button(tr(Msg::ConfirmCheckInButton, lang), "confirm_check_in", out, !sending))
        out.intents.push_back(ConfirmCheckIn{});
      if (sending) return;  // its answer belongs on this screen
      break;
    }
    case CheckInStep::CheckedIn: {
      const std::string text = tr_fill(Msg::CheckedInAs, lang, "{ticket}", d.result_ticket) +
                               (d.result_position > 0 ? " · " + tr_n(Msg::PositionInLine, lang, d.result_position) : "");
      heading(text);
      record_item("info_checked_in", out, text);
      break;
    }
    case CheckInStep::Refused:
      if (d.booking || !d.ticket.empty()) found(state, out);
      refused(state, out);
      if (!d.booking && d.ticket.empty()) {
        camera_box(state, out);
        typed_code(state, out);
        return;
      }
      break;
    case CheckInStep::IssuingWalkIn: paragraph(tr(Msg::IssuingWalkIn, lang)); return;
    case CheckInStep::WalkInIssued: {
      const std::string text = tr_fill(Msg::WalkInIssued, lang, "{ticket}", d.result_ticket);
      heading(text);
      record_item("info_walk_in_issued", out, text);
      break;
    }
  }
  if (wide_button(tr(Msg::NextCitizen, lang), "next_citizen", out)) out.intents.push_back(NextCheckIn{});
}

}  // namespace khiw::ui
