// Phones have no mouse wheel: dragging inside a scrolling region scrolls it, as a finger expects.
#pragma once

namespace khiw::ui {

// Call inside the scrolling window or table, after its items.
void drag_to_scroll();

}  // namespace khiw::ui
