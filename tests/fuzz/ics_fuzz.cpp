// The .ics writer with hostile names, office strings and times, directly and through the ticket's
// "add to calendar" (calendar_file) for bookings read from the device. The file must stay a valid
// calendar: CRLF lines of at most 75 octets, folded without splitting a UTF-8 character, TEXT values with
// commas, semicolons, backslashes and line breaks escaped, reading back as the text given.
#include <fuzzer/FuzzedDataProvider.h>

#include "core/ics.h"
#include "core/my_bookings.h"
#include "core/my_bookings_update.h"
#include "core/utf8.h"
#include "tests/core/app_fixture.h"
#include "tests/fuzz/fuzz_check.h"

using namespace khiw;

namespace {

// The content lines of a calendar, unfolded, checking the physical lines on the way.
std::vector<std::string> content_lines(const std::string& ics) {
  std::vector<std::string> lines;
  size_t at = 0;
  for (size_t crlf; (crlf = ics.find("\r\n", at)) != std::string::npos; at = crlf + 2) {
    const std::string physical = ics.substr(at, crlf - at);
    FUZZ_CHECK(physical.size() <= 75);
    FUZZ_CHECK(physical.find_first_of("\r\n") == std::string::npos);
    FUZZ_CHECK(utf8_encode(utf8_decode(physical)) == physical);  // no character cut in two
    if (!physical.empty() && physical[0] == ' ') {
      FUZZ_CHECK(!lines.empty());
      lines.back() += physical.substr(1);
    } else {
      FUZZ_CHECK(!physical.empty());
      lines.push_back(physical);
    }
  }
  FUZZ_CHECK(at == ics.size());  // ends with CRLF
  return lines;
}

// A TEXT value read back (RFC 5545 §3.3.11): every backslash starts an escape and , ; never stand alone.
std::string unescaped(std::string_view value) {
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    FUZZ_CHECK(c != ',' && c != ';');
    if (c != '\\') {
      out.push_back(c);
      continue;
    }
    FUZZ_CHECK(i + 1 < value.size());
    const char e = value[++i];
    FUZZ_CHECK(e == '\\' || e == ';' || e == ',' || e == 'n' || e == 'N');
    out.push_back(e == 'n' || e == 'N' ? '\n' : e);
  }
  return out;
}

// What a TEXT value may keep of `raw`: bad bytes as U+FFFD, each line break (CRLF, CR or LF) as one LF,
// tabs, and no other control character.
std::string expected_text(std::string_view raw) {
  const std::u32string in = utf8_decode(raw);
  std::u32string out;
  for (size_t i = 0; i < in.size(); ++i) {
    const char32_t c = in[i];
    if (c == U'\r' || c == U'\n') {
      if (c == U'\r' && i + 1 < in.size() && in[i + 1] == U'\n') ++i;
      out.push_back(U'\n');
    } else if (c == U'\t' || (c >= 0x20 && c != 0x7F)) {
      out.push_back(c);
    }
  }
  return utf8_encode(out);
}

// The value of the first content line named `name` (before any parameters).
std::optional<std::string> value_of(const std::vector<std::string>& lines, std::string_view name) {
  for (const std::string& l : lines)
    if (l.starts_with(name) && l.size() > name.size() && (l[name.size()] == ':' || l[name.size()] == ';'))
      return l.substr(l.find(':') + 1);
  return std::nullopt;
}

void check_calendar(const std::string& ics) {
  const std::vector<std::string> lines = content_lines(ics);
  int depth = 0;
  for (const std::string& l : lines) {
    FUZZ_CHECK(l.find(':') != std::string::npos);
    if (l.starts_with("BEGIN:")) ++depth;
    if (l.starts_with("END:")) FUZZ_CHECK(--depth >= 0);
    if (l.starts_with("SUMMARY:") || l.starts_with("LOCATION:") || l.starts_with("DESCRIPTION:") ||
        l.starts_with("UID:"))
      unescaped(l.substr(l.find(':') + 1));
  }
  FUZZ_CHECK(depth == 0);
}

void check_event(FuzzedDataProvider& in) {
  IcsEvent e;
  e.uid = in.ConsumeRandomLengthString(100);
  e.summary = in.ConsumeRandomLengthString(400);
  e.location = in.ConsumeRandomLengthString(400);
  // Instants from year 1 to 9999: what a date the app can hold gives.
  constexpr UnixSeconds kMin = -62135596800, kMax = 253402300799;
  e.start = in.ConsumeIntegralInRange(kMin, kMax);
  e.end = in.ConsumeIntegralInRange(kMin, kMax);
  e.stamp = in.ConsumeIntegralInRange(kMin, kMax);
  e.alarm_seconds_before = {in.ConsumeIntegral<int>(), in.ConsumeIntegral<int>()};
  e.description = in.ConsumeRemainingBytesAsString();
  const std::string ics = ics_calendar(e);
  check_calendar(ics);
  const std::vector<std::string> lines = content_lines(ics);
  FUZZ_CHECK(unescaped(*value_of(lines, "UID")) == expected_text(e.uid));
  FUZZ_CHECK(unescaped(*value_of(lines, "SUMMARY")) == expected_text(e.summary));
  FUZZ_CHECK(unescaped(*value_of(lines, "LOCATION")) == expected_text(e.location));
  FUZZ_CHECK(unescaped(*value_of(lines, "DESCRIPTION")) == expected_text(e.description));
}

// Every saved booking of a device record (any name, office or code the server or the disk gave) as the
// ticket screen's calendar file, in both languages.
void check_saved_bookings(std::string_view record) {
  static const AppState app = testing::started_app();
  std::vector<SavedBooking> saved;
  try {
    saved = my_bookings_from_json(record);
  } catch (const std::invalid_argument&) {
    return;
  }
  for (const SavedBooking& b : saved)
    for (Lang lang : {Lang::Th, Lang::En}) check_calendar(calendar_file(b, app.ref, lang, testing::kAppNow).content);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 0 && data[0] == '{') return check_saved_bookings(fuzz::as_text(data, size)), 0;
  FuzzedDataProvider in(data, size);
  check_event(in);
  return 0;
}
