// Citizen input validation: national ID, laser code, mobile, name (and staff's reasons, fees, rating
// comments, dates). The app's field checks (booking_draft) must agree with core's booking decision and
// the server's request reader: what the details screen accepts is never refused later for that field,
// and a complete draft's request body is read by the server and booked.
#include <fuzzer/FuzzedDataProvider.h>

#include "core/booking_draft.h"
#include "core/pre_service_desk.h"
#include "core/rating.h"
#include "core/validation.h"
#include "server-stub/http_json.h"
#include "server-stub/request_json.h"
#include "tests/core/reference_data.h"
#include "tests/fuzz/fuzz_check.h"

using namespace khiw;
using testing::reference_calendar;
using testing::reference_catalog;
using testing::reference_offices;

namespace {

const UnixSeconds kNow = testing::at_23_nov(10);
const RulesConfig kRules;

const BookingRules& rules() {
  static const BookingRules r{kRules, reference_calendar(), reference_catalog(), reference_offices()};
  return r;
}

// A service with a pre-service request (mobile, laser code, copies, pickup) and one without.
const Service& service(bool pre_service) {
  for (const Service& s : reference_catalog().services)
    if (s.needs_pre_service_request == pre_service) return s;
  std::abort();
}

// The first day and slot bookable at kNow.
Date bookable_day() {
  for (Date d = bkk_date(kNow);; d = add_days(d, 1))
    if (check_window(kRules, reference_calendar(), kNow, d, 0)) return d;
}

// Which draft field an error of the booking decision belongs to, if a typed one.
std::optional<Field> field_of(ErrorCode e) {
  switch (e) {
    case ErrorCode::InvalidNationalId:
    case ErrorCode::NationalIdCheckDigit: return Field::NationalId;
    case ErrorCode::NameEmpty:
    case ErrorCode::NameTooLong:
    case ErrorCode::NameInvalidCharacters: return Field::Name;
    case ErrorCode::InvalidMobile: return Field::Mobile;
    case ErrorCode::InvalidLaserCode: return Field::LaserCode;
    default: return std::nullopt;
  }
}

template <typename T>
void check_idempotent(const Result<T>& once, T (*again)(const T&)) {
  if (once) FUZZ_CHECK(again(once.value()) == once.value());
}

void check_normalizers(const BookingDraft& d) {
  // Normalising a normalised value changes nothing.
  const auto id = normalize_national_id(d.national_id);
  if (id) {
    FUZZ_CHECK(normalize_national_id(id.value()).value() == id.value());
    FUZZ_CHECK(normalize_national_id(group_national_id(d.national_id)).value() == id.value());
    FUZZ_CHECK(national_id_last4(id.value()) == id.value().substr(9));
  }
  if (const auto m = normalize_mobile(d.mobile)) FUZZ_CHECK(normalize_mobile(m.value()).value() == m.value());
  if (const auto l = normalize_laser_code(d.laser_code)) FUZZ_CHECK(normalize_laser_code(l.value()).value() == l.value());
  if (const auto n = normalize_name(d.name, kRules.name_max_chars))
    FUZZ_CHECK(normalize_name(n.value(), kRules.name_max_chars).value() == n.value());
  if (const auto r = normalize_reason(d.name)) FUZZ_CHECK(normalize_reason(r.value()).value() == r.value());
  if (const auto c = normalize_rating_comment(d.name)) FUZZ_CHECK(normalize_rating_comment(*c) == *c);
  if (const auto fee = fee_satang_from_baht(d.mobile)) FUZZ_CHECK(fee.value() >= 0 && fee.value() <= 100000);
  if (const auto date = parse_iso_date(d.laser_code)) {
    FUZZ_CHECK(is_valid_date(*date));
    FUZZ_CHECK(parse_iso_date(iso_date(*date)) == date);
  }
  // While typing, a field is judged no harder than at submit.
  for (Field f : {Field::Name, Field::NationalId, Field::Mobile, Field::LaserCode})
    if (!field_error(d, f, kRules, true)) FUZZ_CHECK(!field_error(d, f, kRules, false));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  static const Date day = bookable_day();
  const Service& s = service(in.ConsumeBool());
  BookingDraft d;
  d.office_code = reference_offices().front().code;
  d.section_id = s.section_id;
  d.service_id = s.id;
  d.date = day;
  d.slot = 0;
  d.copies = in.ConsumeIntegralInRange(0, kRules.max_copies + 1);
  d.pickup_date = add_days(day, in.ConsumeIntegralInRange(-1, 14));
  // Chosen from the list of offices, never typed.
  if (in.ConsumeBool()) d.pickup_office = reference_offices().back().code;
  d.national_id = in.ConsumeRandomLengthString(80);
  d.mobile = in.ConsumeRandomLengthString(80);
  d.laser_code = in.ConsumeRandomLengthString(80);
  d.name = in.ConsumeRemainingBytesAsString();
  check_normalizers(d);

  const BookingRequest request = draft_request(reference_catalog(), d);
  const Result<Booking> decided = decide_booking(rules(), kNow, request, {}, "FUZZ0001", "key");
  if (!decided) {
    // Refused for a typed field: the details screen must have said so under that field.
    if (const std::optional<Field> f = field_of(decided.error())) FUZZ_CHECK(field_error(d, *f, kRules, true));
  }
  if (!details_complete(d, reference_catalog(), kRules, reference_calendar())) return 0;
  FUZZ_CHECK(decided.ok());
  // The body the app sends is read by the server and books the same.
  BookingRequest read;
  try {
    read = server::booking_request_from_json(server::parse_object(booking_request_json(request)));
  } catch (const server::ApiException& e) {
    std::fprintf(stderr, "server refused a complete draft: %s\n", e.error.message_en.c_str());
    std::abort();
  }
  const Result<Booking> served = decide_booking(rules(), kNow, read, {}, "FUZZ0001", "key");
  FUZZ_CHECK(served.ok() && served.value() == decided.value());
  return 0;
}
