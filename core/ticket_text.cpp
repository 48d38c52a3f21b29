#include "core/ticket_text.h"

#include "core/catalog.h"

namespace khiw {

TicketText ticket_text(const SavedBooking& saved, const ReferenceState& ref, Lang lang) {
  const BookingView& b = saved.booking;
  const bool th = lang == Lang::Th;
  const Office* office = find_office(ref, b.office_code);
  const Section* section = find_section(ref.catalog, b.section_id);
  const Service* service = find_service(ref.catalog, b.service_id);
  TicketText t;
  t.title = std::string(tr(Msg::TicketAppointmentTitle, lang)) +
            (service ? (th ? service->name_th : service->name_en) : b.service_id);
  t.office = office ? (th ? office->office_name_th : office->name_en + " District Office") : b.office_code;
  t.when = format_date(b.date, lang) + " " + b.start + "\u2013" + b.end;
  const std::string arrive_by = format_clock(bkk_minute_of_day(b.check_in_until));
  t.details = tr_fill(Msg::TicketCodeLine, lang, "{code}", b.code) + "\n" +
              (section ? (th ? section->name_th : section->name_en) + "\n" : std::string()) +
              tr_fill(Msg::TicketLatenessRule, lang, "{time}", arrive_by);
  return t;
}

}  // namespace khiw
