// The display board's chime and spoken call (web/announcer.js, injected on the first call so other pages
// never download it). Calls are queued there: two never overlap, and a recall is announced again.
#pragma once
#include <string>

namespace khiw::shell {

void announce_call(const std::string& ticket, int counter, const std::string& speech_th);

}  // namespace khiw::shell
