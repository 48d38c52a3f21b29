#include "core/ics.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace khiw {
namespace {

// 2026-11-25 09:30 +07:00 = 2026-11-25 02:30 UTC, written out independently of bkk_instant().
constexpr UnixSeconds kWed25Nov0930 = 1795573800;
// 2026-11-23 10:00 +07:00 = 03:00 UTC.
constexpr UnixSeconds kStamp = 1795402800;

IcsEvent appointment() {
  IcsEvent e;
  e.uid = "7KQ2M9XD@khiw.bangkok";
  e.summary = "ทำบัตรประชาชน · ID card";
  e.location = "สำนักงานเขตพระนคร, 2 ถนนบูรพา";
  e.description = "รหัสจอง 7KQ2M9XD";
  e.start = kWed25Nov0930;
  e.end = kWed25Nov0930 + 15 * 60;
  e.stamp = kStamp;
  e.alarm_seconds_before = {86400, 7200};
  return e;
}

// Physical lines, split at CRLF; the final CRLF leaves no empty last line.
std::vector<std::string> physical_lines(const std::string& ics) {
  std::vector<std::string> lines;
  size_t at = 0;
  for (size_t crlf; (crlf = ics.find("\r\n", at)) != std::string::npos; at = crlf + 2) {
    lines.push_back(ics.substr(at, crlf - at));
  }
  EXPECT_EQ(at, ics.size()) << "the file must end with CRLF";
  return lines;
}

// RFC 5545 §3.1: a CRLF followed by one space or tab is removed.
std::string unfold(const std::string& ics) {
  std::string out;
  for (size_t i = 0; i < ics.size(); ++i) {
    if (ics.compare(i, 2, "\r\n") == 0 && i + 2 < ics.size() && (ics[i + 2] == ' ' || ics[i + 2] == '\t')) {
      i += 2;
      continue;
    }
    out += ics[i];
  }
  return out;
}

// Content lines after unfolding.
std::vector<std::string> content_lines(const std::string& ics) { return physical_lines(unfold(ics)); }

std::string unescape(const std::string& value) {
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\' && i + 1 < value.size()) {
      const char c = value[++i];
      out += c == 'n' || c == 'N' ? '\n' : c;
    } else {
      out += value[i];
    }
  }
  return out;
}

// The value of the first content line named `name` (e.g. "SUMMARY"), unescaped.
std::string text_property(const std::string& ics, const std::string& name) {
  for (const std::string& line : content_lines(ics)) {
    if (line.rfind(name + ":", 0) == 0) return unescape(line.substr(name.size() + 1));
  }
  ADD_FAILURE() << name << " not found";
  return {};
}

int count_lines(const std::string& ics, const std::string& line) {
  int n = 0;
  for (const std::string& l : content_lines(ics)) n += l == line;
  return n;
}

