// The browser main loop, shared by both bundles: the citizens' (run with no office part) and the
// office's (counter mode and the hall's board, see core/office_part.h).
#pragma once
#include <vector>

#include "core/app_update.h"
#include "core/office_part.h"
#include "ui/screens.h"

namespace khiw::shell {

struct OfficeShell {
  const OfficePart* core;
  ui::DrawBody screens;
  // Each frame after the UI: the office's event stream, the scanner and the camera follow the state;
  // what they report goes into `inbox`, which lives as long as the page.
  void (*sync)(const AppState& state, const ui::UiOutput& out, float pixel_ratio, std::vector<Intent>& inbox);
  void (*announce)(const AnnounceCall& call);  // the board's chime and voice
};

// Starts the app and its main loop; returns at once (the loop runs on the browser's frames).
int run_web_app(const OfficeShell* office);

}  // namespace khiw::shell
