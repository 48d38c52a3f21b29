// System notifications (the Notification API): asked for only when the citizen taps "allow", shown only
// when granted. Where the API is missing the app's own screen still says everything.
#pragma once
#include <functional>
#include <string>

namespace khiw::shell {

bool notifications_granted();
// `done` runs once with whether notifications may now be shown.
void notifications_ask(std::function<void(bool granted)> done);
// `tag`: a later notification with the same tag replaces this one.
void notification_show(const std::string& title, const std::string& body, const std::string& tag);

}  // namespace khiw::shell
