#pragma once

#include <GLFW/glfw3.h>

namespace khiw::shell {

// Whether a frame is drawn. An idle screen drawn at every animation frame kept the browser compositing the
// canvas 60 times a second (in headless Chromium about 1.7 cores for a still start screen; on a phone, its
// GPU and battery). An undrawn frame leaves the canvas showing its last picture.
class IdleFrames {
 public:
  // Pointer, key and text events on `window` wake the drawing; call before ImGui installs its callbacks,
  // which then chain to these. The window's user pointer is this object's.
  void watch_input(GLFWwindow* window);
  static IdleFrames& of(GLFWwindow* window) { return *static_cast<IdleFrames*>(glfwGetWindowUserPointer(window)); }

  // Draws this frame and the next few, which ImGui needs to show the effect of an event.
  void wake() { frames_left_ = kSettleFrames; }

  // `changed`: something arrived or is moving (a browser service's answer, the clock's second, a new canvas
  // size, an item ImGui has active).
  bool draw_frame(bool changed) {
    if (changed) wake();
    if (frames_left_ == 0) return false;
    --frames_left_;
    return true;
  }

 private:
  static constexpr int kSettleFrames = 4;
  int frames_left_ = kSettleFrames;
};

}  // namespace khiw::shell
