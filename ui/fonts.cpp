#include "ui/fonts.h"

#include <imgui.h>

#include "core/thai_shaping.h"

namespace khiw::ui {

namespace {
// Basic Latin + Latin-1, Thai, general punctuation (… – •), and the PUA shaped forms.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF, 0x0E00, 0x0E7F, 0x2010, 0x2027, static_cast<ImWchar>(kThaiPuaFirst),
    static_cast<ImWchar>(kThaiPuaLast), 0xFFFD, 0xFFFD, 0,
};
// The large face shows booking codes only (Crockford base32: digits and capitals): fewer glyphs, a
// faster atlas before the first frame.
constexpr ImWchar kCodeRange[] = {0x0020, 0x0020, 0x002D, 0x002D, 0x0030, 0x0039, 0x0041, 0x005A, 0};
}  // namespace

void load_font(const unsigned char* ttf, size_t size, float pixels) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;
  config.OversampleH = 2;  // Thai marks are thin; horizontal oversampling keeps them crisp
  ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf), static_cast<int>(size), pixels,
                                             &config, kGlyphRanges);
  ImGui::GetIO().Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf), static_cast<int>(size),
                                             pixels * kLargeScale, &config, kCodeRange);
}

ImFont* large_font() {
  const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  return atlas->Fonts.Size > 1 ? atlas->Fonts[1] : ImGui::GetFont();
}

}  // namespace khiw::ui
