// The rating card on a finished service's ticket (a booking done, a walk-in ticket done): 1-5 stars, an
// optional comment, send or skip. What the citizen confirms goes to POST /api/ratings with the booking's
// code and secret or the walk-in ticket's signed QR, and waits on the device with its body until the
// server answers (an offline send goes again, as it is, on a later tick). Each booking or ticket
// remembers whether it was rated or skipped (RatingMark), so the citizen is asked once.
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "core/bkk_time.h"
#include "core/effects.h"
#include "core/rating_mark.h"

namespace khiw {

struct AppState;

// What the citizen is typing on the card, for the ticket on screen (`subject`: its booking code or
// walk-in key); another ticket's card starts empty.
struct RatingPrompt {
  std::string subject;
  int stars = 0;  // 0: none chosen yet
  std::string comment;
  bool comment_refused = false;  // too long or with characters a comment cannot have
  std::string sending;           // the subject whose rating is on its way
  UnixSeconds retry_at = 0;      // after no answer, waiting ratings go again from then on
  bool operator==(const RatingPrompt&) const = default;
};

struct RateStars { int stars = 0; };
struct SendRating {};
struct SkipRating {};
using RatingIntent = std::variant<RateStars, SendRating, SkipRating>;

inline constexpr UnixSeconds kRatingRetrySeconds = 30;

// The card of the ticket on screen: shown (`mark` set) when the service is done and can still be rated,
// or a rating of it was sent or refused; not once skipped. `askable`: the stars and comment are offered.
struct RatingCard {
  const RatingMark* mark = nullptr;
  std::string subject;
  bool askable = false;
};
RatingCard rating_card(const AppState& s);

std::vector<Effect> apply_rating_intent(AppState& s, const RatingIntent& intent);
void edit_rating_comment(AppState& s, const std::string& value);
// POST /api/ratings answered; `context` is the subject.
std::vector<Effect> apply_rating_reply(AppState& s, int status, const std::string& body, const std::string& context);
// A rating waiting for the connection, sent again when due.
std::vector<Effect> rating_tick(AppState& s);

}  // namespace khiw
