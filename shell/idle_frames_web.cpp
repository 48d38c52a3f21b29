#include "shell/idle_frames.h"

namespace khiw::shell {

void IdleFrames::watch_input(GLFWwindow* window) {
  glfwSetWindowUserPointer(window, this);
  glfwSetCursorPosCallback(window, [](GLFWwindow* w, double, double) { of(w).wake(); });
  glfwSetCursorEnterCallback(window, [](GLFWwindow* w, int) { of(w).wake(); });
  glfwSetMouseButtonCallback(window, [](GLFWwindow* w, int, int, int) { of(w).wake(); });
  glfwSetKeyCallback(window, [](GLFWwindow* w, int, int, int, int) { of(w).wake(); });
  glfwSetCharCallback(window, [](GLFWwindow* w, unsigned) { of(w).wake(); });
  glfwSetWindowFocusCallback(window, [](GLFWwindow* w, int) { of(w).wake(); });
}

}  // namespace khiw::shell
