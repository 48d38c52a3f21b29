// The app's one font (a TLWG face: Thai, Latin and digits), with the Thai presentation forms the shaper uses.
#pragma once
#include <cstddef>

struct ImFont;
struct ImFontAtlas;

namespace khiw::ui {

// 24 CSS px: dense forms fit a 390 px phone and Thai marks stay legible (72 device px at 3x).
inline constexpr float kFontPixels = 24.0f;

// Booking codes are drawn this much larger (Latin letters and digits only).
inline constexpr float kLargeScale = 1.75f;

// The hall's board is read from across the room: 34 CSS px text, ticket numbers 2.6 times that (88 px,
// about 5 cm on a 55-inch 1080p TV).
inline constexpr float kBoardFontPixels = 34.0f;
inline constexpr float kBoardLargeScale = 2.6f;

// Adds the text face to the current ImGui atlas at `pixel_ratio` device pixels per CSS pixel, larger on a
// hall's board. The bytes must outlive the atlas (it does not copy them).
void load_font(const unsigned char* ttf, size_t size, float pixel_ratio = 1, bool board = false);
// The large face for booking codes and called numbers, in an atlas of its own (large_atlas(), replacing
// what it held) that the caller builds: only tickets and the board draw it, so the citizens' app need not
// rasterise it before its first frame (a third of the rasterising on a 3x phone). Drawing it directly
// on a draw list needs its texture pushed (ImGui::PushFont does that).
void load_large_font(const unsigned char* ttf, size_t size, float pixel_ratio = 1, bool board = false);
ImFontAtlas& large_atlas();
// The large face, or the current font until its atlas is built.
ImFont* large_font();

}  // namespace khiw::ui
