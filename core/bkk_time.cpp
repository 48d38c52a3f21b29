#include "core/bkk_time.h"

#include <array>
#include <cstdio>

namespace khiw {

namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : kDays.at(m - 1);
}

constexpr std::array<std::string_view, 12> kThaiMonthsShort = {
    "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
constexpr std::array<std::string_view, 12> kEnglishMonthsShort = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

std::int64_t floor_div(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

bool is_valid_date(Date d) {
  return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
         d.day <= days_in_month(d.year, d.month);
}

// Howard Hinnant's days-from-civil algorithm (public domain description of the Gregorian calendar).
std::int64_t days_since_epoch(Date d) {
  const int y = d.year - (d.month <= 2);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int mp = (d.month + 9) % 12;
  const int doy = (153 * mp + 2) / 5 + d.day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<std::int64_t>(era) * 146097 + doe - 719468;
}

Date date_from_days(std::int64_t days) {
  days += 719468;
  const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
  const int doe = static_cast<int>(days - era * 146097);
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  const int day = doy - (153 * mp + 2) / 5 + 1;
  const int month = mp < 10 ? mp + 3 : mp - 9;
  const int year = static_cast<int>(yoe + era * 400) + (month <= 2);
  return {year, month, day};
}

Date add_days(Date d, int days) { return date_from_days(days_since_epoch(d) + days); }

int weekday(Date d) {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  return static_cast<int>(((days_since_epoch(d) + 3) % 7 + 7) % 7);
}

bool is_weekend(Date d) { return weekday(d) >= 5; }

Date bkk_date(UnixSeconds t) { return date_from_days(floor_div(t + kBangkokUtcOffset, kSecondsPerDay)); }

int bkk_minute_of_day(UnixSeconds t) {
  const std::int64_t local = t + kBangkokUtcOffset;
  return static_cast<int>((local - floor_div(local, kSecondsPerDay) * kSecondsPerDay) / 60);
}

UnixSeconds bkk_instant(Date d, int minute_of_day) {
  return days_since_epoch(d) * kSecondsPerDay + minute_of_day * 60 - kBangkokUtcOffset;
}

std::string iso_date(Date d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::optional<Date> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto number = [&](size_t from, size_t len) -> int {
    int v = 0;
    for (size_t i = from; i < from + len; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  const Date d{number(0, 4), number(5, 2), number(8, 2)};
  if (!is_valid_date(d)) return std::nullopt;
  return d;
}

std::string format_date(Date d, Lang lang) {
  if (lang == Lang::Th)
    return std::to_string(d.day) + " " + std::string(kThaiMonthsShort.at(d.month - 1)) + " " +
           std::to_string(d.year + kBuddhistEraOffset);
  return std::to_string(d.day) + " " + std::string(kEnglishMonthsShort.at(d.month - 1)) + " " +
         std::to_string(d.year);
}

std::string format_clock(int minute_of_day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d:%02d", minute_of_day / 60, minute_of_day % 60);
  return buf;
}

std::optional<int> parse_clock(std::string_view text) {
  const auto digit = [&](size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (text.size() != 5 || text[2] != ':' || !digit(0) || !digit(1) || !digit(3) || !digit(4)) return std::nullopt;
  const int hour = (text[0] - '0') * 10 + (text[1] - '0'), minute = (text[3] - '0') * 10 + (text[4] - '0');
  if (hour > 23 || minute > 59) return std::nullopt;
  return hour * 60 + minute;
}

}  // namespace khiw
