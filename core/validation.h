// Citizen input checks. Each returns the normalised value (digits only, upper case, trimmed) or the
// reason it is refused. The national ID is personal data (PDPA): keep only national_id_last4 and a
// keyed hash computed by the server; never log it.
#pragma once
#include <string>
#include <string_view>

#include "core/result.h"

namespace khiw {

// 0-9 only: IDs, codes and ticket numbers are typed in ASCII digits.
constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// 13 digits (spaces/hyphens allowed, e.g. 1-2345-45678-78-1) with a valid mod-11 check digit.
Result<std::string> normalize_national_id(std::string_view text);
int national_id_check_digit(std::string_view first12_digits);
// A made-up ID that passes the check, for demo and test data: `first_digit`, then n in 11 digits, then the
// check digit. Distinct for each n.
std::string made_up_national_id(char first_digit, unsigned n);
std::string national_id_last4(std::string_view normalized_id);
// 2 letters + 10 digits, e.g. "JC1-1234567-89" -> "JC1123456789" (case-insensitive, hyphens/spaces ok).
Result<std::string> normalize_laser_code(std::string_view text);
// 06/08/09 + 8 digits, or +66 / 66 without the leading 0 -> "0812345678".
Result<std::string> normalize_mobile(std::string_view text);
// Trimmed; 1..max_chars code points; no control characters or invalid UTF-8.
Result<std::string> normalize_name(std::string_view text, int max_chars);
// Staff's free-text reason (a counter's pause, a refused request): as a name, of 1..kReasonMaxChars code
// points, else InvalidReason.
inline constexpr int kReasonMaxChars = 200;
Result<std::string> normalize_reason(std::string_view text);

}  // namespace khiw
