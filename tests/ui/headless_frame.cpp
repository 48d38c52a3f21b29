#include "tests/ui/headless_frame.h"

#include <fstream>
#include <iterator>
#include <stdexcept>

#include "ui/fonts.h"
#include "ui/office_screens.h"
#include "ui/theme.h"

namespace khiw::testing {

HeadlessUi::HeadlessUi(float width, float height, bool board) {
  std::ifstream in(KHIW_UI_FONT, std::ios::binary);
  if (!in) throw std::runtime_error("font not found: " KHIW_UI_FONT);
  font_.assign(std::istreambuf_iterator<char>(in), {});
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  ui::apply_theme();  // spacing changes layout: test what the app shows
  ui::load_font(font_.data(), font_.size(), 1, board);
  ui::load_large_font(font_.data(), font_.size(), 1, board);
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  ui::large_atlas().GetTexDataAsRGBA32(&pixels, &w, &h);
}

HeadlessUi::~HeadlessUi() { ImGui::DestroyContext(); }

ui::UiOutput HeadlessUi::frame(const AppState& state, float x, float y, bool down) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(x, y);  // ImGui 1.86 input API (events arrived in 1.87)
  io.MouseDown[0] = down;
  ImGui::NewFrame();
  ui::UiOutput out;
  ui::draw_app(state, out, ui::draw_office_screen);  // the whole app: the office bundle's screens too
  ImGui::Render();
  last_ = out;
  return out;
}

const ui::WidgetRect* HeadlessUi::widget(const std::string& id) const {
  for (const auto& w : last_.widgets)
    if (w.id == id) return &w;
  return nullptr;
}

std::vector<Intent> HeadlessUi::click(const AppState& state, const std::string& id) {
  const ui::WidgetRect* w = widget(id);
  if (!w) throw std::runtime_error("no widget " + id);
  const float x = w->x + w->w / 2, y = w->y + w->h / 2;
  frame(state, x, y, false);  // hover first, as a real pointer does
  frame(state, x, y, true);
  return frame(state, x, y, false).intents;
}

}  // namespace khiw::testing
