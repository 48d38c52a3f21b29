// The app's one font (a TLWG face: Thai, Latin and digits), with the Thai presentation forms the shaper uses.
#pragma once
#include <cstddef>

namespace khiw::ui {

inline constexpr float kFontPixels = 28.0f;

// Adds the font to the current ImGui atlas. The bytes must outlive the atlas (the atlas does not copy them).
void load_font(const unsigned char* ttf, size_t size, float pixels = kFontPixels);

}  // namespace khiw::ui
