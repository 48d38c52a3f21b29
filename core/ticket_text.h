// The words of a ticket outside the app (calendar file, saved QR image), in the citizen's language.
#pragma once
#include <string>

#include "core/i18n.h"
#include "core/my_bookings.h"
#include "core/reference_state.h"

namespace khiw {

struct TicketText {
  std::string title;    // "นัดหมาย: คัดสำเนาทะเบียนบ้าน"
  std::string office;   // "สำนักงานเขตพระนคร"
  std::string when;     // "25 พ.ย. 2569 08:00–09:00"
  std::string details;  // code, section, the lateness rule; lines separated by '\n'
};

TicketText ticket_text(const SavedBooking& saved, const ReferenceState& ref, Lang lang);

}  // namespace khiw
