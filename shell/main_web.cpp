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
  float pixel_ratio = 1;  // the canvas is drawn at device resolution, the UI scaled to match
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

// Keeps the canvas backing store at device pixels for the CSS size the page gives it (crisp Thai marks
// on phones); Emscripten's GLFW maps pointer positions to those pixels.
void fit_canvas(const WebApp& app) {
  int css_w = 0, css_h = 0, w = 0, h = 0;
  shell::page_canvas_size(css_w, css_h);
  const int want_w = static_cast<int>(css_w * app.pixel_ratio), want_h = static_cast<int>(css_h * app.pixel_ratio);
  glfwGetWindowSize(app.window, &w, &h);
  if (want_w > 0 && want_h > 0 && (want_w != w || want_h != h)) shell::page_set_canvas_pixels(want_w, want_h);
}

void frame(void* arg) {
  WebApp& app = *static_cast<WebApp*>(arg);
  std::vector<Intent> arrived;
  arrived.swap(app.inbox);
  for (const Intent& i : arrived) apply(app, i);

  fit_canvas(app);
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
  shell::publish_test_probe(app.state, out, app.frames, app.pixel_ratio);
  for (const Intent& i : out.intents) apply(app, i);
}

}  // namespace

int main() {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
  static WebApp app;  // lives for the page's lifetime; the main loop gets it by pointer
  app.pixel_ratio = shell::page_pixel_ratio();
  app.window = glfwCreateWindow(800, 600, "khiw", nullptr, nullptr);
  if (!app.window) return 1;
  fit_canvas(app);
  glfwMakeContextCurrent(app.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;  // layout is code, not saved state
  // The GLFW backend sets the cursor mode every frame, which Emscripten turns into pointer-lock calls
  // that Chromium rejects with errors; browser cursors gain nothing from it.
  ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  ui::apply_theme();
  ImGui::GetStyle().ScaleAllSizes(app.pixel_ratio);
  ui::load_font(shell::kAppFont, shell::kAppFontSize, ui::kFontPixels * app.pixel_ratio);
  ImGui_ImplGlfw_InitForOpenGL(app.window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");

  apply(app, StartApp{shell::storage_get(kLangKey)});
  emscripten_set_main_loop_arg(frame, &app, 0, false);
  return 0;
}
