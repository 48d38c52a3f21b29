// Which screen the app shows, as a stack: forward steps push, the on-screen and the browser's back pop.
// The shell mirrors the stack's depth into the browser history, so both back buttons walk the same path.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

namespace khiw {

enum class Screen {
  Start,       // three ways in: book, today's walk-in, my bookings
  Offices,     // choose the district office
  Sections,    // its ten sections (ฝ่าย)
  Services,    // the section's services with fees and documents
  Date,        // the next working days
  Slot,        // the day's six slots
  Details,     // name, national ID, pre-service fields
  Consent,     // PDPA notice
  Review,      // everything once more, confirm
  Ticket,      // QR ticket of one saved booking
  MyBookings,  // every booking made on this device
  WalkIn,      // an office's sections, to take a ticket for today
  Nearby,      // the map (or list) of offices with live waiting counts
  WalkInTicket,  // one walk-in ticket: number, QR, place in line, when to set off
  PendingBooking,  // a booking made offline: waiting to be sent, or refused with other slots to pick
  StaffLogin,      // counter mode: staff log in with their office account
  CounterSetup,    // which section and counter this device serves
  CounterDesk,     // the counter: now serving, the line, today's bookings, actions
  CounterCheckIn,  // scan or type a citizen's code, check documents, check in
  Board,           // the waiting hall's "now serving" board (/#board/<office>)
  DaySummary,      // counter mode: the director's summary of the staff's office
  OpenData,        // public figures of every office for a day (/#open-data)
  CounterPreService,  // the office's copy requests: prepare, approve or reject, hand over
  kCount       // keep last
};

std::string_view screen_name(Screen s);  // "start", "offices", ... (probe, persisted session)
std::optional<Screen> screen_from_name(std::string_view name);

struct Navigation {
  std::vector<Screen> stack{Screen::Start};  // never empty
  Screen current() const { return stack.back(); }
  bool operator==(const Navigation&) const = default;
};

// Pushes `s` unless it is already on top.
void go_to(Navigation& nav, Screen s);
// Pops one screen; false (and nothing changes) at the start screen.
bool go_back(Navigation& nav);
// Pops back to the topmost `s` if it is on the stack, else pushes it.
void return_to(Navigation& nav, Screen s);

}  // namespace khiw
