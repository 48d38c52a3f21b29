#include "core/booking_draft.h"

#include <array>
#include <limits>
#include <nlohmann/json.hpp>

#include "core/enum_names.h"
#include "core/json_fields.h"
#include "core/validation.h"

namespace khiw {

namespace {

using json_fields::json;

constexpr std::array<std::string_view, static_cast<size_t>(Field::kCount)> kFieldNames = {
    "none", "name", "national_id", "mobile", "laser_code", "office_search", "staff_username", "staff_password",
    "counter_code", "pause_reason", "rating_comment", "pickup_office_search", "pre_service_fee",
    "pre_service_reason", "pickup_national_id", "pickup_laser_code"};

// Characters of `text` that are not spaces or hyphens.
size_t significant_chars(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += c != ' ' && c != '-';
  return n;
}

// A typed field as core normalises it (digits only, trimmed) when it is valid, else as typed: the server
// then judges the same value, and separators or padding never push a valid entry past the request body's
// size limits (server-stub/request_json.cpp).
std::string normalized_or_typed(const Result<std::string>& normalized, const std::string& typed) {
  return normalized ? normalized.value() : typed;
}

template <typename T>
std::optional<ErrorCode> error_of(const Result<T>& r) {
  if (r) return std::nullopt;
  return r.error();
}

const Service* service_of(const Catalog& catalog, const BookingDraft& draft) {
  return find_service(catalog, draft.service_id);
}

}  // namespace

std::string_view field_name(Field f) { return enum_name(kFieldNames, f); }

std::optional<Field> field_from_name(std::string_view name) { return enum_from_name<Field>(kFieldNames, name); }

bool is_staff_field(Field f) {
  switch (f) {
    case Field::StaffUsername:
    case Field::StaffPassword:
    case Field::CounterCode:
    case Field::PauseReason:
    case Field::PreServiceFee:
    case Field::PreServiceReason:
    case Field::PickupNationalId:
    case Field::PickupLaserCode: return true;
    default: return false;
  }
}

bool needs_pre_service(const Catalog& catalog, const BookingDraft& draft) {
  const Service* s = service_of(catalog, draft);
  return s && s->needs_pre_service_request;
}

std::optional<ErrorCode> field_error(const BookingDraft& d, Field field, const RulesConfig& rules, bool submitted) {
  switch (field) {
    case Field::Name: {
      const auto name = normalize_name(d.name, rules.name_max_chars);
      if (!submitted && !name && name.error() == ErrorCode::NameEmpty) return std::nullopt;
      return error_of(name);
    }
    case Field::NationalId: {
      const auto id = normalize_national_id(d.national_id);
      // A half-typed ID is not wrong yet; letters or a 14th digit are.
      if (!submitted && !id && id.error() == ErrorCode::InvalidNationalId && significant_chars(d.national_id) < 13) {
        bool digits_only = true;
        for (char c : d.national_id) digits_only = digits_only && ((c >= '0' && c <= '9') || c == ' ' || c == '-');
        if (digits_only) return std::nullopt;
      }
      return error_of(id);
    }
    case Field::Mobile:
      if (!submitted && significant_chars(d.mobile) < 10) return std::nullopt;
      return error_of(normalize_mobile(d.mobile));
    case Field::LaserCode:
      if (!submitted && significant_chars(d.laser_code) < 12) return std::nullopt;
      return error_of(normalize_laser_code(d.laser_code));
    default: break;  // fields of other features (office search, counter mode)
  }
  return std::nullopt;
}

std::optional<ErrorCode> pre_service_error(const BookingDraft& d, const RulesConfig& rules, const Calendar& calendar) {
  if (d.copies < 1 || d.copies > rules.max_copies) return ErrorCode::InvalidCopies;
  if (!d.pickup_date) return ErrorCode::MissingRequestFields;
  if (!d.date || *d.pickup_date < *d.date || !is_working_day(calendar, *d.pickup_date))
    return ErrorCode::InvalidPickupDate;
  return std::nullopt;
}

bool details_complete(const BookingDraft& d, const Catalog& catalog, const RulesConfig& rules,
                      const Calendar& calendar) {
  if (field_error(d, Field::Name, rules, true) || field_error(d, Field::NationalId, rules, true)) return false;
  if (!needs_pre_service(catalog, d)) return true;
  return !field_error(d, Field::Mobile, rules, true) && !field_error(d, Field::LaserCode, rules, true) &&
         !pre_service_error(d, rules, calendar);
}

std::string group_national_id(std::string_view typed) {
  std::string digits;
  for (char c : typed) {
    if (c >= '0' && c <= '9') digits.push_back(c);
    else if (c != ' ' && c != '-') return std::string(typed);  // show odd input as typed: its error says why
  }
  // As printed on the card: 1-2345-67890-12-3.
  constexpr std::array<size_t, 4> kBreaks = {1, 5, 10, 12};
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    for (size_t b : kBreaks)
      if (i == b) out.push_back('-');
    out.push_back(digits[i]);
  }
  return out;
}

