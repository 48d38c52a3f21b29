// What the device remembers about rating one finished service (a booking or a walk-in ticket), so the
// citizen is asked once: rated, skipped, or a rating confirmed and waiting for an answer with the very
// body to send again. Kept in the bookings and walk-ins records; records from before ratings load as
// never asked.
#pragma once
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>

namespace khiw {

enum class RatingState { Unasked, Pending, Rated, Skipped };

struct RatingMark {
  RatingState state = RatingState::Unasked;
  std::string body;     // Pending: the POST /api/ratings body, resent as it is until answered
  std::string refusal;  // the server's code when it refused the last one (asked again, with the reason)
  bool operator==(const RatingMark&) const = default;
};

std::string_view rating_state_name(RatingState state);  // "unasked", "pending", "rated", "skipped"

// Adds "rating" to a device record, unless there is nothing to remember.
void put_rating_mark(nlohmann::json& record, const RatingMark& mark);
// The record's "rating"; absent or unreadable: never asked.
RatingMark rating_mark_in(const nlohmann::json& record);

}  // namespace khiw
