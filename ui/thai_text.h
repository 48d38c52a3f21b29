// ImGui text that shapes Thai before drawing (see core/thai_shaping.h). Every string a screen shows,
// including what the user typed, goes through here or through ui/widgets.h.
#pragma once
#include <imgui.h>

#include <string_view>

namespace khiw::ui {

void text(std::string_view utf8);
void text_disabled(std::string_view utf8);
// Wraps at the window edge; Thai must carry spaces/ZWSP where a line may break.
void text_wrapped(std::string_view utf8);
// Wrapped, in a colour (0: the theme's disabled text colour).
void paragraph(std::string_view utf8, ImU32 colour = 0);

}  // namespace khiw::ui
