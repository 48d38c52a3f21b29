#include "server-stub/ratings_service.h"

#include "core/rating.h"
#include "server-stub/bookings_service.h"
#include "server-stub/counter_service.h"
#include "server-stub/request_json.h"
#include "server-stub/ticket_view.h"

namespace khiw::server {

namespace {

using nlohmann::json;

ApiError not_served() {
  return {409, "not_served", "ยังไม่ได้รับบริการ จึงยังให้คะแนนไม่ได้", "Only a finished service can be rated"};
}
ApiError already_rated() { return {409, "already_rated", "ให้คะแนนบริการนี้แล้ว", "This service is already rated"}; }
ApiError rating_closed() {
  return {409, "rating_closed", "หมดเวลาให้คะแนนบริการนี้แล้ว",
          "Ratings are taken on the day of the service and the next day only"};
}

// What is rated and the keyed subject that makes it one rating only.
struct Rated {
  Rating rating;
  std::string subject;
};

Rated rated_booking(Context& ctx, const json& proof) {
  if (!proof.is_object()) throw ApiException{bad_json("\"booking\" must be an object {\"code\", \"secret\"}")};
  const Booking b = authenticated_booking(ctx, proof);
  if (b.state != BookingState::Done) throw ApiException{not_served()};
  return {{b.office_code, b.section_id, b.date, kMinStars, {}}, "booking:" + b.id};
}

// The section that finished the ticket: a transferred ticket is followed to the line it was sent to.
Rated rated_ticket(Context& ctx, const std::string& qr) {
  const std::optional<std::string> payload = verify_qr(ctx.keys, qr);
  if (!payload) throw ApiException{bad_signature()};
  const std::optional<TicketPayload> t = parse_ticket_payload(*payload);
  if (!t) throw ApiException{bad_json("\"ticket_qr\" is not a walk-in ticket's QR")};
  const SectionQueue q = followed_ticket_queue(ctx, t->office_code, t->section_id, t->day, t->number);
  if (find_ticket(q, t->number)->state != TicketState::Done) throw ApiException{not_served()};
  return {{t->office_code, q.section_id, t->day, kMinStars, {}},
          "ticket:" + t->office_code + "/" + iso_date(t->day) + "/" + t->number};
}

json rating_view(const Rating& r) {
  return {{"office_code", r.office_code},
          {"section_id", r.section_id},
          {"date", iso_date(r.day)},
          {"stars", r.stars},
          {"comment", r.comment}};
}

}  // namespace

Outcome post_rating(Context& ctx, const json& body) {
  allow_only(body, {"booking", "ticket_qr", "stars", "comment"});
  const int stars = required_int(body, "stars", kMinStars, kMaxStars);
  // Thai text is 3 bytes a character: the byte bound only stops oversized input before counting.
  const std::optional<std::string> comment_text = optional_string(body, "comment", 4 * kCommentMaxChars);
  const std::optional<std::string> comment = normalize_rating_comment(comment_text.value_or(""));
  if (!comment)
    throw ApiException{bad_json("\"comment\" must be at most 500 characters with no control characters but newlines")};
  const bool by_booking = body.contains("booking");
  if (by_booking == body.contains("ticket_qr")) throw ApiException{bad_json("give either \"booking\" or \"ticket_qr\"")};
  const std::string qr = by_booking ? std::string() : required_string(body, "ticket_qr", 256);

  const UnixSeconds now = ctx.now();
  std::lock_guard lock(ctx.db_mutex);
  Transaction tx(ctx.db);
  Rated rated = by_booking ? rated_booking(ctx, body["booking"]) : rated_ticket(ctx, qr);
  rated.rating.stars = stars;
  rated.rating.comment = *comment;
  if (!rating_open(rated.rating.day, bkk_date(now))) throw ApiException{rating_closed()};
  const std::string key = rating_subject_key(ctx.keys, rated.subject);
  if (ctx.ratings.exists(key)) throw ApiException{already_rated()};
  ctx.ratings.insert(key, rated.rating, now);
  tx.commit();
  return {201, {{"rating", rating_view(rated.rating)}}};
}

}  // namespace khiw::server
