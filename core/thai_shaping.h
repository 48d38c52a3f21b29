// Thai "PUA fallback" shaping for renderers without a shaping engine (Dear ImGui).
//
// TLWG fonts carry pre-shifted glyph variants at U+F700–U+F71A. Substituting them for marks that would
// otherwise collide is what HarfBuzz does for fonts without OpenType tables: sara am is decomposed,
// tone marks drop when there is no upper vowel, marks move left after tall consonants (ป ฝ ฟ ฬ), and
// ญ ฐ lose their tails above a lower vowel.
#pragma once
#include <string>
#include <string_view>

namespace khiw {

// First and last code points of the presentation forms the shaped text may contain (load them in the font).
inline constexpr char32_t kThaiPuaFirst = 0xF700;
inline constexpr char32_t kThaiPuaLast = 0xF71A;

// Returns UTF-8 text ready to draw glyph by glyph. Non-Thai text passes through unchanged; invalid UTF-8
// bytes become U+FFFD so a bad string can never break the renderer.
std::string shape_thai(std::string_view utf8);

}  // namespace khiw
