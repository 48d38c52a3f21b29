// The phone keyboard bridge. A canvas cannot open a soft keyboard or take IME text, so one hidden DOM
// <input> (web/text_bridge.js) stands in for whichever text field has focus: a tap on a field focuses it
// within the tap itself (iOS opens the keyboard only then), and its value, the truth while it has focus,
// comes back whole on every change, IME composition included. The shell turns the callbacks into
// FocusField / EditField intents; core decides what a value means.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "core/booking_draft.h"
#include "ui/ui_output.h"

namespace khiw::shell {

struct TextInputEvents {
  std::function<void(Field)> focus;                      // Field::None when the input lost focus
  std::function<void(Field, std::string value)> edit;    // the input's whole value
};

void text_input_start(TextInputEvents events);
// After each frame: the fields drawn (framebuffer pixels, divided by `pixel_ratio` for CSS) and core's
// focused field. Sent to the page only when something changed. When core's focus is None the input is
// blurred (the keyboard closes); when it moves to another drawn field, the input follows it.
void text_input_sync(const std::vector<ui::TextFieldInfo>& fields, Field focused, float pixel_ratio);

}  // namespace khiw::shell
