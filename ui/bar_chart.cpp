#include "ui/bar_chart.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/theme.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

constexpr float kPlotCssPx = 120;

// Centred on `x`, its top at `y`.
void centred_text(ImDrawList* dl, float x, float y, const std::string& text) {
  const float w = ImGui::CalcTextSize(text.c_str()).x;
  dl->AddText(ImVec2(std::floor(x - w / 2), std::floor(y)), ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
}

}  // namespace

void bar_chart(const std::string& id, const std::vector<Bar>& bars, UiOutput& out) {
  if (bars.empty()) return;
  const float width = std::floor(ImGui::GetContentRegionAvail().x);
  const float font = ImGui::GetFontSize();
  const float plot = std::ceil(kPlotCssPx * css_px());
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float base = origin.y + font + plot;  // value labels over the tallest bar, hour labels under the base
  ImGui::Dummy(ImVec2(width, font + plot + font + ImGui::GetStyle().ItemInnerSpacing.y));

  double top = 0;
  for (const Bar& b : bars) top = std::max(top, b.value);
  const float slot = width / static_cast<float>(bars.size());
  const float bar_w = std::floor(slot * 0.7f);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->AddLine(ImVec2(origin.x, base), ImVec2(origin.x + width, base), palette::kCardBorder);
  for (size_t i = 0; i < bars.size(); ++i) {
    const Bar& b = bars[i];
    const float x = std::floor(origin.x + slot * static_cast<float>(i) + (slot - bar_w) / 2);
    const float h = top > 0 && b.value > 0 ? std::round(plot * static_cast<float>(b.value / top)) : 0;
    if (h > 0) dl->AddRectFilled(ImVec2(x, base - h), ImVec2(x + bar_w, base), palette::kAccent);
    centred_text(dl, x + bar_w / 2, base - h - font, b.value_text);
    centred_text(dl, x + bar_w / 2, base + ImGui::GetStyle().ItemInnerSpacing.y, b.label);
    record_rect(out, "info_" + id + "_" + b.label, ImVec2(x, base - h), ImVec2(bar_w, h), b.value_text);
  }
}

}  // namespace khiw::ui
