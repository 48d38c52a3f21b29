#include "ui/touch_scroll.h"

#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID: no public way to cancel a press

#include <algorithm>

namespace khiw::ui {

void drag_to_scroll() {
  // The row under the finger is the active item while dragging, so hovering must be allowed through it.
  if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) return;
  if (!ImGui::IsMouseDragging(ImGuiMouseButton_Left)) return;
  ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y);
  // The row moves with the finger and would count the release as a tap: a drag is never a tap.
  ImGui::ClearActiveID();
}

void bring_into_view_once(const char* id, std::string_view shown, float top) {
  ImGuiStorage* seen = ImGui::GetStateStorage();
  const ImGuiID key = ImGui::GetID(id);
  const int now_shown = shown.empty() ? 0 : static_cast<int>(ImGui::GetID(shown.data(), shown.data() + shown.size()));
  if (seen->GetInt(key) == now_shown) return;
  seen->SetInt(key, now_shown);
  if (shown.empty()) return;
  const float view_top = ImGui::GetWindowPos().y, view_bottom = view_top + ImGui::GetWindowHeight();
  const float bottom = ImGui::GetCursorScreenPos().y;
  if (bottom > view_bottom)
    ImGui::SetScrollY(ImGui::GetScrollY() + std::min(bottom - view_bottom, std::max(0.0f, top - view_top)));
}

}  // namespace khiw::ui
