// Strict reading of JSON request bodies: an object with only the known fields, each of the right
// type and size. Any violation throws ApiException (400 bad_json naming the field), so a handler
// only sees well-formed input. Rule checks (ID checksum, dates, catalog) stay in core.
#pragma once
#include <httplib.h>

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "core/booking.h"

namespace khiw::server {

using nlohmann::json;

json parse_body(const httplib::Request& req);
json parse_object(const std::string& text);
void allow_only(const json& object, std::initializer_list<const char*> fields);
std::string required_string(const json& object, const char* field, size_t max_bytes = 200);
std::optional<std::string> optional_string(const json& object, const char* field, size_t max_bytes = 200);
int required_int(const json& object, const char* field, int min, int max);
// A "YYYY-MM-DD" string; a malformed or impossible date is core's InvalidDate.
Date required_date(const json& object, const char* field);

// An Idempotency-Key header's value: 1-100 of A-Za-z0-9-_ (a client UUID fits).
bool is_idempotency_key(const std::string& key);

// POST /api/bookings body (see docs/API.md).
BookingRequest booking_request_from_json(const json& body);

}  // namespace khiw::server