BookingRequest draft_request(const Catalog& catalog, const BookingDraft& d) {
  BookingRequest r;
  r.office_code = d.office_code;
  r.section_id = d.section_id;
  r.service_id = d.service_id;
  r.date = d.date.value_or(Date{});
  r.slot = d.slot.value_or(-1);
  r.national_id = normalized_or_typed(normalize_national_id(d.national_id), d.national_id);
  // Trimmed only: its length is decide_booking's to judge against the rules.
  r.name = normalized_or_typed(normalize_name(d.name, std::numeric_limits<int>::max()), d.name);
  if (needs_pre_service(catalog, d)) {
    r.mobile = normalized_or_typed(normalize_mobile(d.mobile), d.mobile);
    r.pre_service = PreServiceRequest{normalized_or_typed(normalize_laser_code(d.laser_code), d.laser_code), d.copies,
                                      d.pickup_date.value_or(Date{}), d.pickup_office, {}};
  }
  return r;
}

std::string booking_request_json(const BookingRequest& r) {
  json body = {{"office_code", r.office_code}, {"section_id", r.section_id}, {"service_id", r.service_id},
               {"date", iso_date(r.date)},     {"slot", r.slot},             {"national_id", r.national_id},
               {"name", r.name}};
  if (!r.mobile.empty()) body["mobile"] = r.mobile;
  if (r.pre_service) {
    body["pre_service"] = {{"laser_code", r.pre_service->laser_code},
                           {"copies", r.pre_service->copies},
                           {"pickup_date", iso_date(r.pre_service->pickup_date)}};
    if (!r.pre_service->pickup_office.empty()) body["pre_service"]["pickup_office"] = r.pre_service->pickup_office;
  }
  return body.dump();
}

void move_to_slot(BookingDraft& d, Date date, int slot) {
  d.date = date;
  d.slot = slot;
  if (d.pickup_date && *d.pickup_date < date) d.pickup_date = date;
}

std::string draft_to_json(const BookingDraft& d) {
  json out = {{"office_code", d.office_code}, {"section_id", d.section_id}, {"service_id", d.service_id},
              {"name", d.name},   {"national_id", d.national_id}, {"mobile", d.mobile},
              {"laser_code", d.laser_code}, {"copies", d.copies}, {"pickup_office", d.pickup_office},
              {"consent", d.consent},
              {"idempotency_key", d.idempotency_key}};
  out["date"] = d.date ? json(iso_date(*d.date)) : json(nullptr);
  out["slot"] = d.slot ? json(*d.slot) : json(nullptr);
  out["pickup_date"] = d.pickup_date ? json(iso_date(*d.pickup_date)) : json(nullptr);
  return out.dump();
}

BookingDraft draft_from_json(std::string_view text) {
  using json_fields::optional;
  using json_fields::required;
  const json doc = json_fields::parse(text, "draft");
  const std::string w = "draft";
  BookingDraft d;
  d.office_code = required<std::string>(doc, "office_code", w);
  d.section_id = required<std::string>(doc, "section_id", w);
  d.service_id = required<std::string>(doc, "service_id", w);
  d.name = required<std::string>(doc, "name", w);
  d.national_id = required<std::string>(doc, "national_id", w);
  d.mobile = required<std::string>(doc, "mobile", w);
  d.laser_code = required<std::string>(doc, "laser_code", w);
  d.copies = required<int>(doc, "copies", w);
  d.pickup_office = optional<std::string>(doc, "pickup_office", w).value_or("");  // drafts from before the choice
  d.consent = required<bool>(doc, "consent", w);
  d.idempotency_key = required<std::string>(doc, "idempotency_key", w);
  if (doc.contains("date") && !doc["date"].is_null()) d.date = json_fields::required_date(doc, "date", w);
  d.slot = optional<int>(doc, "slot", w);
  if (doc.contains("pickup_date") && !doc["pickup_date"].is_null())
    d.pickup_date = json_fields::required_date(doc, "pickup_date", w);
  return d;
}

}  // namespace khiw
