// Live waiting counts as GET /api/live publishes them (docs/API.md), and the polling rule: every 15 s
// while the page is visible, with If-None-Match so an unchanged answer is a bodiless 304. A failed poll
// keeps the last figures with their time: a blank map would tell the citizen less than an old one.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/bkk_time.h"
#include "core/effects.h"

namespace khiw {

struct LiveSection {
  int waiting = 0;  // everyone in line ahead of a newcomer, in the hall or holding a place from the app
  int remote = 0;   // of those, holding a place from the app, not in the hall yet
  int serving = 0;
  UnixSeconds wait_seconds = 0;  // core's estimate for someone joining now
  bool operator==(const LiveSection&) const = default;
};

struct LiveOffice {
  int waiting = 0;
  std::map<std::string, LiveSection> sections;  // sections without a queue today are absent (= 0)
  bool operator==(const LiveOffice&) const = default;
};

struct LiveCounts {
  std::string date;  // the Bangkok day the counts are for
  std::map<std::string, LiveOffice> offices;
  bool operator==(const LiveCounts&) const = default;
};

LiveCounts live_counts_from_json(std::string_view text);  // throws std::invalid_argument

// Zero when the office has no queue today.
int waiting_at(const LiveCounts& counts, std::string_view office);
// The longest estimated wait among the office's sections: what a citizen may meet there.
UnixSeconds longest_wait_at(const LiveCounts& counts, std::string_view office);

inline constexpr UnixSeconds kLivePollSeconds = 15;

struct LivePoll {
  LiveCounts counts;
  std::string etag;
  bool loaded = false;       // counts hold a real answer
  UnixSeconds as_of = 0;     // last answer (200 or 304): the figures' age is shown from it
  UnixSeconds sent_at = 0;
  bool in_flight = false;
  bool failed = false;       // the last poll got no usable answer
  bool visible = true;       // Page Visibility: hidden pages do not poll
  bool operator==(const LivePoll&) const = default;
};

// The poll to send now, if one is due (visible, none in flight, 15 s since the last one was sent).
std::optional<HttpRequest> due_live_poll(LivePoll& poll, UnixSeconds now);
// Coming back into view polls at once rather than up to 15 s later.
std::optional<HttpRequest> set_page_visible(LivePoll& poll, bool visible, UnixSeconds now);
void apply_live_reply(LivePoll& poll, int status, const std::string& body, const std::string& etag, UnixSeconds now);

}  // namespace khiw
