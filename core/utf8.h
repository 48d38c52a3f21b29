// Minimal UTF-8 <-> code point conversion for the shaping and validation rules.
#pragma once
#include <string>
#include <string_view>

namespace khiw {

// Invalid or truncated sequences decode to U+FFFD, one per offending byte.
std::u32string utf8_decode(std::string_view utf8);
std::string utf8_encode(std::u32string_view text);
// Whether `text` is well-formed UTF-8 (what a JSON writer can hold).
bool utf8_valid(std::string_view text);
// At most `max_bytes` of `text`, cut before a character rather than inside one (a JSON writer refuses a
// split character: a typed field must never end in one).
std::string utf8_prefix(std::string_view text, size_t max_bytes);

}  // namespace khiw
