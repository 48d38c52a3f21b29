// What one frame of the UI produces: the intents the user expressed and, for tests and the shell, where
// each named widget and text field was drawn (a canvas has no DOM to query).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/app_update.h"

namespace khiw::ui {

// Rectangles in framebuffer pixels (the shell divides by the pixel ratio for CSS pixels).
struct WidgetRect {
  std::string id;
  float x = 0, y = 0, w = 0, h = 0;
  std::string label;  // the text it shows (unshaped), for tests and a later screen-reader mirror
  // The rows of it that its window shows (not scrolled under the chrome or out of the body): visible_h < h
  // when a finger cannot reach all of it, 0 when none.
  float visible_y = 0, visible_h = 0;
};

// A text field on screen: the shell's hidden <input> (the phone keyboard bridge) focuses itself inside
// the tap that lands on `rect`, with the field's keyboard kind and current text.
struct TextFieldInfo {
  WidgetRect rect;          // rect.id is the field's name (core field_name)
  std::string value;        // the text as core holds it
  std::string inputmode;    // "text", "numeric" or "tel"
  int max_length = 0;       // characters; 0 = no limit
};

struct UiOutput {
  std::vector<Intent> intents;
  std::vector<WidgetRect> widgets;
  std::vector<TextFieldInfo> text_fields;
  std::string pressed;  // the recorded widget a press went down on this frame: a test checks its tap landed
  // Where the camera preview goes while a screen scans QR codes (the shell lays the video over it).
  std::optional<WidgetRect> camera;
};

}  // namespace khiw::ui
