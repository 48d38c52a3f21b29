// The browser main loop: apply what arrived → draw → apply what the user did → carry out effects.
// Read in one minute, as Dear ImGui's own examples are.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <vector>

#include "core/app_update.h"
#include "shell/font_data.h"
#include "shell/net.h"
#include "shell/page.h"
#include "shell/storage.h"
#include "shell/test_probe.h"
#include "ui/fonts.h"
#include "ui/screens.h"
#include "ui/theme.h"

namespace {

using namespace khiw;

constexpr const char* kLangKey = "khiw.lang";

struct WebApp {
  GLFWwindow* window = nullptr;
  AppState state;
  std::vector<Intent> inbox;  // network results, applied at the start of the next frame
  long frames = 0;
};

void apply(WebApp& app, const Intent& intent);

struct RunEffect {
  WebApp& app;
  void operator()(const FetchOffices&) const {
    shell::http_get("/api/offices", [&app = app](int status, std::string body) {
      app.inbox.push_back(OfficesFetched{status, std::move(body)});
    });
  }
  void operator()(const SaveLanguage& e) const { shell::storage_set(kLangKey, std::string(lang_code(e.lang))); }
};

void apply(WebApp& app, const Intent& intent) {
  for (const Effect& e : apply_intent(app.state, intent)) std::visit(RunEffect{app}, e);
}

void fit_canvas(GLFWwindow* window) {
  int css_w = 0, css_h = 0, w = 0, h = 0;
  shell::page_canvas_size(css_w, css_h);
  glfwGetWindowSize(window, &w, &h);
  if (css_w > 0 && css_h > 0 && (css_w != w || css_h != h)) glfwSetWindowSize(window, css_w, css_h);
}

void frame(void* arg) {
  WebApp& app = *static_cast<WebApp*>(arg);
  std::vector<Intent> arrived;
  arrived.swap(app.inbox);
  for (const Intent& i : arrived) apply(app, i);

  fit_canvas(app.window);
  glfwPollEvents();
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  ui::UiOutput out;
  ui::draw_app(app.state, out);
  ImGui::Render();

  int fb_w = 0, fb_h = 0;
  glfwGetFramebufferSize(app.window, &fb_w, &fb_h);
  glViewport(0, 0, fb_w, fb_h);
  glClearColor(0.97f, 0.97f, 0.96f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  if (app.frames++ == 0) shell::page_hide_loader();
  shell::publish_test_probe(app.state, out, app.frames);
  for (const Intent& i : out.intents) apply(app, i);
}

}  // namespace

int main() {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  int w = 0, h = 0;
  shell::page_canvas_size(w, h);
  static WebApp app;  // lives for the page's lifetime; the main loop gets it by pointer
  app.window = glfwCreateWindow(w > 0 ? w : 800, h > 0 ? h : 600, "khiw", nullptr, nullptr);
  if (!app.window) return 1;
  glfwMakeContextCurrent(app.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;  // layout is code, not saved state
  ui::apply_theme();
  ui::load_font(shell::kAppFont, shell::kAppFontSize);
  ImGui_ImplGlfw_InitForOpenGL(app.window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  apply(app, StartApp{shell::storage_get(kLangKey)});
  emscripten_set_main_loop_arg(frame, &app, 0, false);
  return 0;
}
