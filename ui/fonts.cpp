#include "ui/fonts.h"

#include <imgui.h>

#include "ui/glyph_ranges.h"

namespace khiw::ui {

namespace {

// Horizontal oversampling keeps thin Thai marks crisp at small sizes (sub-pixel positioning); from this
// many device pixels a glyph's own pixels suffice, and the atlas rasterises half as much (on a 3x phone
// the text face alone is 72 px: bench/web_bundle.mjs times the atlas).
constexpr float kOversampleBelowPixels = 36.0f;

void add_face(const unsigned char* ttf, size_t size, float pixels, const unsigned short* ranges) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = pixels < kOversampleBelowPixels ? 2 : 1;
  ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf), static_cast<int>(size), pixels,
                                             &config, ranges);
}

}  // namespace

void load_font(const unsigned char* ttf, size_t size, float pixel_ratio, bool board) {
  const float pixels = (board ? kBoardFontPixels : kFontPixels) * pixel_ratio;
  add_face(ttf, size, pixels, kTextRanges);
  add_face(ttf, size, pixels * (board ? kBoardLargeScale : kLargeScale), kCodeRanges);
}

ImFont* large_font() {
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  return atlas->Fonts.Size > 1 ? atlas->Fonts[1] : ImGui::GetFont();
}

}  // namespace khiw::ui
