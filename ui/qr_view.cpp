#include "ui/qr_view.h"

#include <algorithm>
#include <cmath>

#include "ui/theme.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

constexpr float kMinModuleCss = 6;    // scanners at the counter read 6 CSS px modules from arm's length
constexpr float kMaxQrCss = 480;      // large, not absurd, on a desktop

}  // namespace

float module_pixels(const QrMatrix& qr, float avail) {
  const float modules = static_cast<float>(qr.size + 2 * kQrQuietZone);
  const float fit = std::floor(std::min(avail, kMaxQrCss * css_px()) / modules);
  return std::max(fit, std::ceil(kMinModuleCss * css_px()));
}

// Pure black on pure white, snapped to whole pixels so no module is blurred.
void draw_qr(const QrMatrix& qr, float module, const std::string& id, UiOutput& out) {
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  const ImVec2 origin(std::floor(cursor.x), std::floor(cursor.y));
  const float side = module * static_cast<float>(qr.size + 2 * kQrQuietZone);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddRectFilled(origin, ImVec2(origin.x + side, origin.y + side), palette::kWhite);
  const float inset = module * kQrQuietZone;
  for (int y = 0; y < qr.size; ++y) {
    for (int x = 0; x < qr.size;) {
      if (!qr.dark(x, y)) { ++x; continue; }
      int run = x;  // a horizontal run of dark modules is one rectangle
      while (run < qr.size && qr.dark(run, y)) ++run;
      const ImVec2 a(origin.x + inset + module * static_cast<float>(x),
                     origin.y + inset + module * static_cast<float>(y));
      dl->AddRectFilled(a, ImVec2(a.x + module * static_cast<float>(run - x), a.y + module), palette::kBlack);
      x = run;
    }
  }
  ImGui::Dummy(ImVec2(side + (origin.x - cursor.x) , side + (origin.y - cursor.y)));
  record_rect(out, id, origin, ImVec2(side, side));
}

}  // namespace khiw::ui
