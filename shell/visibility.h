// Page Visibility: whether the citizen can see the page (live counts are polled only then).
#pragma once
#include <functional>

namespace khiw::shell {

// `changed` runs on every visibilitychange with the new state.
void visibility_start(std::function<void(bool visible)> changed);

}  // namespace khiw::shell
