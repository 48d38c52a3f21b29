#include "core/rating.h"

#include "core/utf8.h"

namespace khiw {

namespace {

bool is_blank(char32_t c) { return c == U' ' || c == U'\n' || c == U'\u00A0' || c == U'\u3000'; }

// C0 and C1 controls and DEL; a newline is allowed in comments and checked before this.
bool is_c0_or_c1_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

// 0-9 or Thai ๐-๙, as people type them.
bool is_typed_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= 0x0E50 && c <= 0x0E59); }

// A run of 9 or more digits (with the hyphens and spaces people type between them) is a national ID or a
// phone number: personal data a comment must not carry into the director's summary. Its digits become x.
std::u32string without_long_numbers(std::u32string s) {
  for (size_t i = 0; i < s.size();) {
    if (!is_typed_digit(s[i])) {
      ++i;
      continue;
    }
    size_t end = i, digits = 0;
    while (end < s.size() && (is_typed_digit(s[end]) || ((s[end] == U'-' || s[end] == U' ') && end + 1 < s.size() &&
                                                         is_typed_digit(s[end + 1])))) {
      digits += is_typed_digit(s[end]) ? 1 : 0;
      ++end;
    }
    if (digits >= 9)
      for (size_t k = i; k < end; ++k)
        if (is_typed_digit(s[k])) s[k] = U'x';
    i = end;
  }
  return s;
}

}  // namespace

bool valid_stars(int stars) { return stars >= kMinStars && stars <= kMaxStars; }

bool rating_open(Date day, Date today) { return day <= today && day >= add_days(today, 1 - kRatingDays); }

std::optional<std::string> normalize_rating_comment(std::string_view text) {
  const std::u32string comment = utf8_decode(text);
  for (char32_t c : comment)
    if ((c != U'\n' && is_c0_or_c1_control(c)) || c == 0xFFFD) return std::nullopt;
  size_t first = 0, last = comment.size();
  while (first < last && is_blank(comment[first])) ++first;
  while (last > first && is_blank(comment[last - 1])) --last;
  if (last - first > static_cast<size_t>(kCommentMaxChars)) return std::nullopt;
  return utf8_encode(without_long_numbers(comment.substr(first, last - first)));
}

}  // namespace khiw
