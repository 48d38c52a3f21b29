#include "ui/thai_text.h"

#include <imgui.h>

#include <string>

#include "core/thai_shaping.h"

namespace khiw::ui {

namespace {

void record_last_item(const char* id, UiOutput& out) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 size = ImGui::GetItemRectSize();
  out.widgets.push_back({id, min.x, min.y, size.x, size.y});
}

// "label##id": the label changes with the language, the id after ## does not.
std::string labelled(std::string_view label, const char* id) { return shape_thai(label) + "##" + id; }

}  // namespace

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

bool button(std::string_view label, const char* id, UiOutput& out) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));  // buttons are filled with the accent colour
  const bool clicked = ImGui::Button(labelled(label, id).c_str());
  ImGui::PopStyleColor();
  record_last_item(id, out);
  return clicked;
}

bool selectable(std::string_view label, const char* id, bool selected, UiOutput& out) {
  const bool clicked =
      ImGui::Selectable(labelled(label, id).c_str(), selected, ImGuiSelectableFlags_SpanAllColumns);
  record_last_item(id, out);
  return clicked;
}

}  // namespace khiw::ui
