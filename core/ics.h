// An iCalendar (RFC 5545) file for one appointment: Asia/Bangkok time, the office as location, and
// reminders before it. Text is escaped and lines are folded at 75 octets without splitting a character.
#pragma once
#include <string>
#include <vector>

#include "core/bkk_time.h"

namespace khiw {

struct IcsEvent {
  std::string uid;          // globally unique, e.g. "7KQ2M9XD@khiw.bangkok"
  std::string summary;
  std::string location;
  std::string description;
  UnixSeconds start = 0;
  UnixSeconds end = 0;
  UnixSeconds stamp = 0;    // when the file was made
  std::vector<int> alarm_seconds_before;  // one VALARM each, e.g. {86400, 7200}
};

std::string ics_calendar(const IcsEvent& event);

}  // namespace khiw
