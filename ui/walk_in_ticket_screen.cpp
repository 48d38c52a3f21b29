#include "ui/walk_in_ticket_screen.h"

#include "core/geo.h"
#include "ui/fonts.h"
#include "ui/qr_view.h"
#include "ui/rating_card.h"
#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

constexpr int kSetOffStepMinutes = 5;

// Travel from where the citizen said they are, when known.
std::optional<UnixSeconds> travel_from_here(const AppState& state, const WalkInTicket& t) {
  const Office* office = find_office(state.ref, t.office_code);
  if (!office || !state.nearby.here) return std::nullopt;
  const GeoPoint here = *state.nearby.here;
  return travel_seconds(state.ref.rules, distance_m(here.lat, here.lon, office->lat, office->lon));
}

void draw_progress(const AppState& state, const WalkInTicket& t, UiOutput& out) {
  const Lang lang = state.lang;
  switch (t.state) {
    case TicketState::Serving: paragraph(tr_n(Msg::WalkInCalled, lang, t.counter), palette::kOk); return;
    case TicketState::Done: paragraph(tr(Msg::WalkInDone, lang)); return;
    case TicketState::NoShow: paragraph(tr(Msg::WalkInMissed, lang), palette::kError); return;
    case TicketState::Waiting:
    case TicketState::Transferred:  // never sent to a holder: their status follows the ticket into its new line
      paragraph(tr(Msg::WalkInInLine, lang), palette::kOk);
      break;
    case TicketState::Remote: break;
  }
  if (t.date != bkk_date(state.now)) {
    paragraph(tr(Msg::WalkInEarlierDay, lang));
    return;
  }
  const int ahead = t.position > 0 ? t.position - 1 : 0;
  text_wrapped(tr_n(Msg::WalkInAhead, lang, ahead));
  record_item("info_walkin_ahead", out, std::to_string(ahead));
  text_wrapped(tr_n(Msg::WalkInEstimate, lang, (t.wait_seconds + 59) / 60));
  paragraph(tr_fill(Msg::LiveAsOf, lang, "{time}", format_clock(bkk_minute_of_day(t.as_of))));
  if (t.state != TicketState::Remote) return;
  const SetOffAdvice advice = set_off_advice(t, travel_from_here(state, t));
  if (advice.under_threshold || advice.leave_in_minutes == 0) {
    paragraph(tr(Msg::WalkInGoNow, lang), palette::kOk);
    record_item("info_walkin_go_now", out);
  } else {
    text_wrapped(tr_n(Msg::WalkInLeaveIn, lang, advice.leave_in_minutes));
    record_item("info_walkin_leave_in", out, std::to_string(advice.leave_in_minutes));
  }
}

void draw_set_off_choice(const AppState& state, const WalkInTicket& t, const std::string& key, UiOutput& out) {
  const Lang lang = state.lang;
  text_wrapped(tr_n(Msg::WalkInTellMe, lang, t.set_off_minutes));
  if (button("-", "setoff_minus", out, t.set_off_minutes > kMinSetOffMinutes))
    out.intents.push_back(SetSetOffMinutes{key, t.set_off_minutes - kSetOffStepMinutes});
  ImGui::SameLine();
  if (button("+", "setoff_plus", out, t.set_off_minutes < kMaxSetOffMinutes))
    out.intents.push_back(SetSetOffMinutes{key, t.set_off_minutes + kSetOffStepMinutes});
  if (state.walk_ins.notifications_allowed) {
    paragraph(tr(Msg::WalkInNotifyOn, lang), palette::kOk);
  } else if (card_button(Card{"allow_notifications", {{std::string(tr(Msg::WalkInAllowNotify, lang))}}}, out)) {
    out.intents.push_back(AllowNotifications{});
  }
}

void draw_documents(const AppState& state, const WalkInTicket& t) {
  const Lang lang = state.lang;
  heading(tr(Msg::DocumentsToBring, lang));
  for (const Service* s : services_of(state.ref.catalog, t.section_id)) {
    text_wrapped(lang == Lang::Th ? s->name_th : s->name_en);
    if (!s->documents) {
      paragraph(tr(Msg::DocumentsUnknown, lang));
      continue;
    }
    for (const Document& d : *s->documents)
      paragraph("• " + (d.name_th.empty() ? d.name : d.name_th) + (d.name_en.empty() ? "" : " · " + d.name_en));
  }
}

}  // namespace

void draw_walk_in_ticket_screen(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const WalkInTicket* t = find_walk_in(state.walk_ins, state.walk_ins.open_key);
  if (!t) {
    paragraph(tr(Msg::TicketMissing, lang));
    return;
  }
  paragraph(tr(Msg::WalkInNumber, lang));
  ImGui::PushFont(large_font());  // digits and capitals only: the number alone
  text(t->ticket);
  ImGui::PopFont();
  record_item("info_walkin_number", out, t->ticket);
  paragraph(tr(Msg::WalkInNotAppointment, lang), palette::kError);
  text_wrapped(office_name(state.ref, t->office_code, lang) + " · " +
               section_name(state.ref.catalog, t->section_id, lang));
  text_wrapped(date_with_weekday(t->date, lang));
  draw_progress(state, *t, out);
  draw_rating_card(state, out);
  if (t->qr_matrix.size > 0) draw_qr(t->qr_matrix, module_pixels(t->qr_matrix, ImGui::GetContentRegionAvail().x),
                                     "walkin_qr", out);
  if (walk_in_open(*t, state.now) && t->state == TicketState::Remote)
    draw_set_off_choice(state, *t, state.walk_ins.open_key, out);
  draw_documents(state, *t);
}

}  // namespace khiw::ui
