#include "core/validation.h"

#include "core/utf8.h"

namespace khiw {

namespace {

bool is_separator(char c) { return c == ' ' || c == '-'; }

// The characters of `text` with separators dropped, or nullopt when anything else but `keep` appears.
template <typename Keep>
std::optional<std::string> strip_separators(std::string_view text, Keep keep) {
  std::string out;
  for (char c : text) {
    if (is_separator(c)) continue;
    if (!keep(c)) return std::nullopt;
    out.push_back(c);
  }
  return out;
}

bool all_digits(std::string_view s) {
  for (char c : s)
    if (!is_ascii_digit(c)) return false;
  return true;
}

bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0x2028 || c == 0x2029; }

bool is_space(char32_t c) { return c == ' ' || c == 0xA0 || c == 0x3000; }

}  // namespace

int national_id_check_digit(std::string_view first12) {
  int sum = 0;
  for (size_t i = 0; i < 12; ++i) sum += (first12[i] - '0') * static_cast<int>(13 - i);
  return (11 - sum % 11) % 10;
}

std::string made_up_national_id(char first_digit, unsigned n) {
  const std::string digits = std::to_string(n);  // at most 10 digits
  std::string first12(12 - digits.size(), '0');
  first12[0] = first_digit;
  first12 += digits;
  return first12 + std::to_string(national_id_check_digit(first12));
}

Result<std::string> normalize_national_id(std::string_view text) {
  const auto digits = strip_separators(text, is_ascii_digit);
  if (!digits || digits->size() != 13) return ErrorCode::InvalidNationalId;
  if (national_id_check_digit(*digits) != (*digits)[12] - '0') return ErrorCode::NationalIdCheckDigit;
  return *digits;
}

std::string national_id_last4(std::string_view normalized_id) {
  return std::string(normalized_id.substr(normalized_id.size() >= 4 ? normalized_id.size() - 4 : 0));
}

Result<std::string> normalize_laser_code(std::string_view text) {
  auto code = strip_separators(text, [](char c) {
    return is_ascii_digit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  });
  if (!code || code->size() != 12) return ErrorCode::InvalidLaserCode;
  for (size_t i = 0; i < 2; ++i) {
    char& c = (*code)[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c < 'A' || c > 'Z') return ErrorCode::InvalidLaserCode;
  }
  if (!all_digits(std::string_view(*code).substr(2))) return ErrorCode::InvalidLaserCode;
  return *code;
}

Result<std::string> normalize_mobile(std::string_view text) {
  std::string_view rest = text;
  while (!rest.empty() && is_separator(rest.front())) rest.remove_prefix(1);
  const bool international = rest.starts_with("+66");
  if (international) rest.remove_prefix(3);
  auto digits = strip_separators(rest, is_ascii_digit);
  if (!digits) return ErrorCode::InvalidMobile;
  if (international) {
    if (digits->size() != 9) return ErrorCode::InvalidMobile;
    digits->insert(digits->begin(), '0');
  }
  if (digits->size() != 10 || (*digits)[0] != '0') return ErrorCode::InvalidMobile;
  const char prefix = (*digits)[1];
  if (prefix != '6' && prefix != '8' && prefix != '9') return ErrorCode::InvalidMobile;
  return *digits;
}

Result<std::string> normalize_name(std::string_view text, int max_chars) {
  std::u32string name = utf8_decode(text);
  for (char32_t c : name)
    if (is_control(c) || c == 0xFFFD) return ErrorCode::NameInvalidCharacters;
  const auto first = name.find_first_not_of(U" \u00A0\u3000");
  if (first == std::u32string::npos) return ErrorCode::NameEmpty;
  size_t last = name.size();
  while (last > first && is_space(name[last - 1])) --last;
  name = name.substr(first, last - first);
  if (name.size() > static_cast<size_t>(max_chars)) return ErrorCode::NameTooLong;
  return utf8_encode(name);
}

Result<std::string> normalize_reason(std::string_view text) {
  Result<std::string> reason = normalize_name(text, kReasonMaxChars);
  if (!reason) return ErrorCode::InvalidReason;
  return reason;
}

}  // namespace khiw