// Strict UTF-8 check, written here independently of core/utf8.
bool valid_utf8(const std::string& s) {
  for (size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const int len = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    for (int k = 1; k < len; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += len;
  }
  return true;
}

void expect_well_formed(const std::string& ics) {
  for (size_t i = 0; i < ics.size(); ++i) {
    if (ics[i] == '\n') {
      ASSERT_TRUE(i > 0 && ics[i - 1] == '\r') << "bare LF at " << i;
    }
    if (ics[i] == '\r') {
      ASSERT_TRUE(i + 1 < ics.size() && ics[i + 1] == '\n') << "bare CR at " << i;
    }
  }
  for (const std::string& line : physical_lines(ics)) {
    EXPECT_LE(line.size(), 75u) << line;
    EXPECT_TRUE(valid_utf8(line)) << "a fold split a character: " << line;
  }
  EXPECT_TRUE(valid_utf8(unfold(ics)));
}

TEST(Ics, CalendarHeaderAndBangkokTimezone) {
  const std::string ics = ics_calendar(appointment());
  const std::vector<std::string> expected = {
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//khiw//Bangkok district office queue//TH",
      "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VTIMEZONE", "TZID:Asia/Bangkok", "BEGIN:STANDARD",
      "DTSTART:19700101T000000", "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "TZNAME:ICT", "END:STANDARD",
      "END:VTIMEZONE", "BEGIN:VEVENT", "UID:7KQ2M9XD@khiw.bangkok"};
  const std::vector<std::string> lines = content_lines(ics);
  ASSERT_GE(lines.size(), expected.size());
  EXPECT_EQ(std::vector<std::string>(lines.begin(), lines.begin() + static_cast<long>(expected.size())), expected);
  EXPECT_EQ(lines.at(lines.size() - 2), "END:VEVENT");
  EXPECT_EQ(lines.back(), "END:VCALENDAR");
  expect_well_formed(ics);
}

TEST(Ics, StartAndEndAreBangkokWallTimeAndStampIsUtc) {
  const std::string ics = ics_calendar(appointment());
  EXPECT_EQ(count_lines(ics, "DTSTART;TZID=Asia/Bangkok:20261125T093000"), 1) << ics;
  EXPECT_EQ(count_lines(ics, "DTEND;TZID=Asia/Bangkok:20261125T094500"), 1) << ics;
  EXPECT_EQ(count_lines(ics, "DTSTAMP:20261123T030000Z"), 1) << ics;
}

TEST(Ics, BangkokDateIsUsedWhereUtcIsStillTheDayBefore) {
  IcsEvent e = appointment();
  e.start = kWed25Nov0930 - (3 * 3600 + 14 * 60 + 53);  // 06:15:07 Bangkok = 23:15:07 UTC on the 24th
  e.end = kWed25Nov0930 - 9 * 3600 - 30 * 60 - 1;       // 23:59:59 Bangkok on the 24th
  e.stamp = kWed25Nov0930 - 9 * 3600 - 30 * 60;          // midnight Bangkok = 17:00 UTC on the 24th
  const std::string ics = ics_calendar(e);
  EXPECT_EQ(count_lines(ics, "DTSTART;TZID=Asia/Bangkok:20261125T061507"), 1) << ics;
  EXPECT_EQ(count_lines(ics, "DTEND;TZID=Asia/Bangkok:20261124T235959"), 1) << ics;
  EXPECT_EQ(count_lines(ics, "DTSTAMP:20261124T170000Z"), 1) << ics;
}

TEST(Ics, OneDisplayAlarmPerReminder) {
  const std::string ics = ics_calendar(appointment());
  EXPECT_EQ(count_lines(ics, "BEGIN:VALARM"), 2);
  EXPECT_EQ(count_lines(ics, "END:VALARM"), 2);
  EXPECT_EQ(count_lines(ics, "ACTION:DISPLAY"), 2);
  EXPECT_EQ(count_lines(ics, "TRIGGER:-P1D"), 1);
  EXPECT_EQ(count_lines(ics, "TRIGGER:-PT2H"), 1);
  // A display alarm must carry a DESCRIPTION: the event's own plus one per alarm.
  int descriptions = 0;
  for (const std::string& l : content_lines(ics)) descriptions += l.rfind("DESCRIPTION:", 0) == 0;
  EXPECT_EQ(descriptions, 3);
  // Alarms sit inside the event, after its properties.
  EXPECT_LT(ics.find("LOCATION:"), ics.find("BEGIN:VALARM"));
  EXPECT_LT(ics.rfind("END:VALARM"), ics.find("END:VEVENT"));
}

TEST(Ics, TriggerDurationsCombineUnits) {
  IcsEvent e = appointment();
  e.alarm_seconds_before = {90000, 5400, 45, 0, -600};
  const std::string ics = ics_calendar(e);
  EXPECT_EQ(count_lines(ics, "TRIGGER:-P1DT1H"), 1) << ics;
  EXPECT_EQ(count_lines(ics, "TRIGGER:-PT1H30M"), 1) << ics;
  EXPECT_EQ(count_lines(ics, "TRIGGER:-PT45S"), 1) << ics;
  EXPECT_EQ(count_lines(ics, "TRIGGER:PT0S"), 1) << ics;
  EXPECT_EQ(count_lines(ics, "TRIGGER:PT10M"), 1) << ics;  // after the start
  e.alarm_seconds_before.clear();
  EXPECT_EQ(ics_calendar(e).find("VALARM"), std::string::npos);
}

TEST(Ics, EscapesHostileText) {
  IcsEvent e = appointment();
  e.summary = "a,b;c\\d\ne";
  e.location = "x\r\nEND:VEVENT\r\nBEGIN:VEVENT;y,\\n";
  e.description = "\\;,\n\n";
  const std::string ics = ics_calendar(e);
  EXPECT_EQ(count_lines(ics, "SUMMARY:a\\,b\\;c\\\\d\\ne"), 1) << ics;
  EXPECT_EQ(count_lines(ics, "LOCATION:x\\nEND:VEVENT\\nBEGIN:VEVENT\\;y\\,\\\\n"), 1) << ics;
  EXPECT_EQ(count_lines(ics, "DESCRIPTION:\\\\\\;\\,\\n\\n"), 1) << ics;
  // Nothing injected: still one event, and every line break is a real CRLF of ours.
  EXPECT_EQ(count_lines(ics, "BEGIN:VEVENT"), 1);
  EXPECT_EQ(count_lines(ics, "END:VEVENT"), 1);
  expect_well_formed(ics);
  EXPECT_EQ(text_property(ics, "SUMMARY"), e.summary);
  EXPECT_EQ(text_property(ics, "LOCATION"), "x\nEND:VEVENT\nBEGIN:VEVENT;y,\\n");  // CRLF reads back as one break
  EXPECT_EQ(text_property(ics, "DESCRIPTION"), e.description);
}

TEST(Ics, ControlCharactersAndBrokenUtf8CannotBreakTheFile) {
  IcsEvent e = appointment();
  e.summary = "a\x01" "b\x7f" "c\td\re";
  e.location = "\xE0\xB8";  // a Thai character cut in half
  const std::string ics = ics_calendar(e);
  EXPECT_EQ(text_property(ics, "SUMMARY"), "abc\td\ne");
  EXPECT_EQ(text_property(ics, "LOCATION"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // U+FFFD per offending byte
  expect_well_formed(ics);
}

TEST(Ics, LongLinesFoldAt75OctetsWithoutSplittingCharacters) {
  IcsEvent e = appointment();
  const std::string thai = "สำนักงานเขตบางรัก ฝ่ายทะเบียน ";  // 3 bytes per Thai character
  // Shift the text by 0, 1 and 2 ASCII bytes so folds land at every offset inside a Thai character.
  for (const std::string& shift : {std::string(), std::string("a"), std::string("ab")}) {
    e.summary = shift;
    e.description = shift + ",";
    e.location = shift + "\\";
    for (int i = 0; i < 12; ++i) {
      e.summary += thai;
      e.description += thai + "line\n";
      e.location += "Bang Rak, 1 Si Phraya Rd; ";
    }
    const std::string ics = ics_calendar(e);
    expect_well_formed(ics);
    int continuations = 0;
    for (const std::string& line : physical_lines(ics)) continuations += !line.empty() && line[0] == ' ';
    EXPECT_GT(continuations, 10);
    EXPECT_EQ(text_property(ics, "SUMMARY"), e.summary);
    EXPECT_EQ(text_property(ics, "DESCRIPTION"), e.description);
    EXPECT_EQ(text_property(ics, "LOCATION"), e.location);
  }
}

TEST(Ics, FoldsUseAllOctetsTheyMay) {
  IcsEvent e = appointment();
  e.summary = std::string(200, 'x');  // ASCII folds exactly at 75, then 1 + 74
  const std::vector<std::string> lines = physical_lines(ics_calendar(e));
  size_t i = 0;
  while (i < lines.size() && lines[i].rfind("SUMMARY:", 0) != 0) ++i;
  ASSERT_LT(i + 2, lines.size());
  EXPECT_EQ(lines[i].size(), 75u);
  EXPECT_EQ(lines[i + 1].size(), 75u);
  EXPECT_EQ(lines[i + 1][0], ' ');
  EXPECT_EQ(lines[i + 2], " " + std::string(208 - 75 - 74, 'x'));
}

TEST(Ics, ThaiTextSurvivesUnfoldingAndUnescaping) {
  const IcsEvent e = appointment();
  const std::string ics = ics_calendar(e);
  expect_well_formed(ics);
  EXPECT_EQ(text_property(ics, "SUMMARY"), e.summary);
  EXPECT_EQ(text_property(ics, "LOCATION"), e.location);
  EXPECT_EQ(text_property(ics, "DESCRIPTION"), e.description);
  EXPECT_NE(unfold(ics).find("LOCATION:สำนักงานเขตพระนคร\\, 2 ถนนบูรพา\r\n"), std::string::npos) << ics;
}

}  // namespace
}  // namespace khiw
