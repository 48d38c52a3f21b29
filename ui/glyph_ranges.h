// The characters the app draws, as ImGui glyph ranges (pairs of first and last, 0-terminated). The build
// also cuts the compiled-in font down to these (shell/font_subset_tool.cpp), so one list decides both.
#pragma once
#include "core/thai_shaping.h"

namespace khiw::ui {

// Basic Latin and the few Latin-1 signs the app's texts use (no-break space, § ° ² · ×), Thai, general
// punctuation (… – •), the PUA shaped forms, and the replacement character for anything else.
inline constexpr unsigned short kTextRanges[] = {
    0x0020, 0x007E, 0x00A0, 0x00A0, 0x00A7, 0x00A7, 0x00B0, 0x00B2, 0x00B7, 0x00B7, 0x00D7, 0x00D7,
    0x0E00, 0x0E7F, 0x2010, 0x2027, static_cast<unsigned short>(kThaiPuaFirst),
    static_cast<unsigned short>(kThaiPuaLast), 0xFFFD, 0xFFFD, 0,
};
// The large face shows booking codes and ticket numbers only (Crockford base32: digits and capitals):
// fewer glyphs, a faster atlas.
inline constexpr unsigned short kCodeRanges[] = {0x0020, 0x0020, 0x002D, 0x002D, 0x0030, 0x0039, 0x0041, 0x005A, 0};

}  // namespace khiw::ui
