#include "core/errors.h"

#include <array>
#include <nlohmann/json.hpp>

#include "core/json_fields.h"

namespace khiw {

namespace {

struct ErrorText {
  ErrorCode code;
  std::string_view name;
  std::string_view th;
  std::string_view en;
};

// One row per code, in enum order (checked by the errors test).
constexpr std::array<ErrorText, static_cast<size_t>(ErrorCode::kCount)> kErrors = {{
    {ErrorCode::InvalidNationalId, "invalid_national_id", "เลขประจำตัวประชาชนต้องเป็นตัวเลข 13 หลัก",
     "The national ID number must have 13 digits."},
    {ErrorCode::NationalIdCheckDigit, "national_id_check_digit",
     "เลขประจำตัวประชาชนไม่ถูกต้อง กรุณาตรวจสอบอีกครั้ง", "This national ID number is not valid. Please check it."},
    {ErrorCode::InvalidLaserCode, "invalid_laser_code",
     "เลขหลังบัตรต้องเป็นอักษรอังกฤษ 2 ตัวและตัวเลข 10 หลัก เช่น JC1-1234567-89",
     "The laser code must be 2 letters and 10 digits, such as JC1-1234567-89."},
    {ErrorCode::InvalidMobile, "invalid_mobile",
     "หมายเลขโทรศัพท์มือถือต้องขึ้นต้นด้วย 06 08 หรือ 09 และมี 10 หลัก",
     "The mobile number must start with 06, 08 or 09 and have 10 digits."},
    {ErrorCode::MobileNotCollected, "mobile_not_collected",
     "บริการนี้ไม่ต้องใช้หมายเลขโทรศัพท์ กรุณาเว้นว่างไว้",
     "This service does not need a phone number; please leave it empty."},
    {ErrorCode::NameEmpty, "name_empty", "กรุณากรอกชื่อ", "Please enter a name."},
    {ErrorCode::NameTooLong, "name_too_long", "ชื่อยาวเกินไป", "The name is too long."},
    {ErrorCode::NameInvalidCharacters, "name_invalid_characters", "ชื่อมีอักขระที่ใช้ไม่ได้",
     "The name contains characters that cannot be used."},
    {ErrorCode::InvalidDate, "invalid_date", "วันที่ไม่ถูกต้อง", "The date is not valid."},
    {ErrorCode::MissingRequestFields, "missing_request_fields",
     "บริการนี้ต้องกรอกเลขหลังบัตร จำนวนฉบับ และวันที่รับเอกสาร",
     "This service needs the laser code, the number of copies and a pickup date."},
    {ErrorCode::InvalidCopies, "invalid_copies", "จำนวนฉบับไม่ถูกต้อง", "The number of copies is not valid."},
    {ErrorCode::InvalidPickupDate, "invalid_pickup_date",
     "วันที่รับเอกสารต้องเป็นวันทำการตั้งแต่วันที่นัดหมาย",
     "The pickup date must be a working day on or after the appointment."},
    {ErrorCode::UnknownOffice, "unknown_office", "ไม่พบสำนักงานเขตนี้", "This district office was not found."},
    {ErrorCode::UnknownSection, "unknown_section", "ไม่พบฝ่ายนี้", "This section was not found."},
    {ErrorCode::UnknownService, "unknown_service", "ไม่พบบริการนี้", "This service was not found."},
    {ErrorCode::ServiceNotInSection, "service_not_in_section", "บริการนี้ไม่ได้อยู่ในฝ่ายที่เลือก",
     "This service does not belong to the chosen section."},
    {ErrorCode::DateInPast, "date_in_past", "ไม่สามารถจองวันที่ผ่านมาแล้ว", "You cannot book a date in the past."},
    {ErrorCode::OutsideWindow, "outside_window",
     "จองได้ตั้งแต่วันพรุ่งนี้ถึงวันทำการที่ 10 นับจากวันนี้",
     "Bookings are open from tomorrow up to the 10th working day from today."},
    {ErrorCode::NonWorkingDay, "non_working_day", "วันนี้เป็นวันหยุดราชการ สำนักงานเขตปิด",
     "The district office is closed on this day (weekend or public holiday)."},
    {ErrorCode::InvalidSlot, "invalid_slot", "ช่วงเวลาไม่ถูกต้อง", "This time slot does not exist."},
    {ErrorCode::SlotStarted, "slot_started", "ช่วงเวลานี้เริ่มไปแล้ว", "This time slot has already started."},
    {ErrorCode::SlotFull, "slot_full", "ช่วงเวลานี้เต็มแล้ว กรุณาเลือกช่วงเวลาอื่น",
     "This time slot is full. Please choose another."},
    {ErrorCode::DuplicateBooking, "duplicate_booking", "คุณมีนัดหมายบริการนี้ในวันเดียวกันอยู่แล้ว",
     "You already have a booking for this service on that day."},
    {ErrorCode::IllegalTransition, "illegal_transition",
     "ไม่สามารถทำรายการนี้กับนัดหมายหรือบัตรคิวในสถานะปัจจุบัน",
     "This action is not possible for the booking or ticket in its current state."},
    {ErrorCode::NotPermitted, "not_permitted", "คุณไม่มีสิทธิ์ทำรายการนี้", "You are not allowed to do this."},
    {ErrorCode::TooEarly, "too_early", "ยังไม่ถึงเวลาทำรายการนี้", "It is too early for this."},
    {ErrorCode::TooLate, "too_late",
     "เลยเวลาเช็กอิน (15 นาทีหลังเวลานัด) แล้ว กรุณารับบัตรคิวแบบไม่นัดหมาย",
     "The check-in time (15 minutes after the slot starts) has passed. Please take a walk-in ticket."},
    {ErrorCode::WrongDay, "wrong_day", "ทำรายการนี้ได้เฉพาะในวันที่นัดหมาย",
     "This can only be done on the day of the appointment."},
    {ErrorCode::QueueEmpty, "queue_empty", "ไม่มีผู้รอคิว", "Nobody is waiting."},
    {ErrorCode::TicketNotFound, "ticket_not_found", "ไม่พบบัตรคิวนี้", "This queue ticket was not found."},
    {ErrorCode::CounterBusy, "counter_busy", "ช่องบริการนี้ยังให้บริการผู้อื่นอยู่",
     "This counter is still serving someone."},
    {ErrorCode::InvalidCounter, "invalid_counter", "ไม่มีช่องบริการนี้", "This counter does not exist."},
    {ErrorCode::AlreadyCheckedIn, "already_checked_in", "เช็กอินแล้ว", "Already checked in."},
    {ErrorCode::CounterPaused, "counter_paused", "ช่องบริการนี้พักอยู่ กรุณาเปิดช่องบริการก่อนเรียกคิว",
     "This counter is paused. Resume it before calling."},
    {ErrorCode::CounterNotPaused, "counter_not_paused", "ช่องบริการนี้ไม่ได้พักอยู่", "This counter is not paused."},
    {ErrorCode::NotServingHere, "not_serving_here", "บัตรคิวนี้ไม่ได้กำลังรับบริการที่ช่องนี้",
     "This ticket is not being served at this counter."},
    {ErrorCode::NotCheckedIn, "not_checked_in", "ผู้ถือบัตรคิวนี้ยังไม่ได้เช็กอินที่สำนักงาน",
     "The holder of this ticket has not checked in at the office yet."},
    {ErrorCode::SameSection, "same_section", "กรุณาเลือกฝ่ายอื่นที่จะส่งต่อ", "Choose another section to transfer to."},
    {ErrorCode::InvalidReason, "invalid_reason", "กรุณาระบุเหตุผล ความยาว 1 ถึง 200 ตัวอักษร",
     "Please give a reason of 1 to 200 characters."},
    {ErrorCode::InvalidPickupOffice, "invalid_pickup_office", "กรุณาเลือกสำนักงานเขตที่จะรับเอกสาร",
     "Please choose a district office to pick the documents up at."},
    {ErrorCode::InvalidFee, "invalid_fee", "ค่าธรรมเนียมต้องอยู่ระหว่าง 0 ถึง 1,000 บาท",
     "The fee must be between 0 and 1,000 baht."},
    {ErrorCode::IdMismatch, "id_mismatch", "เลขประจำตัวประชาชนไม่ตรงกับผู้ยื่นคำขอ",
     "This national ID number is not the requester's."},
    {ErrorCode::LaserMismatch, "laser_mismatch", "เลขหลังบัตรไม่ตรงกับที่ยื่นคำขอไว้",
     "This laser code is not the one given with the request."},
    {ErrorCode::BookingCancelled, "booking_cancelled", "นัดหมายนี้ถูกยกเลิกแล้ว", "This booking was cancelled."},
    {ErrorCode::NotPreparingOffice, "not_preparing_office", "คำขอนี้จัดเตรียมโดยสำนักงานเขตอื่น",
     "Another district office prepares this request."},
    {ErrorCode::NotPickupOffice, "not_pickup_office", "ผู้ยื่นคำขอเลือกรับเอกสารที่สำนักงานเขตอื่น",
     "The requester picks the documents up at another district office."},
}};

const ErrorText& row(ErrorCode code) { return kErrors.at(static_cast<size_t>(code)); }

}  // namespace

std::string_view error_code_name(ErrorCode code) { return row(code).name; }

std::optional<ErrorCode> error_code_from_name(std::string_view name) {
  for (const ErrorText& e : kErrors)
    if (e.name == name) return e.code;
  return std::nullopt;
}

std::string_view error_message(ErrorCode code, Lang lang) {
  return lang == Lang::Th ? row(code).th : row(code).en;
}

std::string error_body_json(ErrorCode code) {
  return nlohmann::json{{"error", error_code_name(code)},
                        {"message", {{"th", error_message(code, Lang::Th)}, {"en", error_message(code, Lang::En)}}}}
      .dump();
}

std::string error_code_in_body(std::string_view body) {
  const auto doc = json_fields::parse_or_discarded(body);
  if (doc.is_object() && doc.contains("error") && doc["error"].is_string()) return doc["error"].get<std::string>();
  return {};
}

}  // namespace khiw
