// The app's one font (a TLWG face: Thai, Latin and digits), with the Thai presentation forms the shaper uses.
#pragma once
#include <cstddef>

struct ImFont;

namespace khiw::ui {

// 24 CSS px: dense forms fit a 390 px phone and Thai marks stay legible (72 device px at 3x).
inline constexpr float kFontPixels = 24.0f;

// Booking codes are drawn this much larger (Latin letters and digits only).
inline constexpr float kLargeScale = 1.75f;

// Adds the font to the current ImGui atlas. The bytes must outlive the atlas (the atlas does not copy them).
void load_font(const unsigned char* ttf, size_t size, float pixels = kFontPixels);
// The large face for booking codes, or the default font when none was loaded.
ImFont* large_font();

}  // namespace khiw::ui
