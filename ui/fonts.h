// The app's one font (a TLWG face: Thai, Latin and digits), with the Thai presentation forms the shaper uses.
#pragma once
#include <cstddef>

struct ImFont;

namespace khiw::ui {

// 24 CSS px: dense forms fit a 390 px phone and Thai marks stay legible (72 device px at 3x).
inline constexpr float kFontPixels = 24.0f;

// Booking codes are drawn this much larger (Latin letters and digits only).
inline constexpr float kLargeScale = 1.75f;

// The hall's board is read from across the room: 34 CSS px text, ticket numbers 2.6 times that (88 px,
// about 5 cm on a 55-inch 1080p TV).
inline constexpr float kBoardFontPixels = 34.0f;
inline constexpr float kBoardLargeScale = 2.6f;

// Adds the font to the current ImGui atlas at `pixel_ratio` device pixels per CSS pixel: the text face and
// the large one, both larger on a hall's board. The bytes must outlive the atlas (it does not copy them).
void load_font(const unsigned char* ttf, size_t size, float pixel_ratio = 1, bool board = false);
// The large face for booking codes, or the default font when none was loaded.
ImFont* large_font();

}  // namespace khiw::ui
