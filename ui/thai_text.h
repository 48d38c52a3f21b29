// ImGui text and buttons that shape Thai before drawing (see core/thai_shaping.h) and record their
// rectangle under a stable id for tests.
#pragma once
#include <string_view>

#include "ui/ui_output.h"

namespace khiw::ui {

void text(std::string_view utf8);
void text_disabled(std::string_view utf8);
// Wraps at the window edge; Thai must carry spaces/ZWSP where a line may break.
void text_wrapped(std::string_view utf8);
// Returns true when clicked. `id` names the widget for tests and keeps ImGui ids stable across languages.
bool button(std::string_view label, const char* id, UiOutput& out);
bool selectable(std::string_view label, const char* id, bool selected, UiOutput& out);

}  // namespace khiw::ui
