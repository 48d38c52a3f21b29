// A citizen's satisfaction rating of one finished service, as it is kept: no personal data, only where
// and when (office, section, day), the stars and the optional comment.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/bkk_time.h"

namespace khiw {

inline constexpr int kMinStars = 1;
inline constexpr int kMaxStars = 5;
inline constexpr int kCommentMaxChars = 500;
// A rating is taken on the day of the service and the next (Bangkok): days before are final, so their
// statistics can be cached for long, and the app stops asking.
inline constexpr int kRatingDays = 2;

struct Rating {
  std::string office_code;
  std::string section_id;
  Date day;              // the day of the service rated
  int stars = kMinStars;
  std::string comment;   // empty when none
  bool operator==(const Rating&) const = default;
};

bool valid_stars(int stars);
// A service on `day` can still be rated `today`.
bool rating_open(Date day, Date today);
// Trimmed; at most kCommentMaxChars code points of valid UTF-8 with no control character other than a
// newline (a comment may have lines), with the digits of any run of 9 or more (an ID, a phone number)
// turned into x. An empty or all-blank comment is "no comment" (""); nullopt refuses.
std::optional<std::string> normalize_rating_comment(std::string_view text);

}  // namespace khiw
