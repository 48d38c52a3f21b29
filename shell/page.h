// The HTML page around the canvas.
#pragma once

namespace khiw::shell {

// Removes the loading overlay once the first frame is on screen.
void page_hide_loader();
// CSS pixel size of the canvas element.
void page_canvas_size(int& width, int& height);

}  // namespace khiw::shell
