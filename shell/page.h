// The HTML page around the canvas.
#pragma once
#include <cstdint>
#include <string>

namespace khiw::shell {

// Removes the loading overlay once the first frame is on screen.
void page_hide_loader();
// CSS pixel size of the canvas element.
void page_canvas_size(int& width, int& height);
// Sets the canvas backing store size in device pixels and tells GLFW. (glfwSetWindowSize would ask for
// fullscreen whenever the size equals the screen's, which browsers refuse without a user gesture.)
void page_set_canvas_pixels(int width, int height);
// Device pixels per CSS pixel (2–3 on phones), capped so the canvas stays affordable.
float page_pixel_ratio();
// `bytes` random bytes from crypto.getRandomValues, as hex (the seed of idempotency keys).
std::string page_random_hex(int bytes);
// The page's #fragment without the '#' ("counter" opens counter mode), at most 64 bytes.
std::string page_route();
// Reopens the page at #route (in place of this history entry), where the loader starts the bundle
// that has it: the citizens' bundle's way into counter mode or a board.
void page_open_route(const std::string& route);
// A User Timing measure named `name` from `started_ms` (emscripten_get_now) to now: a step of the start,
// seen in the browser's performance tools and read by bench/web_bundle.mjs.
void page_measure(const char* name, double started_ms);
// The device clock as unix seconds (core turns it into Bangkok time).
std::int64_t page_now();

}  // namespace khiw::shell
