#include "core/labels.h"

#include <array>

#include "core/bkk_time.h"

namespace khiw {

namespace {

struct Label {
  std::string_view th;
  std::string_view en;
};

constexpr std::array<Label, 7> kBookingStates = {{
    {"รอยืนยัน", "Requested"},
    {"ยืนยันแล้ว", "Confirmed"},
    {"เช็กอินแล้ว", "Checked in"},
    {"กำลังรับบริการ", "Being served"},
    {"เสร็จสิ้น", "Done"},
    {"ยกเลิกแล้ว", "Cancelled"},
    {"ไม่มาตามนัด", "No-show"},
}};

constexpr std::array<Label, 6> kTicketStates = {{
    {"ยังไม่ถึงสำนักงาน", "Not yet at the office"},
    {"รอเรียก", "Waiting"},
    {"กำลังรับบริการ", "Being served"},
    {"เสร็จสิ้น", "Done"},
    {"ไม่มาตามเรียก", "Did not come"},
    {"ส่งต่อไปฝ่ายอื่นแล้ว", "Sent to another section"},
}};

constexpr std::array<Label, 3> kTicketKinds = {{
    {"นัดหมายล่วงหน้า", "Booked"},
    {"ไม่ได้นัดหมาย", "Walk-in"},
    {"รับคิวผ่านแอป", "Remote walk-in"},
}};

constexpr std::array<Label, 5> kPreServiceStates = {{
    {"รอจัดเตรียมเอกสาร", "Waiting to be prepared"},
    {"เตรียมเอกสารแล้ว รออนุมัติ", "Prepared, awaiting approval"},
    {"อนุมัติแล้ว พร้อมรับเอกสาร", "Approved, ready for pickup"},
    {"ไม่อนุมัติ", "Rejected"},
    {"รับเอกสารแล้ว", "Picked up"},
}};

constexpr std::array<Label, 4> kPreServiceRoles = {{
    {"", ""},
    {"สำนักงานนี้จัดเตรียม", "Prepared here"},
    {"สำนักงานนี้ส่งมอบ", "Handed over here"},
    {"สำนักงานนี้จัดเตรียมและส่งมอบ", "Prepared and handed over here"},
}};

template <size_t N, typename E>
std::string_view pick(const std::array<Label, N>& table, E value, Lang lang) {
  const Label& l = table.at(static_cast<size_t>(value));
  return lang == Lang::Th ? l.th : l.en;
}

}  // namespace

std::string_view booking_state_label(BookingState state, Lang lang) { return pick(kBookingStates, state, lang); }
std::string_view ticket_state_label(TicketState state, Lang lang) { return pick(kTicketStates, state, lang); }
std::string_view ticket_kind_label(TicketKind kind, Lang lang) { return pick(kTicketKinds, kind, lang); }
std::string_view pre_service_state_label(PreServiceState state, Lang lang) {
  return pick(kPreServiceStates, state, lang);
}
std::string_view pre_service_role_label(PreServiceRole role, Lang lang) { return pick(kPreServiceRoles, role, lang); }

std::string baht_text(int satang) {
  const std::string baht = std::to_string(satang / 100);
  const int rest = satang % 100;
  if (rest == 0) return baht;
  return baht + (rest < 10 ? ".0" : ".") + std::to_string(rest);
}

std::string slot_label(const RulesConfig& config, int slot_index) {
  const SlotTime& s = config.slots.at(slot_index);
  return format_clock(s.start_minute) + "\u2013" + format_clock(s.end_minute);
}

}  // namespace khiw
