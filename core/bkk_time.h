// Civil time in Asia/Bangkok (UTC+7, no DST) from unix instants, whatever the device's zone; dates
// formatted in the Buddhist Era for Thai (23 พ.ย. 2569) and CE for English (23 Nov 2026).
#pragma once
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/i18n.h"

namespace khiw {

using UnixSeconds = std::int64_t;  // a UTC instant
inline constexpr UnixSeconds kBangkokUtcOffset = 7 * 3600;
inline constexpr int kBuddhistEraOffset = 543;

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  auto operator<=>(const Date&) const = default;
};

bool is_valid_date(Date d);
// Days since 1970-01-01 (proleptic Gregorian) and back.
std::int64_t days_since_epoch(Date d);
Date date_from_days(std::int64_t days);
// a / b rounded toward minus infinity, so instants before 1970 land on the right day.
std::int64_t floor_div(std::int64_t a, std::int64_t b);
Date add_days(Date d, int days);
// 0 = Monday .. 6 = Sunday.
int weekday(Date d);
bool is_weekend(Date d);

// Bangkok calendar date and minute of the day (0..1439) at an instant.
Date bkk_date(UnixSeconds t);
int bkk_minute_of_day(UnixSeconds t);
// The instant at which Bangkok clocks show `minute_of_day` on `d`.
UnixSeconds bkk_instant(Date d, int minute_of_day);

// "2026-11-23"; parse accepts exactly that shape and a real date.
std::string iso_date(Date d);
std::optional<Date> parse_iso_date(std::string_view text);
// "23 พ.ย. 2569" (th) / "23 Nov 2026" (en).
std::string format_date(Date d, Lang lang);
// "08:00" from a minute of the day; parse accepts exactly that shape (00:00 to 23:59).
std::string format_clock(int minute_of_day);
std::optional<int> parse_clock(std::string_view text);

}  // namespace khiw
