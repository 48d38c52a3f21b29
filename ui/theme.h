// The app's look: light, high-contrast, large touch targets (citizens use phones outdoors).
#pragma once
#include <imgui.h>

namespace khiw::ui {

void apply_theme();

// Colours with a meaning, shared by every screen.
namespace palette {
inline constexpr ImU32 kAccent = IM_COL32(31, 79, 120, 255);        // BMA-like deep blue: primary actions
inline constexpr ImU32 kCard = IM_COL32(255, 255, 255, 255);         // tappable rows and tiles
inline constexpr ImU32 kCardBorder = IM_COL32(190, 196, 206, 255);
inline constexpr ImU32 kSelected = IM_COL32(204, 224, 245, 255);
inline constexpr ImU32 kDisabled = IM_COL32(232, 232, 230, 255);     // fill of a widget that cannot be used
inline constexpr ImU32 kWarning = IM_COL32(255, 240, 200, 255);      // reminder banner
inline constexpr ImU32 kError = IM_COL32(176, 24, 24, 255);          // field errors, refusals
inline constexpr ImU32 kOk = IM_COL32(20, 110, 50, 255);             // active bookings
inline constexpr ImU32 kMuted = IM_COL32(97, 97, 107, 255);          // finished bookings
inline constexpr ImU32 kWhite = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kBlack = IM_COL32(0, 0, 0, 255);
}  // namespace palette

}  // namespace khiw::ui
