#include "ui/touch_scroll.h"

#include <imgui.h>
#include <imgui_internal.h>  // ClearActiveID: no public way to cancel a press

namespace khiw::ui {

void drag_to_scroll() {
  // The row under the finger is the active item while dragging, so hovering must be allowed through it.
  if (!ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem)) return;
  if (!ImGui::IsMouseDragging(ImGuiMouseButton_Left)) return;
  ImGui::SetScrollY(ImGui::GetScrollY() - ImGui::GetIO().MouseDelta.y);
  // The row moves with the finger and would count the release as a tap: a drag is never a tap.
  ImGui::ClearActiveID();
}

}  // namespace khiw::ui
