#include "server-stub/request_json.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include "core/json_fields.h"
#include "core/utf8.h"
#include "server-stub/http_json.h"

namespace khiw::server {

namespace {

[[noreturn]] void reject(const std::string& why) { throw ApiException{bad_json(why)}; }

const json& field_of(const json& object, const char* field) {
  const auto it = object.find(field);
  if (it == object.end() || it->is_null()) reject(std::string("missing \"") + field + "\"");
  return *it;
}

}  // namespace

json parse_object(const std::string& text) {
  json doc = json_fields::parse_or_discarded(text);
  if (doc.is_discarded()) reject("not valid JSON");
  if (!doc.is_object()) reject("expected a JSON object");
  return doc;
}

json parse_body(const httplib::Request& req) {
  const std::string type = req.get_header_value("Content-Type");
  if (type.rfind("application/json", 0) != 0) reject("Content-Type must be application/json");
  return parse_object(req.body);
}

void allow_only(const json& object, std::initializer_list<const char*> fields) {
  for (const auto& item : object.items()) {
    const std::string& key = item.key();  // not a structured binding: clang 14 cannot capture one
    const bool known = std::any_of(fields.begin(), fields.end(), [&](const char* f) { return key == f; });
    // Cut before a character, never inside one: the answer's JSON writer refuses a split character.
    if (!known) reject("unknown field \"" + utf8_prefix(key, 40) + "\"");
  }
}

std::optional<std::string> optional_string(const json& object, const char* field, size_t max_bytes) {
  const auto it = object.find(field);
  if (it == object.end() || it->is_null()) return std::nullopt;
  if (!it->is_string()) reject(std::string("\"") + field + "\" must be a string");
  std::string value = it->get<std::string>();
  if (value.size() > max_bytes) reject(std::string("\"") + field + "\" is too long");
  return value;
}

std::string required_string(const json& object, const char* field, size_t max_bytes) {
  field_of(object, field);
  return *optional_string(object, field, max_bytes);
}

int required_int(const json& object, const char* field, int min, int max) {
  const json& value = field_of(object, field);
  if (!value.is_number_integer()) reject(std::string("\"") + field + "\" must be an integer");
  // integer() refuses what get<int64_t> would wrap: 18446744073709551615 is not -1.
  const std::optional<int> n = json_fields::integer<int>(value);
  if (!n || *n < min || *n > max) reject(std::string("\"") + field + "\" is out of range");
  return *n;
}

Date required_date(const json& object, const char* field) {
  const std::optional<Date> date = parse_iso_date(required_string(object, field, 10));
  if (!date) throw ApiException{rule_error(ErrorCode::InvalidDate)};
  return *date;
}

bool is_idempotency_key(const std::string& key) {
  return !key.empty() && key.size() <= 100 && std::all_of(key.begin(), key.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
  });
}

BookingRequest booking_request_from_json(const json& body) {
  allow_only(body, {"office_code", "section_id", "service_id", "date", "slot", "national_id", "name", "mobile",
                    "pre_service"});
  BookingRequest r;
  r.office_code = required_string(body, "office_code", 8);
  r.section_id = required_string(body, "section_id", 64);
  r.service_id = required_string(body, "service_id", 64);
  r.date = required_date(body, "date");
  r.slot = required_int(body, "slot", 0, 100);
  r.national_id = required_string(body, "national_id", 32);
  r.name = required_string(body, "name", 400);
  r.mobile = optional_string(body, "mobile", 20).value_or("");
  if (const auto it = body.find("pre_service"); it != body.end() && !it->is_null()) {
    if (!it->is_object()) reject("\"pre_service\" must be an object");
    allow_only(*it, {"laser_code", "copies", "pickup_date", "pickup_office"});
    r.pre_service = PreServiceRequest{required_string(*it, "laser_code", 32), required_int(*it, "copies", 0, 1000),
                                      required_date(*it, "pickup_date"),
                                      optional_string(*it, "pickup_office", 8).value_or(""), {}};
  }
  return r;
}

}  // namespace khiw::server
