// The server's request readers behind every JSON endpoint (bookings, lookup, cancel, sync batches,
// walk-ins, counter actions and QR checks, copy requests, staff login, ratings), end to end through the
// in-process server (server_harness.h). Input: "<METHOD> <path under /api/>\n<body>" (POST when no method
// is given). In the body, "@code" and "@secret" stand for the last booking made, "@signed{payload}" for the
// server's own signature of the payload, and "@day", "@day+N", "@day-N" for the server's date N days on
// (its clock moves, see server_harness.h), so that bookings, scanned QR codes and the booking's own actions
// are reached on every day of a run. Every answer must be a status below 500.
#include <cctype>

#include <nlohmann/json.hpp>

#include "tests/fuzz/server_harness.h"

using namespace khiw;

namespace {

struct LastBooking {
  std::string code = "NOCODE00";
  std::string secret = "nosecret";
};

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (size_t at = 0; (at = text.find(from, at)) != std::string::npos; at += to.size()) text.replace(at, from.size(), to);
}

// "@day" with an optional signed count of days (one digit) becomes that date.
void expand_days(std::string& text, fuzz::InProcessServer& host) {
  for (size_t at = 0; (at = text.find("@day", at)) != std::string::npos;) {
    size_t end = at + 4;
    int days = 0;
    if (end + 1 < text.size() && (text[end] == '+' || text[end] == '-') &&
        std::isdigit(static_cast<unsigned char>(text[end + 1]))) {
      days = (text[end + 1] - '0') * (text[end] == '-' ? -1 : 1);
      end += 2;
    }
    const std::string date = host.iso_day(days);
    text.replace(at, end - at, date);
    at += date.size();
  }
}

std::string expanded(std::string text, const LastBooking& last, fuzz::InProcessServer& host) {
  const server::ServerKeys& keys = host.context().keys;
  replace_all(text, "@code", last.code);
  replace_all(text, "@secret", last.secret);
  expand_days(text, host);
  const size_t at = text.find("@signed{");
  const size_t end = at == std::string::npos ? at : text.find('}', at);
  if (end != std::string::npos) text.replace(at, end + 1 - at, server::sign_qr(keys, text.substr(at + 8, end - at - 8)));
  return text;
}

// A created booking's code and secret, for the requests that follow.
void remember(const std::string& response, LastBooking& last) {
  if (fuzz::status_of(response) != 201) return;
  const size_t body = response.find("\r\n\r\n");
  const nlohmann::json doc = nlohmann::json::parse(response.substr(body + 4), nullptr, false);
  if (!doc.is_object() || !doc.contains("secret") || !doc.contains("booking")) return;
  last.code = doc["booking"].value("code", last.code);
  last.secret = doc["secret"].get<std::string>();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static LastBooking last;
  fuzz::InProcessServer& server = fuzz::in_process_server();
  const std::string_view input = fuzz::as_text(data, size);
  const size_t newline = input.find('\n');
  std::string target(input.substr(0, newline));
  const std::string body =
      expanded(std::string(newline == std::string_view::npos ? "" : input.substr(newline + 1)), last, server);
  std::string method = "POST";
  if (const size_t space = target.find(' '); space != std::string::npos && space < 8) {
    method = target.substr(0, space);
    target.erase(0, space + 1);
  }
  target = "/api/" + expanded(target, last, server);
  if (target.find_first_of(" \r\n") != std::string::npos) return 0;  // one request line

  const std::string request = method + " " + target + " HTTP/1.1\r\nHost: fuzz\r\n" +
                              "Content-Type: application/json\r\n" + "Authorization: Bearer " + fuzz::kStaffToken +
                              "\r\nIdempotency-Key: k" + std::to_string(std::hash<std::string_view>{}(input)) +
                              "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  const std::string response = server.answer(request);
  fuzz::check_answer(request, response);
  remember(response, last);
  server.finish_input();
  return 0;
}
