// What the web app knows at one moment, one part per feature. The UI only reads it; changes go through
// app_update.h, which routes each intent to its feature.
#pragma once
#include <string>

#include "core/booking_flow.h"
#include "core/board_view.h"
#include "core/counter.h"
#include "core/day_summary.h"
#include "core/i18n.h"
#include "core/idempotency_keys.h"
#include "core/kept_answers.h"
#include "core/my_bookings.h"
#include "core/navigation.h"
#include "core/nearby.h"
#include "core/open_data.h"
#include "core/outbox.h"
#include "core/rating_prompt.h"
#include "core/reference_state.h"
#include "core/walk_in.h"

namespace khiw {

struct OfficePart;

struct AppState {
  Lang lang = Lang::Th;  // Thai first, whatever the browser says
  UnixSeconds now = 0;   // the device clock, read by the shell each frame (rules use Bangkok time)
  Navigation nav;
  ReferenceState ref;
  BookingFlow flow;
  MyBookings mine;
  Nearby nearby;
  WalkIns walk_ins;
  RatingPrompt rating;  // the rating card of a finished service's ticket
  Outbox outbox;      // what waits for the connection, and whether there is one
  KeptAnswers kept;   // the last public answers, for opening and booking offline
  Counter counter;    // counter mode: staff session, desk, the section's line
  bool counter_route = false;  // the page opened at /#counter: counter mode once the records are read
  BoardView board;             // the page opened at /#board/<office>: the hall's display, nothing else
  DaySummary summary;          // counter mode: the director's summary
  OpenDataView open_data;      // the public figures page
  const OfficePart* office = nullptr;  // counter mode and the board: set in the office bundle only
  IdempotencyKeys keys;
  // The device records as last written, so a change (and only a change) is stored again.
  std::string stored_session;
  std::string stored_bookings;
  std::string stored_walk_ins;
  std::string stored_outbox;
  std::string stored_staff;
  KeptAnswers stored_kept;  // compared as data: its JSON is large and most intents change nothing
};

}  // namespace khiw
