#include "core/rating.h"

#include "core/utf8.h"

namespace khiw {

namespace {

bool is_blank(char32_t c) { return c == U' ' || c == U'\n' || c == U'\u00A0' || c == U'\u3000'; }

// C0 and C1 controls and DEL; a newline is allowed in comments and checked before this.
bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); }

}  // namespace

bool valid_stars(int stars) { return stars >= kMinStars && stars <= kMaxStars; }

std::optional<std::string> normalize_rating_comment(std::string_view text) {
  const std::u32string comment = utf8_decode(text);
  for (char32_t c : comment)
    if ((c != U'\n' && is_control(c)) || c == 0xFFFD) return std::nullopt;
  size_t first = 0, last = comment.size();
  while (first < last && is_blank(comment[first])) ++first;
  while (last > first && is_blank(comment[last - 1])) --last;
  if (last - first > static_cast<size_t>(kCommentMaxChars)) return std::nullopt;
  return utf8_encode(std::u32string_view(comment).substr(first, last - first));
}

}  // namespace khiw
