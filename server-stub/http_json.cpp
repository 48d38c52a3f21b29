#include "server-stub/http_json.h"

#include <sodium.h>

namespace khiw::server {

ApiError not_found() { return {404, "not_found", "ไม่พบสิ่งที่ขอ", "Not found"}; }
ApiError bad_path() { return {400, "bad_path", "ที่อยู่ไม่ถูกต้อง", "Invalid path"}; }
ApiError bad_json(std::string detail_en) {
  return {400, "bad_json", "ข้อมูลที่ส่งมาไม่ถูกต้อง", "Invalid request body: " + detail_en};
}
ApiError bad_query(std::string detail_en) {
  return {400, "bad_query", "คำขอไม่ถูกต้อง", "Invalid query: " + detail_en};
}
ApiError body_too_large() { return {413, "body_too_large", "ข้อมูลที่ส่งมามีขนาดใหญ่เกินไป", "Request body too large"}; }
ApiError internal_error() {
  return {500, "internal", "ระบบขัดข้อง กรุณาลองใหม่อีกครั้ง", "Internal error, please try again"};
}

ApiError unauthorized() {
  return {401, "unauthorized", "กรุณาเข้าสู่ระบบเจ้าหน้าที่", "Staff login required (missing, invalid or expired token)"};
}
ApiError forbidden_office() {
  return {403, "forbidden_office", "ไม่มีสิทธิ์ดำเนินการของสำนักงานเขตนี้", "Not permitted for this office"};
}
ApiError rate_limited() {
  return {429, "rate_limited", "พยายามหลายครั้งเกินไป กรุณารอสักครู่", "Too many attempts, please wait"};
}
ApiError idempotency_key_required() {
  return {400, "idempotency_key_required", "ต้องระบุ Idempotency-Key", "An Idempotency-Key (UUID) is required"};
}
ApiError idempotency_key_reused() {
  return {422, "idempotency_key_reused", "รหัสคำขอนี้ถูกใช้กับข้อมูลอื่นแล้ว",
          "This Idempotency-Key was already used with a different request"};
}
ApiError bad_signature() { return {422, "bad_signature", "คิวอาร์โค้ดไม่ถูกต้อง", "QR code signature is not valid"}; }

ApiError too_many_streams() {
  return {503, "too_many_streams", "มีผู้เชื่อมต่อมากเกินไป", "Too many open event streams"};
}

ApiError rule_error(ErrorCode code) {
  int status = 422;  // input the rules refuse
  switch (code) {
    case ErrorCode::UnknownOffice:
    case ErrorCode::UnknownSection:
    case ErrorCode::UnknownService:
    case ErrorCode::TicketNotFound:
      status = 404;
      break;
    case ErrorCode::SlotFull:
    case ErrorCode::DuplicateBooking:
    case ErrorCode::IllegalTransition:
    case ErrorCode::AlreadyCheckedIn:
    case ErrorCode::CounterBusy:
    case ErrorCode::CounterPaused:
    case ErrorCode::CounterNotPaused:
    case ErrorCode::NotServingHere:
    case ErrorCode::NotCheckedIn:
    case ErrorCode::QueueEmpty:
    case ErrorCode::BookingCancelled:
      status = 409;  // valid request, conflicting state
      break;
    case ErrorCode::NotPermitted:
    case ErrorCode::NotPreparingOffice:
    case ErrorCode::NotPickupOffice:
      status = 403;
      break;
    default:
      break;
  }
  return {status, std::string(error_code_name(code)), std::string(error_message(code, Lang::Th)),
          std::string(error_message(code, Lang::En))};
}

void send_json(httplib::Response& res, int status, const nlohmann::json& body) {
  res.status = status;
  res.set_content(body.dump(), kJsonType);
}

nlohmann::json error_body(const ApiError& e) {
  return {{"error", e.code}, {"message", {{"th", e.message_th}, {"en", e.message_en}}}};
}

void send_outcome(httplib::Response& res, const Outcome& out) {
  res.set_header("Cache-Control", "no-store");
  send_json(res, out.status, out.body);
}

void send_error(httplib::Response& res, const ApiError& error) { send_json(res, error.status, error_body(error)); }

std::string weak_etag(std::string_view content) {
  unsigned char hash[16];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(content.data()), content.size(),
                     nullptr, 0);
  char hex[sizeof hash * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return std::string("W/\"") + hex + "\"";
}

std::vector<std::string_view> split_trimmed(std::string_view value, char separator) {
  std::vector<std::string_view> parts;
  while (true) {
    const size_t end = value.find(separator);
    std::string_view part = value.substr(0, end);
    while (!part.empty() && (part.front() == ' ' || part.front() == '\t')) part.remove_prefix(1);
    while (!part.empty() && (part.back() == ' ' || part.back() == '\t')) part.remove_suffix(1);
    parts.push_back(part);
    if (end == std::string_view::npos) return parts;
    value.remove_prefix(end + 1);
  }
}

bool etag_matches(const httplib::Request& req, const std::string& etag) {
  const std::string header = req.get_header_value("If-None-Match");
  if (header.empty()) return false;
  if (header == "*") return true;
  // Weak comparison (RFC 9110 §13.1.2): the W/ prefix is ignored on both sides.
  const auto opaque = [](std::string_view tag) { return tag.starts_with("W/") ? tag.substr(2) : tag; };
  const std::string_view want = opaque(etag);
  for (const std::string_view tag : split_trimmed(header, ','))
    if (opaque(tag) == want) return true;
  return false;
}

void send_cacheable(const httplib::Request& req, httplib::Response& res, const std::string& body,
                    const std::string& content_type, const std::string& etag, const char* cache_control) {
  res.set_header("ETag", etag);
  res.set_header("Cache-Control", cache_control);
  if (etag_matches(req, etag)) {
    res.status = 304;
    return;
  }
  res.status = 200;
  res.set_content(body, content_type);
}

}  // namespace khiw::server
