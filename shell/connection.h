// Whether the browser has a network (navigator.onLine and its online/offline events). "Online" only
// means a network exists; whether the server answers is learnt from the requests themselves.
#pragma once
#include <functional>

namespace khiw::shell {

// `changed` runs once at once with the current state, then on every online/offline event.
void connection_start(std::function<void(bool online)> changed);

}  // namespace khiw::shell
