#include "core/i18n.h"

#include <array>

namespace khiw {

namespace {

struct Row {
  Msg key;
  std::string_view th, en;
};

// Rows follow the enum order (checked at compile time), so a lookup is a plain index.
constexpr std::array<Row, static_cast<size_t>(Msg::kCount)> kTable{{
    {Msg::AppTitle, "คิว · จองคิวสำนักงานเขต กรุงเทพมหานคร", "khiw · Bangkok district office queue"},
    {Msg::LanguageToggle, "English", "ภาษาไทย"},
    {Msg::OfficesHeading, "สำนักงานเขต", "District offices"},
    {Msg::OfficesLoading, "กำลังโหลดรายชื่อสำนักงานเขต…", "Loading district offices…"},
    {Msg::OfficesLoadFailed, "โหลดรายชื่อสำนักงานเขตไม่สำเร็จ", "Could not load the district offices"},
    {Msg::OfficesCount, "ทั้งหมด {n} แห่ง", "{n} offices"},
    {Msg::OfficeGroup, "กลุ่มเขต", "District group"},
    {Msg::LocationApproximate, "ตำแหน่งโดยประมาณ", "approximate location"},
    {Msg::Retry, "ลองอีกครั้ง", "Try again"},
    {Msg::Back, "ย้อนกลับ", "Back"},
    {Msg::TitleOffices, "เลือกสำนักงานเขต", "Choose a district office"},
    {Msg::TitleSections, "เลือกฝ่าย", "Choose a section"},
    {Msg::TitleServices, "เลือกบริการ", "Choose a service"},
    {Msg::TitleDate, "เลือกวัน", "Choose a day"},
    {Msg::TitleSlot, "เลือกเวลา", "Choose a time"},
    {Msg::TitleDetails, "ข้อมูลผู้จอง", "Your details"},
    {Msg::TitleConsent, "ข้อมูลส่วนบุคคล (PDPA)", "Personal data (PDPA)"},
    {Msg::TitleReview, "ตรวจสอบ แล้วยืนยัน", "Check and confirm"},
    {Msg::TitleTicket, "บัตรนัดหมาย", "Appointment ticket"},
    {Msg::TitleMyBookings, "การจองของฉัน", "My bookings"},
    {Msg::TitleWalkIn, "รับบัตรคิววันนี้", "Take a ticket for today"},
    {Msg::StartBook, "จองคิวล่วงหน้า", "Book an appointment"},
    {Msg::StartBookHint, "เลือกสำนักงานเขต บริการ วัน และเวลา", "Choose an office, a service, a day and a time"},
    {Msg::StartWalkIn, "รับบัตรคิววันนี้", "Today's walk-in ticket"},
    {Msg::StartWalkInHint, "ดูจำนวนผู้รอ แล้วรับบัตรคิว วันนี้", "See who is waiting, take a ticket for today"},
    {Msg::StartMine, "การจองของฉัน ({n})", "My bookings ({n})"},
    {Msg::StartMineHint, "บัตรนัดหมาย QR และการยกเลิก", "QR tickets and cancelling"},
    {Msg::ReminderWithin24h, "มีนัดหมายภายใน 24 ชั่วโมง", "Appointment within 24 hours"},
    {Msg::ReminderWithin2h, "มีนัดหมายภายใน 2 ชั่วโมง", "Appointment within 2 hours"},
    {Msg::ReminderOpen, "แตะเพื่อดูบัตรนัดหมาย", "Tap to see the ticket"},
    {Msg::CatalogLoading, "กำลังโหลดข้อมูลบริการ…", "Loading the services…"},
    {Msg::CatalogLoadFailed, "โหลดข้อมูลบริการไม่สำเร็จ", "Could not load the services"},
    {Msg::SectionServiceCount, "จองได้ {n} บริการ", "{n} services to book"},
    {Msg::SectionNotBookable, "ยังจองออนไลน์ไม่ได้ โปรดสอบถาม สำนักงานเขต", "Online booking not available yet: ask the office"},
    {Msg::FeeBaht, "ค่าธรรมเนียม {n} บาท", "Fee: {n} baht"},
    {Msg::FeeFree, "ไม่มีค่าธรรมเนียม", "Free"},
    {Msg::FeeUnknown, "ค่าธรรมเนียม: สอบถาม สำนักงานเขต", "Fee: ask the office"},
    {Msg::ProcessingTime, "ระยะเวลาดำเนินการ:", "Processing time:"},
    {Msg::ProcessingUnknown, "ระยะเวลาดำเนินการ: สอบถาม สำนักงานเขต", "Processing time: ask the office"},
    {Msg::DocumentsToBring, "เอกสารที่ต้องนำมา", "Documents to bring"},
    {Msg::DocumentsUnknown, "ไม่มีข้อมูลเอกสาร โปรดสอบถาม สำนักงานเขต", "Documents not recorded: ask the office"},
    {Msg::NoServices, "ฝ่ายนี้ยังไม่มีบริการ ที่จองออนไลน์ได้", "This section has no services to book online yet"},
    {Msg::DayMon, "จันทร์", "Mon"},
    {Msg::DayTue, "อังคาร", "Tue"},
    {Msg::DayWed, "พุธ", "Wed"},
    {Msg::DayThu, "พฤหัสบดี", "Thu"},
    {Msg::DayFri, "ศุกร์", "Fri"},
    {Msg::DaySat, "เสาร์", "Sat"},
    {Msg::DaySun, "อาทิตย์", "Sun"},
    {Msg::DaySeatsLeft, "ว่าง {n} ที่", "{n} seats free"},
    {Msg::DayFull, "เต็มแล้ว", "Full"},
    {Msg::DayWeekend, "วันหยุด สุดสัปดาห์", "Weekend"},
    {Msg::DayHoliday, "วันหยุดราชการ", "Public holiday"},
    {Msg::DayClosed, "จองไม่ได้", "Not bookable"},
    {Msg::DayProvisional, "ปฏิทินวันหยุด ยังไม่เป็นทางการ", "calendar not yet official"},
    {Msg::AvailabilityLoading, "กำลังโหลดวันที่ว่าง…", "Loading free days…"},
    {Msg::AvailabilityLoadFailed, "โหลดวันที่ว่างไม่สำเร็จ", "Could not load the free days"},
    {Msg::NoDays, "ไม่มีวันที่เปิดให้จอง ในช่วงนี้", "No bookable days in this period"},
    {Msg::SlotSeatsLeft, "เหลือ {n} ที่", "{n} seats left"},
    {Msg::SlotNotBookable, "หมดเวลาจอง", "No longer bookable"},
    {Msg::LabelName, "ชื่อ-นามสกุล (ไทยหรืออังกฤษ)", "Full name (Thai or Latin letters)"},
    {Msg::HintName, "เช่น สมชาย ใจดี", "e.g. Somchai Jaidee"},
    {Msg::LabelNationalId, "เลขประจำตัวประชาชน 13 หลัก", "National ID number (13 digits)"},
    {Msg::HintNationalId, "เช่น 1-2345-67890-12-3", "e.g. 1-2345-67890-12-3"},
    {Msg::PreServiceHeading, "คำขอล่วงหน้า: สำนักงานเตรียมเอกสาร ก่อนวันนัด", "Pre-service request: the office prepares the documents before your visit"},
    {Msg::LabelMobile, "เบอร์โทรศัพท์มือถือ (แจ้งเมื่อเอกสารพร้อม)", "Mobile number (called when documents are ready)"},
    {Msg::HintMobile, "เช่น 081-234-5678", "e.g. 081-234-5678"},
    {Msg::LabelLaserCode, "รหัสหลังบัตรประชาชน (laser code)", "Laser code (back of the ID card)"},
    {Msg::HintLaserCode, "เช่น JC1-1234567-89", "e.g. JC1-1234567-89"},
    {Msg::LabelCopies, "จำนวนสำเนา", "Number of copies"},
    {Msg::LabelPickupDate, "วันรับเอกสาร", "Pickup date"},
    {Msg::Next, "ถัดไป", "Next"},
    {Msg::ConsentIntro, "ก่อนจอง โปรดอ่าน วิธีที่เราใช้ ข้อมูลส่วนบุคคลของคุณ", "Before you book, please read how we use your personal data"},
    {Msg::ConsentWhat, "เก็บอะไร: ชื่อ เลขประจำตัวประชาชน 4 หลักท้าย ค่าแฮชแบบมีกุญแจ ของเลขประจำตัว และเบอร์โทรศัพท์ (เฉพาะคำขอล่วงหน้า)", "What is kept: your name, the last 4 digits of your ID, a keyed hash of the ID, and a phone number only for pre-service requests"},
    {Msg::ConsentWhy, "เพื่ออะไร: ให้เจ้าหน้าที่ เรียกและให้บริการคุณ และตรวจกฎ จองได้ 1 ครั้ง ต่อบริการ ต่อวัน", "Why: so staff can serve you, and to apply the one-booking-per-service-per-day rule"},
    {Msg::ConsentHowLong, "นานเท่าไร: ลบภายใน {n} วัน หลังวันนัดหมาย", "How long: erased {n} days after the appointment"},
    {Msg::ConsentIdNotStored, "เลขประจำตัวประชาชนเต็ม ไม่ถูกเก็บ ในรูปที่อ่านได้ และไม่อยู่ใน QR", "Your full national ID is never stored in clear, and is not in the QR code"},
    {Msg::ConsentAgree, "ข้าพเจ้าอ่านแล้ว และยินยอม", "I have read this and agree"},
    {Msg::ConsentNext, "ดำเนินการต่อ", "Continue"},
    {Msg::LabelOffice, "สำนักงาน", "Office"},
    {Msg::LabelSection, "ฝ่าย", "Section"},
    {Msg::LabelService, "บริการ", "Service"},
    {Msg::LabelDate, "วันที่", "Date"},
    {Msg::LabelTime, "เวลา", "Time"},
    {Msg::LabelNameShort, "ชื่อ", "Name"},
    {Msg::LabelIdShort, "เลขประจำตัว", "ID number"},
    {Msg::LabelMobileShort, "โทรศัพท์", "Mobile"},
    {Msg::LabelLaserShort, "รหัสหลังบัตร", "Laser code"},
    {Msg::BeOnTime, "โปรดมาตรงเวลา:", "Please be on time:"},
    {Msg::LateCancels, "มาสายเกิน {n} นาที การจองจะถูกยกเลิก", "more than {n} minutes late and the booking is cancelled"},
    {Msg::Confirm, "ยืนยันการจอง", "Confirm booking"},
    {Msg::Sending, "กำลังส่ง…", "Sending…"},
    {Msg::NotSent, "ยังไม่ได้ส่ง ตรวจสอบการเชื่อมต่อ แล้วลองอีกครั้ง", "Not sent: check your connection and try again"},
    {Msg::Refused, "จองไม่สำเร็จ", "The booking was refused"},
    {Msg::Alternatives, "เวลาว่าง ที่ใกล้ที่สุด", "Nearest free times"},
    {Msg::AlternativesNone, "ไม่มีเวลาว่างอื่น โปรดเลือกวันใหม่", "No other free time: choose another day"},
    {Msg::BookingCode, "รหัสการจอง", "Booking code"},
    {Msg::ShowAtCounter, "แสดง QR นี้ ที่เคาน์เตอร์", "Show this QR code at the counter"},
    {Msg::QrUnavailable, "แสดง QR ไม่ได้ แจ้งรหัสการจอง ที่เคาน์เตอร์", "QR code unavailable: give the booking code at the counter"},
    {Msg::ArriveBy, "โปรดมาถึงภายในเวลา {t}", "Arrive by {t}"},
    {Msg::AddCalendar, "เพิ่มลงปฏิทิน", "Add to calendar"},
    {Msg::SaveQr, "บันทึกรูป QR", "Save QR image"},
    {Msg::CancelBooking, "ยกเลิกการจอง", "Cancel booking"},
    {Msg::CancelAsk, "ยกเลิกการจองนี้ ใช่หรือไม่", "Cancel this booking?"},
    {Msg::CancelYes, "ใช่ ยกเลิก", "Yes, cancel"},
    {Msg::CancelNo, "ไม่ เก็บไว้", "No, keep it"},
    {Msg::Cancelling, "กำลังยกเลิก…", "Cancelling…"},
    {Msg::CancelFailedNetwork, "ยกเลิกไม่สำเร็จ ตรวจสอบการเชื่อมต่อ", "Could not cancel: check your connection"},
    {Msg::CancelFailed, "ยกเลิกไม่สำเร็จ", "Could not cancel"},
    {Msg::TicketMissing, "ไม่พบการจองนี้ ในเครื่องนี้", "This booking is not on this device"},
    {Msg::MineEmpty, "ยังไม่มีการจอง ในเครื่องนี้", "Nothing booked on this device yet"},
    {Msg::MineStorageUnavailable, "เบราว์เซอร์นี้ เก็บข้อมูลไม่ได้ (เช่น โหมดส่วนตัว) การจองจะหายเมื่อปิดหน้า โปรดจดรหัสการจองไว้", "This browser cannot keep data (private mode?): bookings vanish when the page closes. Write down your booking code"},
    {Msg::MineRefresh, "อัปเดตสถานะ", "Refresh"},
    {Msg::MineRefreshing, "กำลังอัปเดต…", "Updating…"},
    {Msg::MineRefreshed, "อัปเดตแล้ว", "Up to date"},
    {Msg::MineRefreshFailed, "อัปเดตไม่สำเร็จ แสดงสถานะล่าสุดที่มี", "Could not update: showing the last known state"},
    {Msg::WalkInToday, "วันนี้ รับบัตรคิวได้ที่เคาน์เตอร์ ของทุกสำนักงานเขต เวลา 08:00–15:00 น.", "Today you can take a ticket at any office's counter, 08:00–15:00"},
    {Msg::TitleNearby, "สำนักงานเขตใกล้คุณ", "Offices near you"},
    {Msg::TitleWalkInTicket, "บัตรคิววันนี้ของคุณ", "Your ticket for today"},
    {Msg::NearbyMap, "แผนที่", "Map"},
    {Msg::NearbyList, "รายการ", "List"},
    {Msg::MyLocation, "ตำแหน่งของฉัน", "My location"},
    {Msg::LocationAsking, "กำลังหาตำแหน่ง…", "Finding your location…"},
    {Msg::LocationDenied, "ไม่ได้รับอนุญาต ให้ใช้ตำแหน่ง", "Location not allowed"},
    {Msg::LocationUnavailable, "หาตำแหน่งไม่ได้", "Your location is not available"},
    {Msg::LocationOutside, "ตำแหน่งอยู่นอก กรุงเทพมหานคร", "That place is outside Bangkok"},
    {Msg::ChoosePlace, "เลือกเขต ที่คุณอยู่", "Choose your district"},
    {Msg::ChoosePlaceHint, "เลือกจากรายการ หรือแตะแผนที่ ตรงที่คุณอยู่", "Pick one from the list, or tap the map where you are"},
    {Msg::ChangePlace, "เปลี่ยนตำแหน่ง", "Change location"},
    {Msg::PlaceChosen, "ตำแหน่ง: {name}", "Location: {name}"},
    {Msg::PlaceDevice, "ตำแหน่ง: จากอุปกรณ์ของคุณ", "Location: from your device"},
    {Msg::PlaceUnknown, "ยังไม่ทราบตำแหน่ง: เรียงตามเวลารอ", "Location unknown: sorted by wait"},
    {Msg::LegendGreen, "รอไม่เกิน 5 คน", "5 or fewer waiting"},
    {Msg::LegendAmber, "รอ 6–15 คน", "6–15 waiting"},
    {Msg::LegendRed, "รอมากกว่า 15 คน", "more than 15 waiting"},
    {Msg::LegendExpress, "จุดบริการด่วนมหานคร (ตำแหน่งโดยประมาณ)", "Express service point (approximate place)"},
    {Msg::LiveAsOf, "ข้อมูล ณ {time} น.", "as of {time}"},
    {Msg::LiveStale, "ข้อมูล ณ {time} น. (อัปเดตไม่ได้ แสดงข้อมูลล่าสุด)", "as of {time} (cannot update: last figures shown)"},
    {Msg::LiveLoading, "กำลังโหลดจำนวนผู้รอ…", "Loading waiting counts…"},
    {Msg::MapLoading, "กำลังโหลดแผนที่…", "Loading the map…"},
    {Msg::MapLoadFailed, "โหลดแผนที่ไม่สำเร็จ ใช้รายการแทนได้", "Could not load the map: the list still works"},
    {Msg::SearchOffices, "ค้นหาชื่อเขต", "Search by district name"},
    {Msg::Recommended, "แนะนำ", "Recommended"},
    {Msg::ReasonNearestShortWait, "ใกล้ที่สุด และรอไม่นาน", "nearest, with a short wait"},
    {Msg::ReasonSoonerThanNearest, "ไม่ใช่ที่ใกล้ที่สุด แต่ได้รับบริการ เร็วกว่า", "not the nearest, but you would be served sooner"},
    {Msg::ReasonLeastCrowded, "รอน้อยที่สุด (ไม่ทราบตำแหน่งของคุณ)", "shortest wait (your location is not known)"},
    {Msg::NoOfficeMatches, "ไม่พบสำนักงานเขต ที่ตรงกับคำค้น", "No office matches the search"},
    {Msg::DistanceKm, "{km} กม.", "{km} km"},
    {Msg::WaitingNow, "รอ {n} คน", "{n} waiting"},
    {Msg::WaitAbout, "รอประมาณ {n} นาที", "about {n} min wait"},
    {Msg::WaitNone, "ไม่ต้องรอ", "no wait"},
    {Msg::WaitBySection, "ผู้รอ แยกตามฝ่าย", "Waiting by section"},
    {Msg::NoQueueToday, "ยังไม่มีผู้รอ วันนี้", "Nobody waiting today"},
    {Msg::BookHere, "จองคิวล่วงหน้า ที่นี่", "Book an appointment here"},
    {Msg::WalkInHere, "รับบัตรคิววันนี้ ที่นี่", "Take a walk-in ticket here"},
    {Msg::Close, "ปิด", "Close"},
    {Msg::WalkInChooseSection, "เลือกฝ่าย ที่จะรับบัตรคิว", "Choose the section for your ticket"},
    {Msg::WalkInNotAppointment, "ไม่ใช่การนัดหมาย: เมื่อมาถึง ให้เช็กอิน ที่เคาน์เตอร์", "Not an appointment: check in at the counter when you arrive"},
    {Msg::WalkInTaking, "กำลังรับบัตรคิว…", "Taking a ticket…"},
    {Msg::WalkInNotSent, "ส่งไม่สำเร็จ (ไม่มีการเชื่อมต่อ) ลองอีกครั้ง", "Not sent (no connection). Try again."},
    {Msg::WalkInRefused, "รับบัตรคิวไม่ได้", "No ticket could be taken"},
    {Msg::WalkInNumber, "หมายเลขคิว", "Ticket number"},
    {Msg::WalkInAhead, "ก่อนหน้าคุณ {n} คน", "{n} ahead of you"},
    {Msg::WalkInEstimate, "คาดว่า จะถูกเรียก ในอีกประมาณ {n} นาที", "expected to be called in about {n} min"},
    {Msg::WalkInLeaveIn, "ออกเดินทาง ในอีกประมาณ {n} นาที", "leave in about {n} minutes"},
    {Msg::WalkInGoNow, "ถึงเวลาออกเดินทางแล้ว", "Time to set off now"},
    {Msg::WalkInTellMe, "แจ้งฉัน เมื่อเหลือเวลารอ ไม่เกิน {n} นาที", "Tell me when the wait is under {n} min"},
    {Msg::WalkInAllowNotify, "เปิดการแจ้งเตือน", "Allow notifications"},
    {Msg::WalkInNotifyOn, "เปิดการแจ้งเตือนแล้ว", "Notifications are on"},
    {Msg::WalkInSetOffTitle, "ใกล้ถึงคิวของคุณแล้ว", "Nearly your turn"},
    {Msg::WalkInSetOffBody, "คิว {ticket} ที่{office}: รออีกประมาณ {n} นาที ออกเดินทางได้แล้ว", "Ticket {ticket} at {office}: about {n} min left. Time to set off."},
    {Msg::WalkInCalled, "ถึงคิวของคุณแล้ว: ช่องบริการ {n}", "Your turn: counter {n}"},
    {Msg::WalkInInLine, "เช็กอินแล้ว: รอเรียก ในห้องโถง", "Checked in: waiting in the hall"},
    {Msg::WalkInDone, "รับบริการเสร็จแล้ว", "Served"},
    {Msg::WalkInMissed, "พลาดคิว", "Missed"},
    {Msg::WalkInEarlierDay, "บัตรคิวของวันก่อน", "A ticket from an earlier day"},
    {Msg::MyWalkIns, "บัตรคิว walk-in", "Walk-in tickets"},
    {Msg::TicketAppointmentTitle, "นัดหมาย: ", "Appointment: "},
    {Msg::TicketCodeLine, "รหัสการจอง {code}", "Booking code {code}"},
    {Msg::TicketLatenessRule, "กรุณาเช็กอินภายใน {time} น. หากมาสายเกิน 15 นาที การจองจะถูกยกเลิก",
     "Check in by {time}: more than 15 minutes late and the booking is cancelled."},
}};

constexpr bool rows_in_enum_order() {
  for (size_t i = 0; i < kTable.size(); ++i)
    if (static_cast<size_t>(kTable[i].key) != i) return false;
  return true;
}
static_assert(rows_in_enum_order(), "i18n rows must follow the Msg enum order");

}  // namespace

std::string_view tr(Msg key, Lang lang) {
  const Row& row = kTable[static_cast<size_t>(key)];
  return lang == Lang::Th ? row.th : row.en;
}

std::string fill_placeholder(std::string text, std::string_view placeholder, std::string_view value) {
  if (const size_t at = text.find(placeholder); at != std::string::npos) text.replace(at, placeholder.size(), value);
  return text;
}

std::string tr_fill(Msg key, Lang lang, std::string_view placeholder, std::string_view value) {
  return fill_placeholder(std::string(tr(key, lang)), placeholder, value);
}

std::string tr_n(Msg key, Lang lang, long n) { return tr_fill(key, lang, "{n}", std::to_string(n)); }

std::string_view lang_code(Lang lang) { return lang == Lang::Th ? "th" : "en"; }

Lang other_lang(Lang lang) { return lang == Lang::Th ? Lang::En : Lang::Th; }

}  // namespace khiw
