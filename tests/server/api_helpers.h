// Requests the server tests make again and again: valid citizens, booking bodies, bookable dates,
// staff sessions, the test clock. Talks HTTP only; reads the DB file only to inspect the audit log.
#pragma once
#include <httplib.h>
#include <sqlite3.h>

#include <nlohmann/json.hpp>
#include <fstream>
#include <iterator>
#include <regex>
#include <string>

#include "core/bkk_time.h"
#include "core/slots.h"
#include "core/validation.h"
#include "tests/server/server_process.h"

namespace khiw::testing {

using nlohmann::json;

// A distinct valid 13-digit national ID for each n (check digit from core).
inline std::string national_id(int n) { return made_up_national_id('1', static_cast<unsigned>(n)); }

inline json booking_body(const std::string& date, int slot, const std::string& id, const std::string& office = "1001",
                         const std::string& service = "idcard_renew_expired") {
  return {{"office_code", office}, {"section_id", "registration"}, {"service_id", service}, {"date", date},
          {"slot", slot},          {"national_id", id},            {"name", "สมชาย ใจดี"}};
}

inline httplib::Result post_json(httplib::Client& cli, const std::string& path, const json& body,
                                 const httplib::Headers& headers = {}) {
  return cli.Post(path.c_str(), headers, body.dump(), "application/json");
}

inline httplib::Result create_booking(httplib::Client& cli, const json& body, const std::string& key) {
  return post_json(cli, "/api/bookings", body, {{"Idempotency-Key", key}});
}

// The n-th bookable date of office 1001's registration section (0 = first).
inline std::string bookable_date(httplib::Client& cli, size_t n = 0) {
  auto res = cli.Get("/api/availability?office=1001&section=registration");
  if (!res || res->status != 200) throw std::runtime_error("availability failed");
  return json::parse(res->body)["dates"].at(n)["date"];
}

// Logs in with the demo password the server printed to stderr at first start.
inline std::string staff_token(const ServerProcess& server, const std::string& username) {
  std::smatch m;
  const std::string err = server.stderr_text();
  if (!std::regex_search(err, m, std::regex("demo staff " + username + " password ([0-9a-f]+)")))
    throw std::runtime_error("no demo password for " + username);
  auto cli = server.client();
  auto res = post_json(cli, "/api/staff/login", {{"username", username}, {"password", m[1].str()}});
  if (!res || res->status != 200) throw std::runtime_error("login failed for " + username);
  return json::parse(res->body)["token"];
}

inline httplib::Headers bearer(const std::string& token) { return {{"Authorization", "Bearer " + token}}; }

// A counter action as staff, with an Idempotency-Key when one is given.
inline httplib::Result staff_post(httplib::Client& cli, const std::string& path, const json& body,
                                  const std::string& token, const std::string& key = {}) {
  httplib::Headers headers = bearer(token);
  if (!key.empty()) headers.emplace("Idempotency-Key", key);
  return post_json(cli, path, body, headers);
}

// Test-clock build only: moves the server's clock (and runs the no-show sweep).
inline json set_clock(const ServerProcess& server, UnixSeconds now) {
  auto cli = server.client();
  auto res = post_json(cli, "/api/test/clock", {{"now", now}});
  if (!res || res->status != 200) throw std::runtime_error("cannot set the test clock");
  return json::parse(res->body);
}

inline UnixSeconds slot_start_of(const std::string& date, int slot) {
  return slot_start(RulesConfig{}, *parse_iso_date(date), slot);
}

// The raw bytes of a file the server wrote (empty when absent).
inline std::string file_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs one query with a single integer answer against the server's database file (read-only).
inline int64_t query_int(const std::filesystem::path& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  int64_t value = -1;
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
    value = sqlite3_column_int64(stmt, 0);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

}  // namespace khiw::testing
