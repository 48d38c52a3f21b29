// Scrolling a canvas list as a phone user expects: a drag scrolls it (no mouse wheel), and what a tap opened
// comes into view.
#pragma once
#include <string_view>

namespace khiw::ui {

// Call inside the scrolling window or table, after its items.
void drag_to_scroll();

// Call right after drawing what opened, with the screen y where it began (e.g. an office's card, then
// its sections): the first frame `shown` is drawn under `id`, the window scrolls just enough to show
// its end, never past its beginning. An empty `shown` (nothing open) lets the next opening scroll again.
void bring_into_view_once(const char* id, std::string_view shown, float top);

}  // namespace khiw::ui
