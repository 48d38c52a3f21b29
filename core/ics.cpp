#include "core/ics.h"

#include <cstdio>
#include <cstdlib>

#include "core/utf8.h"

namespace khiw {

namespace {

constexpr size_t kMaxLineOctets = 75;  // RFC 5545 §3.1, without the CRLF

// "20261125T093000" for the civil time at `t + offset` (offset in seconds east of UTC).
std::string civil_stamp(UnixSeconds t, std::int64_t offset) {
  const std::int64_t local = t + offset;
  const std::int64_t days = floor_div(local, 86400);
  const auto second_of_day = static_cast<int>(local - days * 86400);
  const Date d = date_from_days(days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d%02d%02dT%02d%02d%02d", d.year, d.month, d.day, second_of_day / 3600,
                second_of_day / 60 % 60, second_of_day % 60);
  return buf;
}

// TEXT value (§3.3.11): backslash, semicolon and comma escaped, any line break as "\n". Invalid UTF-8
// becomes U+FFFD and other control characters (forbidden in TEXT) are dropped, so the file stays valid
// whatever a name or address holds.
std::string escape_text(std::string_view raw) {
  const std::u32string text = utf8_decode(raw);
  std::u32string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    switch (c) {
      case U'\\': out += U"\\\\"; break;
      case U';': out += U"\\;"; break;
      case U',': out += U"\\,"; break;
      case U'\r':
        if (i + 1 < text.size() && text[i + 1] == U'\n') ++i;  // CRLF is one break
        out += U"\\n";
        break;
      case U'\n': out += U"\\n"; break;
      case U'\t': out += c; break;
      default:
        if (c >= 0x20 && c != 0x7F) out += c;
    }
  }
  return utf8_encode(out);
}

// "-P1D", "-PT2H", "-P1DT1H30M", "PT0S": how long before the start an alarm fires.
std::string trigger_before(int seconds_before) {
  std::int64_t s = seconds_before;
  std::string out = s > 0 ? "-P" : "P";
  s = std::llabs(s);
  if (s == 0) return "PT0S";
  const std::int64_t days = s / 86400, hours = s / 3600 % 24, minutes = s / 60 % 60, secs = s % 60;
  if (days > 0) out += std::to_string(days) + "D";
  if (hours > 0 || minutes > 0 || secs > 0) {
    out += "T";
    if (hours > 0) out += std::to_string(hours) + "H";
    if (minutes > 0) out += std::to_string(minutes) + "M";
    if (secs > 0) out += std::to_string(secs) + "S";
  }
  return out;
}

// Appends one content line, folded (§3.1): at most 75 octets per physical line, continuation lines
// start with one space, and a cut never falls inside a UTF-8 sequence.
void add_line(std::string& out, std::string_view line) {
  size_t limit = kMaxLineOctets;
  while (line.size() > limit) {
    size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    if (cut == 0) cut = limit;  // not UTF-8 at all: escape_text never lets that through
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxLineOctets - 1;  // the leading space counts
  }
  out.append(line);
  out += "\r\n";
}

}  // namespace

std::string ics_calendar(const IcsEvent& e) {
  std::string out;
  auto line = [&out](std::string_view name, std::string_view value) {
    std::string l(name);
    l += ':';
    l += value;
    add_line(out, l);
  };
  const std::string tzid = "TZID=Asia/Bangkok";

  line("BEGIN", "VCALENDAR");
  line("VERSION", "2.0");
  line("PRODID", "-//khiw//Bangkok district office queue//TH");
  line("CALSCALE", "GREGORIAN");
  line("METHOD", "PUBLISH");

  line("BEGIN", "VTIMEZONE");
  line("TZID", "Asia/Bangkok");
  line("BEGIN", "STANDARD");
  line("DTSTART", "19700101T000000");
  line("TZOFFSETFROM", "+0700");
  line("TZOFFSETTO", "+0700");
  line("TZNAME", "ICT");
  line("END", "STANDARD");
  line("END", "VTIMEZONE");

  line("BEGIN", "VEVENT");
  line("UID", escape_text(e.uid));
  line("DTSTAMP", civil_stamp(e.stamp, 0) + "Z");
  line("DTSTART;" + tzid, civil_stamp(e.start, kBangkokUtcOffset));
  line("DTEND;" + tzid, civil_stamp(e.end, kBangkokUtcOffset));
  line("SUMMARY", escape_text(e.summary));
  line("LOCATION", escape_text(e.location));
  line("DESCRIPTION", escape_text(e.description));
  for (int before : e.alarm_seconds_before) {
    line("BEGIN", "VALARM");
    line("ACTION", "DISPLAY");
    line("TRIGGER", trigger_before(before));
    line("DESCRIPTION", escape_text(e.summary));
    line("END", "VALARM");
  }
  line("END", "VEVENT");
  line("END", "VCALENDAR");
  return out;
}

}  // namespace khiw
