// What the app keeps on the device: small settings in localStorage (never personal data), and records
// (my bookings, the session, the offline queue, kept public answers) in IndexedDB, which survives reloads and holds more. Either can be
// unavailable (private mode, blocked storage): the app then works without keeping anything.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace khiw::shell {

std::string storage_get(const std::string& key);  // empty when absent or storage is blocked
void storage_set(const std::string& key, const std::string& value);

// Reads `keys` from the "records" store of the "khiw" database; `done` runs once, between frames, with
// the records found (absent keys are left out) and whether IndexedDB works at all.
using RecordsLoaded = std::function<void(std::map<std::string, std::string> records, bool available)>;
void storage_load_records(const std::vector<std::string>& keys, RecordsLoaded done);
// Writes one record in its own transaction, issued at once so a reload right after keeps it. An empty
// `json` deletes the record.
void storage_put_record(const std::string& key, const std::string& json);
// `failed` runs when the write of record `key` is refused: `full` when the storage quota is used up.
void storage_on_write_failed(std::function<void(std::string key, bool full)> failed);

}  // namespace khiw::shell
