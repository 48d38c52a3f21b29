#include "ui/theme.h"

#include <imgui.h>

namespace khiw::ui {

void apply_theme() {
  ImGui::StyleColorsLight();
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowPadding = ImVec2(14, 12);
  style.FramePadding = ImVec2(12, 8);
  style.ItemSpacing = ImVec2(10, 10);
  style.CellPadding = ImVec2(8, 8);
  style.ScrollbarSize = 16;
  style.FrameRounding = 6;
  style.GrabRounding = 6;
  style.WindowBorderSize = 0;
  ImVec4* c = style.Colors;
  const ImVec4 accent(0.12f, 0.31f, 0.47f, 1.0f);  // BMA-like deep blue
  c[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.96f, 1.0f);
  c[ImGuiCol_Text] = ImVec4(0.08f, 0.08f, 0.10f, 1.0f);
  c[ImGuiCol_TextDisabled] = ImVec4(0.38f, 0.38f, 0.42f, 1.0f);
  c[ImGuiCol_Button] = accent;
  c[ImGuiCol_ButtonHovered] = ImVec4(0.18f, 0.40f, 0.60f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.08f, 0.22f, 0.36f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.80f, 0.88f, 0.96f, 1.0f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.86f, 0.92f, 0.98f, 1.0f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.72f, 0.83f, 0.94f, 1.0f);
  c[ImGuiCol_TableHeaderBg] = ImVec4(0.88f, 0.90f, 0.93f, 1.0f);
  c[ImGuiCol_TableRowBgAlt] = ImVec4(0.0f, 0.0f, 0.0f, 0.035f);
}

}  // namespace khiw::ui
