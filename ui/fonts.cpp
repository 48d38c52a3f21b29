#include "ui/fonts.h"

#include <imgui.h>

#include "ui/glyph_ranges.h"

namespace khiw::ui {

void load_font(const unsigned char* ttf, size_t size, float pixel_ratio, bool board) {
  const float pixels = (board ? kBoardFontPixels : kFontPixels) * pixel_ratio;
  const float large_scale = board ? kBoardLargeScale : kLargeScale;
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = 2;  // Thai marks are thin; horizontal oversampling keeps them crisp
  ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf), static_cast<int>(size), pixels,
                                             &config, kTextRanges);
  ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf), static_cast<int>(size),
                                             pixels * large_scale, &config, kCodeRanges);
}

ImFont* large_font() {
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  return atlas->Fonts.Size > 1 ? atlas->Fonts[1] : ImGui::GetFont();
}

}  // namespace khiw::ui
