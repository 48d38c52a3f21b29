// JSON responses, error bodies and conditional GET shared by every route file.
#pragma once
#include <httplib.h>

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "core/errors.h"

namespace khiw::server {

// A 4xx/5xx answer: stable machine code plus a message in Thai and English.
struct ApiError {
  int status = 400;
  std::string code;
  std::string message_th;
  std::string message_en;
};

// Transport-level failures that are not booking rules (those come from core/errors.h).
ApiError not_found();
ApiError bad_path();
ApiError bad_json(std::string detail_en);
ApiError bad_query(std::string detail_en);  // a query parameter (dates, format)
ApiError body_too_large();
ApiError internal_error();
ApiError unauthorized();
ApiError forbidden_office();
ApiError rate_limited();
ApiError idempotency_key_required();
ApiError idempotency_key_reused();
ApiError too_many_streams();
ApiError bad_signature();  // a QR payload whose HMAC does not verify

// A refusal by a core rule: its stable code and th/en message, with the HTTP status for its kind.
ApiError rule_error(ErrorCode code);

// Thrown from a handler to answer with an error; the exception handler turns it into the body.
struct ApiException {
  ApiError error;
};

// A handler's answer as data, so the batch sync endpoint can collect several.
struct Outcome {
  int status = 200;
  nlohmann::json body;
};
// Sends an Outcome with Cache-Control: no-store (answers about one person's bookings or one queue).
void send_outcome(httplib::Response& res, const Outcome& out);

// Exactly "application/json": cpp-httplib only gzips that literal content type.
inline constexpr const char* kJsonType = "application/json";

nlohmann::json error_body(const ApiError& error);
void send_json(httplib::Response& res, int status, const nlohmann::json& body);
void send_error(httplib::Response& res, const ApiError& error);

// The parts of a header value between `separator`s (',' for a list, ';' for an element's parameters),
// each without the spaces and tabs around it; empty parts are kept.
std::vector<std::string_view> split_trimmed(std::string_view value, char separator);

// Weak ETag over the content (weak because the bytes differ when the response is compressed).
std::string weak_etag(std::string_view content);
bool etag_matches(const httplib::Request& req, const std::string& etag);

// Answers 304 when the client already holds `etag`, otherwise 200 with the body. Both carry the
// ETag and Cache-Control headers.
void send_cacheable(const httplib::Request& req, httplib::Response& res, const std::string& body,
                    const std::string& content_type, const std::string& etag, const char* cache_control);

}  // namespace khiw::server
