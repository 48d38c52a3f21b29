#include <emscripten/emscripten.h>

#include "shell/announcer.h"

namespace {

// Calls made while announcer.js loads wait for it, in order; a failed load is tried again at the next call.
EM_JS(void, khiw_announce, (const char* ticket, int counter, const char* speech), {
  const call = [UTF8ToString(ticket), counter, UTF8ToString(speech)];
  if (!window.khiwAnnouncerReady) {
    window.khiwAnnouncerReady = new Promise(function(resolve, reject) {
      const script = document.createElement('script');
      script.src = 'announcer.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }
  window.khiwAnnouncerReady.then(function() { window.khiwAnnouncer.announce(call[0], call[1], call[2]); },
                                 function() {
                                   console.warn('khiw: announcer.js did not load');
                                   window.khiwAnnouncerReady = null;  // the next call tries again
                                 });
});

}  // namespace

namespace khiw::shell {

void announce_call(const std::string& ticket, int counter, const std::string& speech_th) {
  khiw_announce(ticket.c_str(), counter, speech_th.c_str());
}

}  // namespace khiw::shell
