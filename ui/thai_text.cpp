#include "ui/thai_text.h"

#include <string>

#include "core/thai_shaping.h"

namespace khiw::ui {

void text(std::string_view utf8) {
  const std::string shaped = shape_thai(utf8);
  ImGui::TextUnformatted(shaped.data(), shaped.data() + shaped.size());
}

void text_disabled(std::string_view utf8) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  text(utf8);
  ImGui::PopStyleColor();
}

void text_wrapped(std::string_view utf8) {
  ImGui::PushTextWrapPos(0.0f);
  text(utf8);
  ImGui::PopTextWrapPos();
}

void paragraph(std::string_view utf8, ImU32 colour) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour ? ImGui::ColorConvertU32ToFloat4(colour)
                                              : ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  text_wrapped(utf8);
  ImGui::PopStyleColor();
}

}  // namespace khiw::ui
