#include <emscripten/emscripten.h>

#include "shell/touch_gestures.h"

namespace {

std::function<void(const khiw::shell::PinchStep&)> g_step;
std::function<void()> g_ended;
float g_ratio = 1;
bool g_active = false;
float g_last[4] = {};

}  // namespace

// phase: 0 start, 1 move, 2 end; positions in CSS px from the canvas's top-left corner.
extern "C" EMSCRIPTEN_KEEPALIVE void khiw_pinch(int phase, float ax, float ay, float bx, float by) {
  if (!g_step) return;
  if (phase == 2) {
    if (g_active) g_ended();
    g_active = false;
    return;
  }
  const float now[4] = {ax * g_ratio, ay * g_ratio, bx * g_ratio, by * g_ratio};
  const float* old = g_active && phase == 1 ? g_last : now;
  g_step({old[0], old[1], old[2], old[3], now[0], now[1], now[2], now[3]});
  for (int i = 0; i < 4; ++i) g_last[i] = now[i];
  g_active = true;
}

namespace khiw::shell {

void touch_gestures_start(float pixel_ratio, std::function<void(const PinchStep&)> step, std::function<void()> ended) {
  g_ratio = pixel_ratio;
  g_step = std::move(step);
  g_ended = std::move(ended);
}

}  // namespace khiw::shell
