// The app's look: light, high-contrast, large touch targets (citizens use phones outdoors).
#pragma once

namespace khiw::ui {

void apply_theme();

}  // namespace khiw::ui
