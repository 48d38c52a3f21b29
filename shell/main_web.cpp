// The browser main loop (web_app.h): apply what arrived → draw → apply what the user did → carry out effects →
// keep the browser (history, keyboard bridge) in step. Read in one minute, as Dear ImGui's examples are.
// Core decides everything; this file only moves intents in and effects out.
#include <GLFW/glfw3.h>
#include <emscripten/emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

#include <algorithm>
#include <cstdint>
#include <deque>
#include <vector>

#include "shell/connection.h"
#include "shell/download.h"
#include "shell/font_data.h"
#include "shell/geolocation.h"
#include "shell/gl_renderer.h"
#include "shell/history.h"
#include "shell/idle_frames.h"
#include "shell/net.h"
#include "shell/notifications.h"
#include "shell/page.h"
#include "shell/storage.h"
#include "shell/test_probe.h"
#include "shell/text_input.h"
#include "shell/touch_gestures.h"
#include "shell/visibility.h"
#include "shell/web_app.h"
#include "ui/draw_digest.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace {

using namespace khiw;

struct WebApp {
  const shell::OfficeShell* office = nullptr;  // none in the citizens' bundle
  GLFWwindow* window = nullptr;
  AppState state;
  std::vector<Intent> inbox;  // browser events and results, applied at the start of the next frame
  long frames = 0;
  float pixel_ratio = 1;        // the canvas is drawn at device resolution, the UI scaled to match
  UnixSeconds last_tick = 0;
  bool records_loaded = false;  // the history follows the stack only once the session is restored
  std::deque<float> frame_ms;   // CPU time of the last frame bodies (test probe)
  std::vector<Effect> start_effects;  // the start's requests, sent once the first frame is on screen
  shell::IdleFrames idle;
  long paints = 0;                   // frames painted on the canvas (a frame whose picture is unchanged is not)
  std::uint64_t painted_digest = 0;  // ui/draw_digest.h of the picture on the canvas
  bool repaint = true;               // the canvas may not show that picture: the next frame paints whatever it is
  int canvas_css_w = 0, canvas_css_h = 0;  // the canvas's size when last looked at
};

struct RunEffect {
  WebApp& app;
  void operator()(const HttpRequest& e) const {
    shell::http_request(e, [&inbox = app.inbox, reply = e.reply, context = e.context](int status, std::string body,
                                                                                    std::string etag) {
      inbox.push_back(HttpReplied{reply, status, std::move(body), context, std::move(etag)});
    });
  }
  void operator()(const SaveSetting& e) const { shell::storage_set(e.key, e.value); }
  void operator()(const StoreRecord& e) const { shell::storage_put_record(e.key, e.json); }
  void operator()(const DownloadFile& e) const { shell::download_file(e.filename, e.mime, e.content); }
  void operator()(const DownloadQrImage& e) const {
    shell::download_qr_png(e.filename, e.size, e.modules, e.caption);
  }
  void operator()(const RequestLocation&) const {
    shell::geolocation_request([&inbox = app.inbox](shell::LocationAnswer a) {
      if (a.found) inbox.push_back(LocationFound{a.lat, a.lon});
      else inbox.push_back(LocationFailed{a.denied});
    });
  }
  void operator()(const AskNotificationPermission&) const {
    shell::notifications_ask([&inbox = app.inbox](bool granted) { inbox.push_back(NotificationPermission{granted}); });
  }
  void operator()(const ShowNotification& e) const { shell::notification_show(e.title, e.body, e.tag); }
  void operator()(const AnnounceCall& e) const {
    if (app.office) app.office->announce(e);
  }
  void operator()(const OpenOfficeApp& e) const { shell::page_open_route(e.route); }
};

void run(WebApp& app, const std::vector<Effect>& effects) {
  for (const Effect& e : effects) std::visit(RunEffect{app}, e);
}

void apply(WebApp& app, const Intent& intent) { run(app, apply_intent(app.state, intent)); }

