#include "core/navigation.h"

#include <algorithm>
#include <array>

#include "core/enum_names.h"

namespace khiw {

namespace {
constexpr std::array<std::string_view, static_cast<size_t>(Screen::kCount)> kNames = {
    "start", "offices", "sections", "services", "date",   "slot",
    "details", "consent", "review", "ticket", "my_bookings", "walk_in", "nearby", "walk_in_ticket", "pending_booking",
    "staff_login", "counter_setup", "counter_desk", "counter_check_in", "board",
    "day_summary", "open_data", "counter_pre_service"};
}  // namespace

std::string_view screen_name(Screen s) { return enum_name(kNames, s); }

std::optional<Screen> screen_from_name(std::string_view name) { return enum_from_name<Screen>(kNames, name); }

void go_to(Navigation& nav, Screen s) {
  if (nav.current() != s) nav.stack.push_back(s);
}

bool go_back(Navigation& nav) {
  if (nav.stack.size() <= 1) return false;
  nav.stack.pop_back();
  return true;
}

void return_to(Navigation& nav, Screen s) {
  const auto it = std::find(nav.stack.rbegin(), nav.stack.rend(), s);
  if (it == nav.stack.rend()) {
    nav.stack.push_back(s);
    return;
  }
  nav.stack.erase(it.base(), nav.stack.end());
}

}  // namespace khiw
