#include "core/thai_shaping.h"

#include "core/utf8.h"

namespace khiw {

namespace {

enum class Consonant { Normal, Ascender, RemovableDescender, StrictDescender, None };
enum class Mark { Above, Below, Tone, None };
enum class Action { Keep, ShiftDown, ShiftLeft, ShiftDownLeft, RemoveDescender };

constexpr char32_t kNikhahit = 0x0E4D, kSaraAa = 0x0E32, kSaraAm = 0x0E33;

Consonant consonant_type(char32_t c) {
  if (c == 0x0E1B || c == 0x0E1D || c == 0x0E1F || c == 0x0E2C) return Consonant::Ascender;  // ป ฝ ฟ ฬ
  if (c == 0x0E0D || c == 0x0E10) return Consonant::RemovableDescender;                     // ญ ฐ
  if (c == 0x0E0E || c == 0x0E0F) return Consonant::StrictDescender;                        // ฎ ฏ
  if (c >= 0x0E01 && c <= 0x0E2E) return Consonant::Normal;
  return Consonant::None;
}

Mark mark_type(char32_t c) {
  if (c == 0x0E31 || (c >= 0x0E34 && c <= 0x0E37) || c == 0x0E47 || c == kNikhahit || c == 0x0E4E)
    return Mark::Above;
  if (c >= 0x0E38 && c <= 0x0E3A) return Mark::Below;
  if (c >= 0x0E48 && c <= 0x0E4C) return Mark::Tone;
  return Mark::None;
}

bool is_above_mark(char32_t c) { return mark_type(c) == Mark::Above || mark_type(c) == Mark::Tone; }

// Above-base states: 0 = nothing above a normal consonant yet, 1 = nothing above a tall consonant yet,
// 2 = upper vowel already shifted left on a tall consonant, 3 = no further change.
struct Edge {
  Action action;
  int next;
};
constexpr Edge kAbove[4][3] = {
    /*            Above                    Below                Tone */
    /* 0 */ {{Action::Keep, 3}, {Action::Keep, 0}, {Action::ShiftDown, 3}},
    /* 1 */ {{Action::ShiftLeft, 2}, {Action::Keep, 1}, {Action::ShiftDownLeft, 2}},
    /* 2 */ {{Action::Keep, 3}, {Action::Keep, 2}, {Action::ShiftLeft, 3}},
    /* 3 */ {{Action::Keep, 3}, {Action::Keep, 3}, {Action::Keep, 3}},
};
// Below-base states: 0 = room below, 1 = removable descender, 2 = lower vowel must drop below a descender.
constexpr Edge kBelow[3][3] = {
    /* 0 */ {{Action::Keep, 0}, {Action::Keep, 2}, {Action::Keep, 0}},
    /* 1 */ {{Action::Keep, 1}, {Action::RemoveDescender, 2}, {Action::Keep, 1}},
    /* 2 */ {{Action::Keep, 2}, {Action::ShiftDown, 2}, {Action::Keep, 2}},
};
constexpr int kAboveStart[] = {0, 1, 0, 0, 3};  // indexed by Consonant
constexpr int kBelowStart[] = {0, 0, 1, 2, 2};

struct Substitution {
  char32_t from, to;
};
constexpr Substitution kShiftDown[] = {{0x0E48, 0xF70A}, {0x0E49, 0xF70B}, {0x0E4A, 0xF70C}, {0x0E4B, 0xF70D},
                                       {0x0E4C, 0xF70E}, {0x0E38, 0xF718}, {0x0E39, 0xF719}, {0x0E3A, 0xF71A}};
constexpr Substitution kShiftDownLeft[] = {
    {0x0E48, 0xF705}, {0x0E49, 0xF706}, {0x0E4A, 0xF707}, {0x0E4B, 0xF708}, {0x0E4C, 0xF709}};
constexpr Substitution kShiftLeft[] = {{0x0E48, 0xF713}, {0x0E49, 0xF714}, {0x0E4A, 0xF715}, {0x0E4B, 0xF716},
                                       {0x0E4C, 0xF717}, {0x0E31, 0xF710}, {0x0E34, 0xF701}, {0x0E35, 0xF702},
                                       {0x0E36, 0xF703}, {0x0E37, 0xF704}, {0x0E47, 0xF712}, {0x0E4D, 0xF711}};
constexpr Substitution kRemoveDescender[] = {{0x0E0D, 0xF70F}, {0x0E10, 0xF700}};

template <size_t N>
char32_t substitute(const Substitution (&table)[N], char32_t c) {
  for (const auto& s : table)
    if (s.from == c) return s.to;
  return c;
}

char32_t apply(Action a, char32_t c) {
  switch (a) {
    case Action::ShiftDown: return substitute(kShiftDown, c);
    case Action::ShiftLeft: return substitute(kShiftLeft, c);
    case Action::ShiftDownLeft: return substitute(kShiftDownLeft, c);
    case Action::RemoveDescender: return substitute(kRemoveDescender, c);
    case Action::Keep: break;
  }
  return c;
}

// Sara am = nikhahit + sara aa; the nikhahit goes before any marks already stacked on the consonant so
// the tone mark sits above it (น้ำ draws as น ํ ้ า).
std::u32string decompose_sara_am(const std::u32string& in) {
  std::u32string out;
  out.reserve(in.size() + 4);
  for (char32_t c : in) {
    if (c != kSaraAm) {
      out.push_back(c);
      continue;
    }
    size_t pos = out.size();
    while (pos > 0 && is_above_mark(out[pos - 1])) --pos;
    out.insert(out.begin() + static_cast<std::ptrdiff_t>(pos), kNikhahit);
    out.push_back(kSaraAa);
  }
  return out;
}

}  // namespace

std::string shape_thai(std::string_view utf8) {
  std::u32string text = decompose_sara_am(utf8_decode(utf8));
  size_t base = 0;
  int above = kAboveStart[static_cast<int>(Consonant::None)];
  int below = kBelowStart[static_cast<int>(Consonant::None)];
  for (size_t i = 0; i < text.size(); ++i) {
    const Mark mark = mark_type(text[i]);
    if (mark == Mark::None) {
      const auto ct = static_cast<int>(consonant_type(text[i]));
      above = kAboveStart[ct];
      below = kBelowStart[ct];
      base = i;
      continue;
    }
    const auto m = static_cast<int>(mark);
    const Edge up = kAbove[above][m];
    const Edge down = kBelow[below][m];
    above = up.next;
    below = down.next;
    // The two tables never both act on one mark.
    const Action action = up.action != Action::Keep ? up.action : down.action;
    if (action == Action::RemoveDescender)
      text[base] = apply(action, text[base]);
    else
      text[i] = apply(action, text[i]);
  }
  return utf8_encode(text);
}

}  // namespace khiw
