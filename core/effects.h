// What the app asks the shell to do. Effects are plain data: core decides, the shell carries out and
// feeds the outcome back as an intent (HttpReplied, StoredRecordsLoaded).
#pragma once
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace khiw {

// Which answer an HTTP reply is: routes it to the feature that asked.
enum class Reply { Offices, Catalog, Holidays, Rules, Availability, CreateBooking, LookupBooking, CancelBooking };

struct HttpRequest {
  Reply reply = Reply::Offices;
  std::string method = "GET";
  std::string path;             // same origin, e.g. "/api/availability?office=1001&section=registration"
  std::string body;             // JSON; empty for GET
  std::string idempotency_key;  // sent as the Idempotency-Key header when not empty
  std::string context;          // echoed back in HttpReplied (e.g. the booking code a lookup is for)
  bool operator==(const HttpRequest&) const = default;
};

// A small setting in localStorage (the language). Never personal data.
struct SaveSetting {
  std::string key;
  std::string value;
  bool operator==(const SaveSetting&) const = default;
};

// Device storage records (IndexedDB): "bookings" (my bookings) and "session" (screens and the draft).
// An empty `json` deletes the record.
struct StoreRecord {
  std::string key;
  std::string json;
  bool operator==(const StoreRecord&) const = default;
};

// A file the browser downloads (the .ics calendar file).
struct DownloadFile {
  std::string filename;
  std::string mime;
  std::string content;
  bool operator==(const DownloadFile&) const = default;
};

// A PNG of a QR code (dark modules row by row, `size` x `size`) with caption lines under it.
struct DownloadQrImage {
  std::string filename;
  int size = 0;
  std::vector<std::uint8_t> modules;  // 1 = dark
  std::vector<std::string> caption;
  bool operator==(const DownloadQrImage&) const = default;
};

using Effect = std::variant<HttpRequest, SaveSetting, StoreRecord, DownloadFile, DownloadQrImage>;

}  // namespace khiw
