#include <emscripten/emscripten.h>

#include "shell/notifications.h"

namespace {

std::function<void(bool)> g_done;

EM_JS(int, khiw_notifications_granted, (), {
  return typeof Notification !== 'undefined' && Notification.permission === 'granted' ? 1 : 0;
});

EM_JS(void, khiw_notifications_ask, (), {
  if (typeof Notification === 'undefined') { _khiw_notifications_answer(0); return; }
  Promise.resolve(Notification.requestPermission())
    .then(function(p) { _khiw_notifications_answer(p === 'granted' ? 1 : 0); })
    .catch(function() { _khiw_notifications_answer(0); });
});

EM_JS(void, khiw_notification_show, (const char* title, const char* body, const char* tag), {
  if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
  const t = UTF8ToString(title), options = {body: UTF8ToString(body), tag: UTF8ToString(tag)};
  try {
    new Notification(t, options);
  } catch (e) {
    // Chromium on Android allows notifications only through a service worker.
    navigator.serviceWorker && navigator.serviceWorker.ready.then(function(r) { r.showNotification(t, options); });
  }
});

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void khiw_notifications_answer(int granted) {
  if (!g_done) return;
  const auto done = std::move(g_done);
  g_done = nullptr;
  done(granted != 0);
}

namespace khiw::shell {

bool notifications_granted() { return khiw_notifications_granted() != 0; }

void notifications_ask(std::function<void(bool granted)> done) {
  g_done = std::move(done);
  khiw_notifications_ask();
}

void notification_show(const std::string& title, const std::string& body, const std::string& tag) {
  khiw_notification_show(title.c_str(), body.c_str(), tag.c_str());
}

}  // namespace khiw::shell
