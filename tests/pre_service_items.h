// A copy request as the staff list shows it to office 1001 (core/pre_service.h), for the core and UI tests:
// a house registration copy with its citizen, in `state`, that 1001 prepares (the pickup at 1040), hands
// over (prepared at 1040) or both.
#pragma once
#include <string>

#include "core/pre_service.h"

namespace khiw::testing {

inline PreServiceItem copy_request_item(const std::string& code, PreServiceState state, PreServiceRole role) {
  PreServiceItem i;
  i.code = code;
  i.office_code = role == PreServiceRole::Pickup ? "1040" : "1001";
  i.pickup_office = role == PreServiceRole::Prepare ? "1040" : "1001";
  i.section_id = "registration";
  i.service_id = "house_reg_copy";
  i.name = "สมชาย ใจดี";
  i.id_last4 = "3450";
  i.copies = 2;
  i.date = Date{2026, 11, 24};
  i.pickup_date = Date{2026, 11, 25};
  i.progress.state = state;
  i.role = role;
  return i;
}

}  // namespace khiw::testing
