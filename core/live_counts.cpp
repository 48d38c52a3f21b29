#include "core/live_counts.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/json_fields.h"

namespace khiw {

namespace {

using json_fields::json;
using json_fields::required;

constexpr int kLiveJsonVersion = 1;

int count_field(const json& rec, const char* key, const std::string& where) {
  if (!rec.contains(key)) return 0;  // added later to the document (remote): older servers leave it out
  const std::optional<int> n = json_fields::integer<int>(rec[key]);
  if (!n || *n < 0) throw std::invalid_argument(where + ": bad \"" + key + "\"");
  return *n;
}

}  // namespace

LiveCounts live_counts_from_json(std::string_view text) {
  const json doc = json_fields::parse_versioned(text, "live", kLiveJsonVersion);
  LiveCounts out;
  out.date = required<std::string>(doc, "date", "live");
  for (const json& rec : json_fields::required_array(doc, "offices", "live")) {
    const std::string code = required<std::string>(rec, "code", "live office");
    const std::string where = "live office " + code;
    LiveOffice office;
    office.waiting = count_field(rec, "waiting", where);
    const auto sections = rec.find("sections");
    if (sections != rec.end()) {
      if (!sections->is_object()) throw std::invalid_argument(where + ": \"sections\" is not an object");
      for (const auto& [id, s] : sections->items()) {
        if (!s.is_object()) throw std::invalid_argument(where + ": section " + id + " is not an object");
        office.sections[id] = {count_field(s, "waiting", where), count_field(s, "remote", where),
                               count_field(s, "serving", where), count_field(s, "wait_seconds", where)};
      }
    }
    out.offices[code] = std::move(office);
  }
  return out;
}

int waiting_at(const LiveCounts& counts, std::string_view office) {
  const auto it = counts.offices.find(std::string(office));
  return it == counts.offices.end() ? 0 : it->second.waiting;
}

UnixSeconds longest_wait_at(const LiveCounts& counts, std::string_view office) {
  const auto it = counts.offices.find(std::string(office));
  if (it == counts.offices.end()) return 0;
  UnixSeconds longest = 0;
  for (const auto& [id, s] : it->second.sections) longest = std::max(longest, s.wait_seconds);
  return longest;
}

std::optional<HttpRequest> due_live_poll(LivePoll& poll, UnixSeconds now) {
  if (!poll.visible || poll.in_flight || (poll.sent_at != 0 && now - poll.sent_at < kLivePollSeconds))
    return std::nullopt;
  poll.in_flight = true;
  poll.sent_at = now;
  HttpRequest request = http_get(Reply::Live, "/api/live");
  request.if_none_match = poll.loaded ? poll.etag : "";
  return request;
}

std::optional<HttpRequest> set_page_visible(LivePoll& poll, bool visible, UnixSeconds now) {
  poll.visible = visible;
  if (!visible) return std::nullopt;
  poll.sent_at = 0;
  return due_live_poll(poll, now);
}

void apply_live_reply(LivePoll& poll, int status, const std::string& body, const std::string& etag, UnixSeconds now) {
  poll.in_flight = false;
  if (status == 304 && poll.loaded) {
    poll.as_of = now;
    poll.failed = false;
    return;
  }
  if (status != 200) {
    poll.failed = true;
    return;
  }
  try {
    poll.counts = live_counts_from_json(body);
    poll.etag = etag;
    poll.loaded = true;
    poll.as_of = now;
    poll.failed = false;
  } catch (const std::invalid_argument&) {
    poll.failed = true;
  }
}

}  // namespace khiw
