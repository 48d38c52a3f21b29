// Counter mode's copy requests (core/pre_service.h) as a clerk's device knows them: the office's open
// requests as last read or answered, and the one form open under a request (the fee to approve with, the
// reason to reject with, or the national ID and laser code the citizen shows at pickup). What is typed for a
// pickup is personal data: it lives only here and in the request sent, never in a device record or a log,
// and is cleared once the server has answered.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/pre_service.h"
#include "core/reference_state.h"
#include "core/result.h"

namespace khiw {

struct PreServiceDesk {
  std::vector<PreServiceItem> items;  // by pickup date, as the server lists them
  LoadStatus status = LoadStatus::Idle;
  std::string form_code;  // the request whose form is open; empty: none
  PreServiceActionKind form_kind = PreServiceActionKind::Approve;
  std::string fee;          // baht, as typed
  std::string reason;       // as typed
  std::string national_id;  // shown at pickup, as typed
  std::string laser_code;   // shown at pickup, as typed
  std::string error_code;   // the request the last refusal is about
  std::string error;        // why: a core error code, or the server's ("not_found", "network", …)
  bool operator==(const PreServiceDesk&) const = default;
};

const PreServiceItem* find_pre_service_item(const PreServiceDesk& d, std::string_view code);

// A fee typed in baht ("40", "40.50", "1,000") in satang; InvalidFee unless 0 to 1,000 baht with at most
// two decimals.
Result<int> fee_satang_from_baht(std::string_view typed);

}  // namespace khiw
