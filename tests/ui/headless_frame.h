// Runs real Dear ImGui frames without a renderer: the font atlas is built, draw lists are produced,
// and mouse input is fed through ImGuiIO as a browser would.
#pragma once
#include <imgui.h>

#include <string>
#include <vector>

#include "core/app_state.h"
#include "ui/screens.h"

namespace khiw::testing {

class HeadlessUi {
 public:
  // `board`: the fonts of a hall's board page.
  explicit HeadlessUi(float width = 800, float height = 1200, bool board = false);
  ~HeadlessUi();
  HeadlessUi(const HeadlessUi&) = delete;
  HeadlessUi& operator=(const HeadlessUi&) = delete;

  // One frame; the mouse is at (x, y) with the button held when `down`.
  ui::UiOutput frame(const AppState& state, float x = -1, float y = -1, bool down = false);
  // Presses and releases the mouse on the centre of widget `id` (found in the previous frame);
  // returns the intents of the release frame.
  std::vector<Intent> click(const AppState& state, const std::string& id);
  const ui::WidgetRect* widget(const std::string& id) const;

 private:
  std::vector<unsigned char> font_;
  ui::UiOutput last_;
};

}  // namespace khiw::testing