// The browser services report into the inbox; their results are applied at the next frame's start.
void connect_services(WebApp& app) {
  shell::storage_load_records({kBookingsRecord, kSessionRecord, kWalkInsRecord, kOutboxRecord, kKeptRecord,
                               kStaffRecord},
                              [&app](auto records, bool available) {
                                app.inbox.push_back(StoredRecordsLoaded{
                                    records[kBookingsRecord], records[kSessionRecord], records[kWalkInsRecord],
                                    available, records[kOutboxRecord], records[kKeptRecord], records[kStaffRecord]});
                                app.records_loaded = true;
                              });
  shell::storage_on_write_failed(
      [&app](std::string key, bool full) { app.inbox.push_back(StorageWriteFailed{std::move(key), full}); });
  shell::connection_start([&app](bool online) { app.inbox.push_back(ConnectionChanged{online}); });
  shell::history_start([&app](int steps) {
    for (int i = 0; i < steps; ++i) app.inbox.push_back(GoBack{});
  });
  shell::visibility_start([&app](bool visible) {
    app.repaint = app.repaint || visible;  // a page back from the background: its canvas may not have been kept
    app.inbox.push_back(PageVisibility{visible});
  });
  shell::touch_gestures_start(
      app.pixel_ratio,
      [&app](const shell::PinchStep& p) {
        app.inbox.push_back(PinchMap{{p.old_ax, p.old_ay}, {p.old_bx, p.old_by}, {p.ax, p.ay}, {p.bx, p.by}});
      },
      [&app] { app.inbox.push_back(PinchEnded{}); });
  if (shell::notifications_granted()) app.inbox.push_back(NotificationPermission{true});
  shell::text_input_start({
      .focus = [&app](Field field) { app.inbox.push_back(FocusField{field}); },
      .edit = [&app](Field field, std::string value) { app.inbox.push_back(EditField{field, std::move(value)}); },
  });
}

// What the first frame does not need (the start's requests, device records, browser listeners, the large
// face of tickets) waits until it is on screen: the citizen sees and can tap the app sooner, and the
// answers arrive two frames later. Not inlined into frame(), its one caller: the browser compiles a function
// whole at its first call, and the first frame, which starts nothing, compiled all of this with frame().
[[gnu::noinline]] void start_services(WebApp& app) {
  run(app, app.start_effects);
  app.start_effects.clear();
  connect_services(app);
  if (!ui::large_atlas().IsBuilt()) shell::gl_renderer_upload_atlas(ui::large_atlas());
}

// Reads the CSS size the page gives the canvas (once a frame); whether it changed since the last look.
bool canvas_resized(WebApp& app) {
  int css_w = 0, css_h = 0;
  shell::page_canvas_size(css_w, css_h);
  const bool resized = css_w != app.canvas_css_w || css_h != app.canvas_css_h;
  app.canvas_css_w = css_w;
  app.canvas_css_h = css_h;
  return resized;
}

// The canvas backing store is kept at device pixels for the CSS size last read (crisp Thai marks on
// phones); Emscripten's GLFW maps pointer positions to those pixels.
int device_pixels(const WebApp& app, int css_px) { return static_cast<int>(css_px * app.pixel_ratio); }

void fit_canvas(WebApp& app) {
  int w = 0, h = 0;
  const int want_w = device_pixels(app, app.canvas_css_w);
  const int want_h = device_pixels(app, app.canvas_css_h);
  glfwGetWindowSize(app.window, &w, &h);
  if (want_w <= 0 || want_h <= 0 || (want_w == w && want_h == h)) return;
  shell::page_set_canvas_pixels(want_w, want_h);
  app.repaint = true;  // a resized backing store starts blank
}

// Emscripten 3.1.6's GLFW passes the browser's wheel deltas through as they are (pixels, down positive)
// where GLFW and ImGui expect notches, up positive: lists scrolled the wrong way, by pages. ImGui 1.86
// scrolls a window five lines of its font per wheel unit (at most 2/3 of the window), 120 CSS px here,
// so this scrolls as far as the browser asked.
void on_scroll(GLFWwindow* window, double dx, double dy) {
  constexpr double kCssPxPerUnit = 5 * ui::kFontPixels;
  shell::IdleFrames::of(window).wake();
  ImGui_ImplGlfw_ScrollCallback(window, -dx / kCssPxPerUnit, -dy / kCssPxPerUnit);
}

// Builds the frame, and paints it unless the canvas already shows that picture: a frame built only because
// the clock's second turned, or the last of the few after an event, usually changes nothing on screen.
void draw(WebApp& app, ui::UiOutput& out) {
  fit_canvas(app);
  glfwPollEvents();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  ui::draw_app(app.state, out, app.office ? app.office->screens : nullptr);
  ImGui::Render();
  const ImDrawData& data = *ImGui::GetDrawData();
  const std::uint64_t digest = ui::draw_digest(data);
  if (!app.repaint && digest == app.painted_digest) return;
  shell::gl_renderer_render(data, ImVec4(0.97f, 0.97f, 0.96f, 1.0f));
  app.painted_digest = digest;
  app.repaint = false;
  ++app.paints;
}

