// The office's server-sent event stream for counter mode: open while the desk is on screen. The
// browser's EventSource reconnects by itself after a drop; each (re)open and each change is reported.
#pragma once
#include <functional>
#include <string>

namespace khiw::shell {

struct EventStreamEvents {
  std::function<void(bool connected)> state;
  std::function<void()> changed;  // an `event: counts` arrived: something at the office changed
};

// Opens `path` (closing any other stream) or, with "", closes the stream. Cheap when nothing changes.
void event_stream_sync(const std::string& path, EventStreamEvents events);

}  // namespace khiw::shell
