// What one frame of the UI produces: the intents the user expressed and, for tests, where each named
// widget was drawn (a canvas has no DOM to query).
#pragma once
#include <string>
#include <vector>

#include "core/app_update.h"

namespace khiw::ui {

struct WidgetRect {
  std::string id;
  float x = 0, y = 0, w = 0, h = 0;
};

struct UiOutput {
  std::vector<Intent> intents;
  std::vector<WidgetRect> widgets;
};

}  // namespace khiw::ui
