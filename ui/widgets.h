// Every interactive widget of the screens: Thai is shaped before drawing, each widget's rectangle is
// recorded under a stable id (the same in both languages) for tests and the shell, touch targets are at
// least 44 CSS px tall, and a disabled widget is drawn greyed and emits nothing.
#pragma once
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/booking_draft.h"
#include "core/reference_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

// Framebuffer pixels per CSS pixel (the shell scales the font by the device pixel ratio).
float css_px();
// The smallest touch target: 44 CSS px.
float touch_height();
// Records the last ImGui item's rectangle under `id`, with the text it shows (unshaped).
void record_item(const std::string& id, UiOutput& out, std::string label = {});
// Names a rectangle drawn in the current window (as record_item names the last item).
void record_rect(UiOutput& out, std::string id, ImVec2 min, ImVec2 size, std::string label = {});

// A compact button sized to its label (chrome, steppers, small actions). True when tapped.
float button_width(std::string_view label);
bool button(std::string_view label, const std::string& id, UiOutput& out, bool enabled = true);

// A tappable block of wrapped lines: list rows, tiles, full-width actions.
struct Line {
  std::string text;
  ImU32 colour = 0;  // 0: the card's text colour
};
enum class CardKind { Plain, Primary, Selected, Warning };
struct Card {
  std::string id;
  std::vector<Line> lines;
  bool enabled = true;
  CardKind kind = CardKind::Plain;
};
// Height of `card` drawn `width` wide (before the touch-target minimum).
float card_height(const Card& card, float width);
// `width` 0: the full width available. True when tapped (never when disabled).
bool card_button(const Card& card, UiOutput& out, float width = 0, float min_height = 0);
// A full-width primary action with one label.
bool wide_button(std::string_view label, const std::string& id, UiOutput& out, bool enabled = true);
// How many tiles of at least `min_css_width` fit across (never fewer than `at_least`).
int grid_columns(float min_css_width, int at_least);
// Cards in rows of `columns`, each row as tall as its tallest card. The index tapped, or -1.
int card_grid(const std::vector<Card>& cards, int columns, UiOutput& out);

// A full-width checkbox row, with an optional note in the muted colour under the label. True when tapped.
bool checkbox(std::string_view label, const std::string& id, bool checked, UiOutput& out,
              std::string_view note = {});

// A text field without a keyboard of its own: the shell's hidden <input> edits it (EditField), a tap
// focuses it (FocusField). Recorded in widgets and text_fields under core's field_name.
struct TextFieldSpec {
  Field field = Field::None;
  std::string_view label;
  std::string value;        // as core holds it
  std::string shown;        // as drawn (e.g. the national ID grouped)
  std::string_view hint;    // drawn when empty
  const char* inputmode = "text";
  int max_length = 0;
  bool focused = false;
  std::string_view error;   // drawn in red under the field when not empty
};
void text_field(const TextFieldSpec& spec, UiOutput& out);

// Loading or failed: draws the message (and on failure the detail and a retry button emitting `retry`)
// and returns true. Ready: draws nothing and returns false.
bool load_status(LoadStatus status, std::string_view loading, std::string_view failed, std::string_view detail,
                 std::string_view retry_label, const std::string& retry_id, const Intent& retry, UiOutput& out);

}  // namespace khiw::ui
