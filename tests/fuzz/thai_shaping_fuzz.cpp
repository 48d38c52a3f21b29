// shape_thai on any bytes: it may only substitute marks (and the tail-less ญ ฐ) with their presentation
// forms, move the nikhahit of a sara am before the tone marks, and nothing else. Mapped back from the
// presentation forms, the shaped text holds the input's base characters in order and the same marks, and
// it grows only by the sara am it decomposes.
#include <algorithm>
#include <map>

#include "core/thai_shaping.h"
#include "core/utf8.h"
#include "tests/fuzz/fuzz_check.h"

using namespace khiw;

namespace {

constexpr char32_t kSaraAm = 0x0E33, kSaraAa = 0x0E32, kNikhahit = 0x0E4D;

// The presentation form's character (TLWG's PUA layout, as thai_shaping.cpp substitutes).
char32_t unshaped(char32_t c) {
  static const std::map<char32_t, char32_t> kForms = {
      {0xF700, 0x0E10}, {0xF701, 0x0E34}, {0xF702, 0x0E35}, {0xF703, 0x0E36}, {0xF704, 0x0E37},
      {0xF705, 0x0E48}, {0xF706, 0x0E49}, {0xF707, 0x0E4A}, {0xF708, 0x0E4B}, {0xF709, 0x0E4C},
      {0xF70A, 0x0E48}, {0xF70B, 0x0E49}, {0xF70C, 0x0E4A}, {0xF70D, 0x0E4B}, {0xF70E, 0x0E4C},
      {0xF70F, 0x0E0D}, {0xF710, 0x0E31}, {0xF711, 0x0E4D}, {0xF712, 0x0E47}, {0xF713, 0x0E48},
      {0xF714, 0x0E49}, {0xF715, 0x0E4A}, {0xF716, 0x0E4B}, {0xF717, 0x0E4C}, {0xF718, 0x0E38},
      {0xF719, 0x0E39}, {0xF71A, 0x0E3A}};
  const auto it = kForms.find(c);
  return it == kForms.end() ? c : it->second;
}

bool is_mark(char32_t c) { return c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E3A) || (c >= 0x0E47 && c <= 0x0E4E); }

// Base characters in order and the sorted marks of a text read back from its presentation forms, with
// every sara am as the nikhahit and sara aa it is drawn as.
struct Parts {
  std::u32string bases, marks;
  bool operator==(const Parts&) const = default;
};
Parts parts(const std::u32string& text) {
  Parts p;
  for (char32_t c : text) {
    c = unshaped(c);
    if (c == kSaraAm) {
      p.marks.push_back(kNikhahit);
      p.bases.push_back(kSaraAa);
    } else {
      (is_mark(c) ? p.marks : p.bases).push_back(c);
    }
  }
  std::sort(p.marks.begin(), p.marks.end());
  return p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in = fuzz::as_text(data, size);
  const std::u32string before = utf8_decode(in);
  const std::string shaped = shape_thai(in);
  const std::u32string after = utf8_decode(shaped);
  // The shaper writes valid UTF-8 only (bad input bytes are already U+FFFD in `before`).
  FUZZ_CHECK(utf8_encode(after) == shaped);
  FUZZ_CHECK(parts(after) == parts(before));
  const auto sara_am = static_cast<size_t>(std::count(before.begin(), before.end(), kSaraAm));
  FUZZ_CHECK(after.size() == before.size() + sara_am);
  // Text without Thai passes through unchanged.
  const bool thai = std::any_of(before.begin(), before.end(), [](char32_t c) { return c >= 0x0E00 && c <= 0x0E7F; });
  if (!thai && utf8_encode(before) == in) FUZZ_CHECK(shaped == in);
  // Shaping what is already shaped changes nothing more than shaping once did to the base characters.
  FUZZ_CHECK(parts(utf8_decode(shape_thai(shaped))) == parts(after));
  return 0;
}
