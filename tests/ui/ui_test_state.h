// States built by hand for the screen tests: the real reference data from data/, a fixed clock, the
// navigation stack on the screen under test; and small checks on what a frame produced.
#pragma once
#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

#include "core/app_state.h"
#include "core/app_update.h"
#include "core/office_part.h"
#include "tests/test_files.h"
#include "tests/ui/headless_frame.h"

namespace khiw::testing {

// Monday 23 Nov 2026, 10:00 in Bangkok (03:00 UTC).
inline constexpr UnixSeconds kMonday10am = 1795366800 + 10 * 3600;
inline constexpr float kPhoneWidth = 390, kPhoneHeight = 844;

inline const ReferenceState& reference() {
  static const ReferenceState ref = [] {
    ReferenceState r;
    r.offices = offices_from_reference_json(read_source_file("data/offices.json"));
    r.offices_status = LoadStatus::Ready;
    r.catalog = catalog_from_reference_json(read_source_file("data/departments.json"),
                                            read_source_file("data/express_points.json"));
    r.calendar = calendar_from_reference_json(read_source_file("data/holidays.json"));
    r.catalog_status = LoadStatus::Ready;
    return r;
  }();
  return ref;
}

// The app on `screen`, reached the usual way (Start below it), reference data loaded.
inline AppState state_on(Screen screen, Lang lang = Lang::Th) {
  AppState s;
  s.office = &kOfficePart;
  s.lang = lang;
  s.now = kMonday10am;
  s.ref = reference();
  if (screen != Screen::Start) s.nav.stack.push_back(screen);
  return s;
}

// On a screen of the booking path with office 1001, registration and `service` already chosen.
inline AppState path_state(Screen screen, const std::string& service = "idcard_first") {
  AppState s = state_on(screen);
  s.flow.draft.office_code = "1001";
  s.flow.draft.section_id = "registration";
  s.flow.draft.service_id = service;
  return s;
}

// Seats for every working day of the next three weeks: 6 slots of `remaining` seats, all bookable.
inline Availability open_availability(const AppState& s, int remaining = 5) {
  Availability a{"1001", "registration", s.ref.rules.capacity_per_slot, {}};
  const Date today = bkk_date(s.now);
  for (int i = 1; i <= 21; ++i) {
    const Date d = add_days(today, i);
    if (!is_working_day(s.ref.calendar, d)) continue;
    DaySeats day{d, is_provisional(s.ref.calendar, d), {}};
    for (int slot = 0; slot < static_cast<int>(s.ref.rules.slots.size()); ++slot)
      day.slots.push_back({slot, remaining, true});
    a.days.push_back(day);
  }
  return a;
}

// A booking as the server answered it, with a made-up QR (21 modules, a fixed pattern).
inline SavedBooking saved_booking(const std::string& code, Date date, int slot,
                                  BookingState state = BookingState::Confirmed,
                                  const std::string& service = "house_reg_copy") {
  SavedBooking b;
  const RulesConfig rules;
  const SlotTime t = rules.slots[static_cast<size_t>(slot)];
  b.booking = BookingView{code, "1001", "registration", service, date, slot,
                          format_clock(t.start_minute), format_clock(t.end_minute),
                          bkk_instant(date, t.start_minute) + rules.no_show_grace_seconds, state, "สมชาย ใจดี", "0705"};
  b.secret = "s3cret";
  b.qr = "khiw1." + code;
  b.qr_matrix.size = 21;
  for (int i = 0; i < 21 * 21; ++i) b.qr_matrix.modules.push_back(static_cast<std::uint8_t>((i * 7 + i / 21) % 3 == 0));
  return b;
}

template <typename T>
const T* find_intent(const std::vector<Intent>& intents) {
  for (const Intent& i : intents)
    if (const T* t = std::get_if<T>(&i)) return t;
  return nullptr;
}

// The one intent a tap produced, of type T.
template <typename T>
T single(const std::vector<Intent>& intents) {
  EXPECT_EQ(intents.size(), 1u);
  const T* t = find_intent<T>(intents);
  if (!t) throw std::runtime_error("expected intent missing");
  return *t;
}

// Draws `s` once on a tall screen (everything in view), then taps `id`: the intents of the tap.
inline std::vector<Intent> tap(const AppState& s, const std::string& id, float width = 1280, float height = 20000) {
  HeadlessUi ui(width, height);
  ui.frame(s);
  return ui.click(s, id);
}

inline bool has_widget(const ui::UiOutput& out, const std::string& id) {
  for (const auto& w : out.widgets)
    if (w.id == id) return true;
  return false;
}

// One frame's output (one ImGui context at a time: taps make their own); the second frame, scrollbars decided.
inline ui::UiOutput frame_of(const AppState& s, float width = kPhoneWidth, float height = 20000) {
  HeadlessUi ui(width, height);
  ui.frame(s);
  return ui.frame(s);
}

inline ui::WidgetRect widget_of(const ui::UiOutput& out, const std::string& id) {
  for (const auto& w : out.widgets)
    if (w.id == id) return w;
  ADD_FAILURE() << "no widget " << id;
  return {};
}

// The walk-in ticket W007 at 1040 taken today, on its screen, in `state`.
inline AppState walk_in_ticket_on_screen(TicketState state, UnixSeconds wait_s = 0) {
  AppState s = state_on(Screen::WalkInTicket);
  WalkInTicket t;
  t.ticket = "W007";
  t.office_code = "1040";
  t.section_id = "registration";
  t.date = bkk_date(s.now);
  t.issued_at = s.now - 600;
  t.qr = "W007.1040.registration.2026-11-23.sig";
  t.qr_matrix = encode_qr(t.qr);
  t.state = state;
  t.position = 9;
  t.wait_seconds = wait_s;
  t.as_of = s.now;
  s.walk_ins.open_key = walk_in_key(t);
  s.walk_ins.tickets.push_back(t);
  return s;
}

// Nothing runs off the right edge of the screen.
inline void expect_fits(const ui::UiOutput& out, float width) {
  for (const auto& w : out.widgets) {
    EXPECT_GE(w.x, 0.0f) << w.id;
    EXPECT_LE(w.x + w.w, width + 0.5f) << w.id;
  }
}

// Touch targets at least 44 CSS px tall (headless frames run at 1 px per CSS px). QR codes, field errors
// and info_ lines are named for tests and screen readers but are not tapped.
inline void expect_touch_targets(const ui::UiOutput& out) {
  const auto ends_with = [](const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
  };
  for (const auto& w : out.widgets)
    if (!ends_with(w.id, "_qr") && w.id.rfind("error_", 0) != 0 && w.id.rfind("info_", 0) != 0)
      EXPECT_GE(w.h, 44.0f) << w.id;
}

// Draws `s` on a phone and on a desktop in both languages: everything fits and every target is tall enough.
inline void expect_fits_phone_and_desktop(AppState s) {
  for (const Lang lang : {Lang::Th, Lang::En}) {
    s.lang = lang;
    {
      HeadlessUi phone(kPhoneWidth, kPhoneHeight);
      phone.frame(s);
      const auto out = phone.frame(s);  // second frame: scrollbars decided
      expect_fits(out, kPhoneWidth);
      expect_touch_targets(out);
    }
    HeadlessUi desktop(1280, 900);
    desktop.frame(s);
    expect_fits(desktop.frame(s), 1280);
  }
}

}  // namespace khiw::testing
