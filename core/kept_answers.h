// The last public answers the app got, kept on the device with the time they came, so it opens and books
// with no connection: the reference data (offices, catalog, holidays, rules) and the seats of the
// sections the citizen looked at. Public data only: the same for everyone, nothing personal.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bkk_time.h"
#include "core/effects.h"

namespace khiw {

struct KeptAnswer {
  std::string name;  // "offices", "catalog", "holidays", "rules" or "seats/<office>/<section>"
  UnixSeconds as_of = 0;
  std::string body;
  bool operator==(const KeptAnswer&) const = default;
};

struct KeptAnswers {
  std::vector<KeptAnswer> items;  // newest first
  bool operator==(const KeptAnswers&) const = default;
};

inline constexpr size_t kMaxKeptSeats = 12;  // sections' seats kept; the oldest goes first

// The name an answer is kept under: reference replies by kind, seats by office and section.
std::optional<std::string> reference_answer_name(Reply reply);
std::string seats_answer_name(std::string_view office_code, std::string_view section_id);

// Only JSON is kept: a captive portal's page, a cut-off body or JSON followed by a NUL and anything (maybe
// not even UTF-8, which the record's writer cannot hold) must not replace a good copy. Nor is an answer
// whose name is not UTF-8 (seats are named by the office and section their request carried).
void keep_answer(KeptAnswers& kept, std::string name, std::string body, UnixSeconds now);
const KeptAnswer* kept_answer(const KeptAnswers& kept, std::string_view name);

inline constexpr int kKeptAnswersJsonVersion = 1;
std::string kept_answers_to_json(const KeptAnswers& kept);
KeptAnswers kept_answers_from_json(std::string_view text);  // throws std::invalid_argument

}  // namespace khiw
