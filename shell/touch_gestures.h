// Two-finger pinches from the page's touch bridge (web/loader.js), in canvas pixels. One finger is
// already a mouse to GLFW and ImGui; only the second finger needs a way in.
#pragma once
#include <functional>

namespace khiw::shell {

struct PinchStep {
  float old_ax, old_ay, old_bx, old_by;  // the fingers before this step
  float ax, ay, bx, by;                  // and now
};

// `step` runs for every finger movement of a pinch (the first with old = now), framebuffer pixels;
// `ended` when fewer than two fingers are left.
void touch_gestures_start(float pixel_ratio, std::function<void(const PinchStep&)> step, std::function<void()> ended);

}  // namespace khiw::shell
