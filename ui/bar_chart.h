// A bar chart drawn with ImGui's draw list: one bar per value side by side across the width, the tallest
// as tall as the plot, each with its value over it and its label under it. Each bar's rectangle is
// recorded as `info_<id>_<label>` with its value text (a bar of no value is 0 px tall), so tests can
// measure them.
#pragma once
#include <string>
#include <vector>

#include "ui/ui_output.h"

namespace khiw::ui {

struct Bar {
  std::string label;       // under the bar: ASCII (hours)
  double value = 0;        // 0 or less: no bar
  std::string value_text;  // over the bar: ASCII (figures)
};

void bar_chart(const std::string& id, const std::vector<Bar>& bars, UiOutput& out);

}  // namespace khiw::ui
