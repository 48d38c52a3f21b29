#include "ui/fonts.h"

#include <imgui.h>

#include "ui/glyph_ranges.h"

namespace khiw::ui {

namespace {

// Horizontal oversampling keeps thin Thai marks crisp at small sizes (sub-pixel positioning); from this
// many device pixels a glyph's own pixels suffice, and the atlas rasterises half as much (on a 3x phone
// the text face alone is 72 px: bench/web_bundle.mjs times the atlas).
constexpr float kOversampleBelowPixels = 36.0f;

ImFontAtlas g_large_atlas;

void add_face(ImFontAtlas& atlas, const unsigned char* ttf, size_t size, float pixels, const unsigned short* ranges) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = pixels < kOversampleBelowPixels ? 2 : 1;
  atlas.AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf), static_cast<int>(size), pixels, &config, ranges);
}

float text_pixels(float pixel_ratio, bool board) { return (board ? kBoardFontPixels : kFontPixels) * pixel_ratio; }

}  // namespace

void load_font(const unsigned char* ttf, size_t size, float pixel_ratio, bool board) {
  add_face(*ImGui::GetIO().Fonts, ttf, size, text_pixels(pixel_ratio, board), kTextRanges);
}

void load_large_font(const unsigned char* ttf, size_t size, float pixel_ratio, bool board) {
  g_large_atlas.Clear();
  add_face(g_large_atlas, ttf, size, text_pixels(pixel_ratio, board) * (board ? kBoardLargeScale : kLargeScale),
           kCodeRanges);
}

ImFontAtlas& large_atlas() { return g_large_atlas; }

ImFont* large_font() { return g_large_atlas.IsBuilt() ? g_large_atlas.Fonts[0] : ImGui::GetFont(); }

}  // namespace khiw::ui
