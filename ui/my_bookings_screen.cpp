#include "ui/my_bookings_screen.h"

#include <cmath>

#include "core/labels.h"
#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

void draw_refresh(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const RefreshStatus refresh = state.mine.refresh;
  if (button(tr(Msg::MineRefresh, lang), "mine_refresh", out, refresh != RefreshStatus::Refreshing))
    out.intents.push_back(RefreshMyBookings{});
  if (refresh == RefreshStatus::Idle) return;
  ImGui::SameLine();
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::floor((touch_height() - ImGui::GetFontSize()) / 2));
  switch (refresh) {
    case RefreshStatus::Refreshing: paragraph(tr(Msg::MineRefreshing, lang)); break;
    case RefreshStatus::Done: paragraph(tr(Msg::MineRefreshed, lang), palette::kOk); break;
    case RefreshStatus::Failed: paragraph(tr(Msg::MineRefreshFailed, lang), palette::kError); break;
    case RefreshStatus::Idle: break;
  }
}

Card booking_card(const SavedBooking& saved, const AppState& state) {
  const Lang lang = state.lang;
  const BookingView& b = saved.booking;
  return Card{"mine_" + b.code,
              {{b.code},
               {cancel_queued(state.outbox, b.code) ? std::string(tr(Msg::CancelQueued, lang))
                                                    : std::string(booking_state_label(b.state, lang)),
                booking_state_colour(b.state)},
               {service_name(state.ref.catalog, b.service_id, lang)},
               {office_name(state.ref, b.office_code, lang), palette::kMuted},
               {date_with_weekday(b.date, lang) + " " + b.start + "–" + b.end, palette::kMuted}}};
}


// Same-day walk-in tickets first: they are today's, the appointments may be days away.
void draw_walk_ins(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  if (state.walk_ins.tickets.empty()) return;
  heading(tr(Msg::MyWalkIns, lang));
  for (const WalkInTicket& t : state.walk_ins.tickets) {
    const std::string where = office_name(state.ref, t.office_code, lang) + " · " +
                              section_name(state.ref.catalog, t.section_id, lang);
    const Card card{"walkin_ticket_" + t.ticket + "_" + iso_date(t.date) + "_" + t.office_code,
                    {{t.ticket + " · " + date_with_weekday(t.date, lang)}, {where, palette::kMuted}}};
    if (card_button(card, out)) out.intents.push_back(OpenWalkInTicket{walk_in_key(t)});
  }
}

// Bookings made offline that the server has not confirmed (or has refused) come first: they need the
// citizen's attention, and they have no code or QR yet.
void draw_pending(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  if (state.outbox.bookings.empty()) return;
  heading(tr(Msg::MinePendingHeading, lang));
  for (const PendingBooking& p : state.outbox.bookings) {
    const BookingDraft& d = p.draft;
    const bool refused = p.state == PendingState::Refused;
    const Card card{"pending_" + p.key,
                    {{std::string(tr(refused ? Msg::PendingRefused : Msg::PendingWaiting, lang)), palette::kError},
                     {service_name(state.ref.catalog, d.service_id, lang)},
                     {office_name(state.ref, d.office_code, lang), palette::kMuted},
                     {(d.date ? date_with_weekday(*d.date, lang) : "") + " " +
                          (d.slot ? slot_label(state.ref.rules, *d.slot) : ""),
                      palette::kMuted}}};
    if (card_button(card, out)) out.intents.push_back(OpenPendingBooking{p.key});
  }
}

}  // namespace

void draw_my_bookings_screen(const AppState& state, UiOutput& out) {
  if (!state.mine.storage_available)
    paragraph(tr(state.mine.storage_full ? Msg::MineStorageFull : Msg::MineStorageUnavailable, state.lang),
              palette::kError);
  draw_pending(state, out);
  draw_walk_ins(state, out);
  if (!state.outbox.bookings.empty() || !state.walk_ins.tickets.empty()) heading(tr(Msg::TitleMyBookings, state.lang));
  draw_refresh(state, out);
  if (state.mine.items.empty()) paragraph(tr(Msg::MineEmpty, state.lang));
  for (const SavedBooking& saved : state.mine.items)  // kept newest first by core
    if (card_button(booking_card(saved, state), out)) out.intents.push_back(OpenTicket{saved.booking.code});
}

}  // namespace khiw::ui
