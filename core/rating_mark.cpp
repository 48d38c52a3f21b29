#include "core/rating_mark.h"

#include <array>
#include <nlohmann/json.hpp>

#include "core/enum_names.h"

namespace khiw {

namespace {

constexpr std::array<std::string_view, 4> kStateNames = {"unasked", "pending", "rated", "skipped"};

std::string string_in(const nlohmann::json& rec, const char* key) {
  const auto it = rec.find(key);
  return it != rec.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace

std::string_view rating_state_name(RatingState state) { return enum_name(kStateNames, state); }

void put_rating_mark(nlohmann::json& record, const RatingMark& mark) {
  if (mark == RatingMark{}) return;
  record["rating"] = {{"state", rating_state_name(mark.state)}, {"body", mark.body}, {"refusal", mark.refusal}};
}

RatingMark rating_mark_in(const nlohmann::json& record) {
  const auto it = record.find("rating");
  if (it == record.end() || !it->is_object()) return {};
  const auto state = enum_from_name<RatingState>(kStateNames, string_in(*it, "state"));
  if (!state) return {};
  RatingMark mark{*state, string_in(*it, "body"), string_in(*it, "refusal")};
  if (mark.state == RatingState::Pending && mark.body.empty()) mark.state = RatingState::Unasked;  // nothing to send
  return mark;
}

}  // namespace khiw