// Counter mode and the hall's board build every frame (a camera, a TV); the citizens' app only when something
// changed (shell/idle_frames.h): a browser service answered, the clock's second turned, the canvas was
// resized, or ImGui has an item active (a drag; a text field, whose caret blinks).
bool changed(WebApp& app, UnixSeconds now) {
  const bool resized = canvas_resized(app);  // read every frame: draw() fits the canvas to it
  return resized || app.office || now != app.last_tick || !app.inbox.empty() || ImGui::IsAnyItemActive() ||
         ImGui::GetIO().WantTextInput;
}

void frame(void* arg) {
  WebApp& app = *static_cast<WebApp*>(arg);
  const double started = emscripten_get_now();
  const UnixSeconds now = shell::page_now();
  if (!app.idle.draw_frame(changed(app, now))) return;

  if (now != app.last_tick) {
    app.last_tick = now;
    apply(app, Tick{now});
  }
  std::vector<Intent> arrived;
  arrived.swap(app.inbox);
  for (const Intent& i : arrived) apply(app, i);

  ui::UiOutput out;
  draw(app, out);
  // The browser shows the first frame once this call returns: the services start in the second.
  if (app.frames == 0) shell::page_hide_loader();
  if (app.frames++ == 1) start_services(app);
  for (const Intent& i : out.intents) apply(app, i);

  if (app.records_loaded) shell::history_sync(static_cast<int>(app.state.nav.stack.size()));
  shell::text_input_sync(out.text_fields, app.state.flow.focused, app.pixel_ratio);
  if (app.office) app.office->sync(app.state, out, app.pixel_ratio, app.inbox);

  app.frame_ms.push_back(static_cast<float>(emscripten_get_now() - started));
  if (app.frame_ms.size() > 300) app.frame_ms.pop_front();
  shell::publish_test_probe(app.state, out, {app.frames, app.paints, app.pixel_ratio, &app.frame_ms});
}

}  // namespace

int khiw::shell::run_web_app(const OfficeShell* office) {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);  // GLFW takes the context web/loader.js created
  static WebApp app;  // lives for the page's lifetime; the main loop and the services get it by reference
  app.office = office;
  if (office) app.state.office = office->core;
  app.pixel_ratio = shell::page_pixel_ratio();
  // Created at its device-pixel size: the drawing buffer is sized once, and the first frame's fit_canvas
  // has nothing to do.
  canvas_resized(app);
  app.window = glfwCreateWindow(std::max(1, device_pixels(app, app.canvas_css_w)),
                                std::max(1, device_pixels(app, app.canvas_css_h)), "khiw", nullptr, nullptr);
  if (!app.window) return 1;
  glfwMakeContextCurrent(app.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;  // layout is code, not saved state
  // The GLFW backend sets the cursor mode every frame, which Emscripten turns into pointer-lock calls
  // that Chromium rejects with errors; browser cursors gain nothing from it.
  ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  ui::apply_theme();
  ImGui::GetStyle().ScaleAllSizes(app.pixel_ratio);
  const std::string route = shell::page_route();
  const bool board = board_route_office(route).has_value();
  ui::load_font(shell::kAppFont, shell::kAppFontSize, app.pixel_ratio, board);
  ui::load_large_font(shell::kAppFont, shell::kAppFontSize, app.pixel_ratio, board);
  app.idle.watch_input(app.window);
  ImGui_ImplGlfw_InitForOpenGL(app.window, true);
  glfwSetScrollCallback(app.window, on_scroll);
  if (!shell::gl_renderer_init()) return 1;
  const double atlas_started = emscripten_get_now();
  shell::gl_renderer_upload_atlas(*ImGui::GetIO().Fonts);
  shell::page_measure("khiw font atlas", atlas_started);
  // The hall's board shows called numbers from its first frame; tickets come later (start_services).
  if (board) shell::gl_renderer_upload_atlas(ui::large_atlas());

  app.last_tick = shell::page_now();
  app.start_effects = apply_intent(app.state, StartApp{shell::storage_get(kLangSetting), shell::page_random_hex(16),
                                                       app.last_tick, shell::storage_get(kPlaceSetting),
                                                       route});
  emscripten_set_main_loop_arg(frame, &app, 0, false);
  // The first frame is drawn now rather than at the next animation frame (about 8 ms away on a start): the
  // browser shows it at its next paint either way.
  frame(&app);
  return 0;
}
