#include "core/pre_service_desk.h"

namespace khiw {

const PreServiceItem* find_pre_service_item(const PreServiceDesk& d, std::string_view code) {
  for (const PreServiceItem& item : d.items)
    if (item.code == code) return &item;
  return nullptr;
}

Result<int> fee_satang_from_baht(std::string_view typed) {
  long satang = 0;
  int decimals = -1;  // digits after the point; -1 before one
  bool digits = false;
  for (char ch : typed) {
    if (ch == ' ' || ch == ',') continue;  // "1,000" and "1 000" as written on receipts
    if (ch == '.') {
      if (decimals >= 0) return ErrorCode::InvalidFee;
      decimals = 0;
      continue;
    }
    if (ch < '0' || ch > '9' || decimals >= 2) return ErrorCode::InvalidFee;
    if (decimals >= 0) ++decimals;
    satang = satang * 10 + (ch - '0');
    digits = true;
    if (satang > 100L * kMaxFeeSatang) return ErrorCode::InvalidFee;  // far past the limit: stop before overflow
  }
  if (!digits) return ErrorCode::InvalidFee;
  for (int d = decimals < 0 ? 0 : decimals; d < 2; ++d) satang *= 10;
  if (satang > kMaxFeeSatang) return ErrorCode::InvalidFee;
  return static_cast<int>(satang);
}

}  // namespace khiw
