// What the app asks the shell to do. Effects are plain data: core decides, the shell carries out and
// feeds the outcome back as an intent (HttpReplied, StoredRecordsLoaded).
#pragma once
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/compiled_once.h"

namespace khiw {

// Which answer an HTTP reply is: routes it to the feature that asked.
enum class Reply {
  Offices, Catalog, Holidays, Rules, Availability, CreateBooking, LookupBooking, CancelBooking,
  Districts, Live, TakeWalkIn, WalkInStatus, Sync, AlternativeSeats,
  StaffLogin, StaffLogout, CounterQueue, CounterRoster, CounterVerify, CounterAction, Board, PreServiceList,
  Rating, Stats, StatsCsv,
};

struct HttpRequest {
  Reply reply = Reply::Offices;
  std::string method = "GET";
  std::string path;             // same origin, e.g. "/api/availability?office=1001&section=registration"
  std::string body;             // JSON; empty for GET
  std::string idempotency_key;  // sent as the Idempotency-Key header when not empty
  std::string context;          // echoed back in HttpReplied (e.g. the booking code a lookup is for)
  std::string if_none_match;    // sent as If-None-Match when not empty: an unchanged answer is a 304
  std::string bearer;           // a staff session token, sent as Authorization: Bearer when not empty
  bool operator==(const HttpRequest&) const = default;
};

// A GET, and a POST with a JSON body; `context` comes back in HttpReplied.
inline HttpRequest http_get(Reply reply, std::string path, std::string context = {}) {
  HttpRequest r;
  r.reply = reply;
  r.path = std::move(path);
  r.context = std::move(context);
  return r;
}
inline HttpRequest http_post(Reply reply, std::string path, std::string body, std::string context = {}) {
  HttpRequest r = http_get(reply, std::move(path), std::move(context));
  r.method = "POST";
  r.body = std::move(body);
  return r;
}

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

// A file the browser downloads (the .ics calendar file, statistics as CSV).
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

// The browser's position, asked only when the citizen taps "my location" (answered with LocationFound
// or LocationFailed).
struct RequestLocation {
  bool operator==(const RequestLocation&) const = default;
};

// Asks the browser for permission to show notifications (answered with NotificationPermission).
struct AskNotificationPermission {
  bool operator==(const AskNotificationPermission&) const = default;
};

// A system notification, shown only if the citizen allowed them; the app says the same on screen.
struct ShowNotification {
  std::string title;
  std::string body;
  std::string tag;  // a newer notification with the same tag replaces the older one
  bool operator==(const ShowNotification&) const = default;
};

// The display board's chime and spoken call, queued by the shell so two calls never overlap.
struct AnnounceCall {
  std::string ticket;
  int counter = 0;
  std::string speech_th;  // spoken with a Thai voice where the browser has one
  bool operator==(const AnnounceCall&) const = default;
};

// The citizens' bundle reached counter mode or a board ("counter", "board/1040"): the page reopens at that
// route, where the loader starts the office bundle that has them (core/office_part.h).
struct OpenOfficeApp {
  std::string route;
  bool operator==(const OpenOfficeApp&) const = default;
};

using EffectVariant = std::variant<HttpRequest, SaveSetting, StoreRecord, DownloadFile, DownloadQrImage,
                                   RequestLocation, AskNotificationPermission, ShowNotification, AnnounceCall,
                                   OpenOfficeApp>;

using Effect = CompiledOnce<EffectVariant>;
extern template struct CompiledOnce<EffectVariant>;  // in effects.cpp

}  // namespace khiw
