#include "core/rating_prompt.h"

#include <nlohmann/json.hpp>

#include "core/app_state.h"
#include "core/my_bookings_update.h"
#include "core/rating.h"
#include "core/utf8.h"

namespace khiw {

namespace {

using nlohmann::json;

// Thai takes 3 bytes a character: the byte bound only stops oversized input before the count.
constexpr size_t kMaxCommentBytes = 4 * kCommentMaxChars;

// The ticket on screen as something to rate: its mark, its subject, the proof the server asks for, and
// whether it can be rated now (done, within the rating days).
struct Subject {
  RatingMark* mark = nullptr;
  std::string key;
  json proof;
  bool ratable = false;
};

Subject on_screen(AppState& s) {
  const Date today = bkk_date(s.now);
  if (s.nav.current() == Screen::Ticket)
    if (SavedBooking* b = find_saved(s.mine, s.mine.open_code))
      return {&b->rating, b->booking.code, json{{"booking", json{{"code", b->booking.code}, {"secret", b->secret}}}},
              b->booking.state == BookingState::Done && rating_open(b->booking.date, today)};
  if (s.nav.current() == Screen::WalkInTicket)
    if (WalkInTicket* t = find_walk_in(s.walk_ins, s.walk_ins.open_key))
      return {&t->rating, s.walk_ins.open_key, json{{"ticket_qr", t->qr}},
              t->state == TicketState::Done && rating_open(t->date, today)};
  return {};
}

bool askable(const Subject& t) { return t.mark && t.mark->state == RatingState::Unasked && t.ratable; }

// The card's stars and comment belong to one ticket: another's start empty.
RatingPrompt& draft_for(RatingPrompt& p, const std::string& key) {
  if (p.subject != key) {
    p.subject = key;
    p.stars = 0;
    p.comment.clear();
    p.comment_refused = false;
  }
  return p;
}

RatingMark* mark_of(AppState& s, const std::string& key) {
  if (SavedBooking* b = find_saved(s.mine, key)) return &b->rating;
  if (WalkInTicket* t = find_walk_in(s.walk_ins, key)) return &t->rating;
  return nullptr;
}

// One rating on its way at a time: the first that waits, bookings before walk-in tickets.
std::vector<Effect> send_next(AppState& s) {
  if (!s.rating.sending.empty()) return {};
  auto send = [&s](const std::string& key, const RatingMark& m) -> std::vector<Effect> {
    s.rating.sending = key;
    return {http_post(Reply::Rating, "/api/ratings", m.body, key)};
  };
  for (const SavedBooking& b : s.mine.items)
    if (b.rating.state == RatingState::Pending) return send(b.booking.code, b.rating);
  for (const WalkInTicket& t : s.walk_ins.tickets)
    if (t.rating.state == RatingState::Pending) return send(walk_in_key(t), t.rating);
  return {};
}

struct RatingStep {
  AppState& s;
  Subject t;

  std::vector<Effect> operator()(const RateStars& i) const {
    if (askable(t) && valid_stars(i.stars)) draft_for(s.rating, t.key).stars = i.stars;
    return {};
  }

  std::vector<Effect> operator()(const SendRating&) const {
    if (!askable(t)) return {};
    RatingPrompt& p = draft_for(s.rating, t.key);
    if (!valid_stars(p.stars)) return {};
    const std::optional<std::string> comment = normalize_rating_comment(p.comment);
    if (!comment) {
      p.comment_refused = true;
      return {};
    }
    json body = t.proof;
    body["stars"] = p.stars;
    body["comment"] = *comment;
    *t.mark = {RatingState::Pending, body.dump(), ""};
    p.stars = 0;
    p.comment.clear();
    return send_next(s);
  }

  std::vector<Effect> operator()(const SkipRating&) const {
    if (t.mark && t.mark->state == RatingState::Unasked) *t.mark = {RatingState::Skipped, "", ""};
    return {};
  }
};

}  // namespace

RatingCard rating_card(const AppState& s) {
  const Subject t = on_screen(const_cast<AppState&>(s));  // only looks
  if (!t.mark || t.mark->state == RatingState::Skipped) return {};
  if (!t.ratable && t.mark->state == RatingState::Unasked && t.mark->refusal.empty()) return {};
  return {t.mark, t.key, askable(t)};
}

std::vector<Effect> apply_rating_intent(AppState& s, const RatingIntent& intent) {
  return std::visit(RatingStep{s, on_screen(s)}, intent);
}

void edit_rating_comment(AppState& s, const std::string& value) {
  const Subject t = on_screen(s);
  if (!askable(t)) return;
  RatingPrompt& p = draft_for(s.rating, t.key);
  p.comment = utf8_prefix(value, kMaxCommentBytes);
  p.comment_refused = false;
}

std::vector<Effect> apply_rating_reply(AppState& s, int status, const std::string& body, const std::string& context) {
  if (context != s.rating.sending) return {};
  s.rating.sending.clear();
  RatingMark* m = mark_of(s, context);
  if (!m || m->state != RatingState::Pending) return send_next(s);
  // No answer, or the server failed: the same body goes again later (it may have been taken: that answer
  // is already_rated).
  if (status == 0 || status >= 500) {
    s.rating.retry_at = s.now + kRatingRetrySeconds;
    return {};
  }
  const bool taken = status / 100 == 2;
  const std::string refusal = taken ? "" : error_code_or_network(status, body);
  if (taken || refusal == "already_rated") *m = {RatingState::Rated, "", ""};
  else *m = {RatingState::Unasked, "", refusal};
  return send_next(s);
}

std::vector<Effect> rating_tick(AppState& s) {
  if (s.now < s.rating.retry_at || !s.outbox.browser_online) return {};
  return send_next(s);
}

}  // namespace khiw
