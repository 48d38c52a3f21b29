// Pieces the counter-mode screens share: an error code in the clerk's language, and the staff bar
// (who is logged in, at which office and counter, whether the line is live, what waits to be sent).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

// Core's message for a rule code, the app's for transport codes ("network", "unauthorized", …), else the code.
std::string counter_error_text(std::string_view code, Lang lang);
// Priority names as the API sends them ("" = none).
std::string_view priority_label(std::string_view priority, Lang lang);
// The four priorities as cards ids `<id_prefix>none`, `<id_prefix>elderly`, …, `selected` highlighted;
// the name tapped, or nullopt.
std::optional<std::string> priority_grid(std::string_view selected, const std::string& id_prefix, Lang lang,
                                         UiOutput& out);
// Whole minutes from `from` to `to`, never negative.
long minutes_between(UnixSeconds from, UnixSeconds to);
// Staff, office and counter with a logout button; the live state and unsent actions under it.
void draw_staff_bar(const AppState& state, UiOutput& out);

}  // namespace khiw::ui
