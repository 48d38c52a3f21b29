#include "core/kept_answers.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "core/json_fields.h"
#include "core/utf8.h"

namespace khiw {

namespace {
using json_fields::json;
using json_fields::required;
constexpr std::string_view kSeatsPrefix = "seats/";
}  // namespace

std::optional<std::string> reference_answer_name(Reply reply) {
  switch (reply) {
    case Reply::Offices: return "offices";
    case Reply::Catalog: return "catalog";
    case Reply::Holidays: return "holidays";
    case Reply::Rules: return "rules";
    default: return std::nullopt;
  }
}

std::string seats_answer_name(std::string_view office_code, std::string_view section_id) {
  return std::string(kSeatsPrefix) + std::string(office_code) + "/" + std::string(section_id);
}

void keep_answer(KeptAnswers& kept, std::string name, std::string body, UnixSeconds now) {
  if (!utf8_valid(name) || !json_fields::is_json_text(body)) return;
  std::erase_if(kept.items, [&](const KeptAnswer& a) { return a.name == name; });
  kept.items.insert(kept.items.begin(), {std::move(name), now, std::move(body)});
  size_t seats = 0;
  std::erase_if(kept.items, [&](const KeptAnswer& a) {
    return a.name.starts_with(kSeatsPrefix) && ++seats > kMaxKeptSeats;
  });
}

const KeptAnswer* kept_answer(const KeptAnswers& kept, std::string_view name) {
  const auto it = std::find_if(kept.items.begin(), kept.items.end(), [&](const KeptAnswer& a) { return a.name == name; });
  return it == kept.items.end() ? nullptr : &*it;
}

std::string kept_answers_to_json(const KeptAnswers& kept) {
  json items = json::array();
  for (const KeptAnswer& a : kept.items) items.push_back({{"name", a.name}, {"as_of", a.as_of}, {"body", a.body}});
  return json{{"version", kKeptAnswersJsonVersion}, {"answers", std::move(items)}}.dump();
}

KeptAnswers kept_answers_from_json(std::string_view text) {
  const json doc = json_fields::parse_versioned(text, "kept answers", kKeptAnswersJsonVersion);
  KeptAnswers kept;
  for (const json& rec : json_fields::required_array(doc, "answers", "kept answers"))
    kept.items.push_back({required<std::string>(rec, "name", "kept answer"),
                          required<UnixSeconds>(rec, "as_of", "kept answer"),
                          required<std::string>(rec, "body", "kept answer")});
  return kept;
}

}  // namespace khiw
