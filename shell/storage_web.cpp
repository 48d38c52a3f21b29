#include <emscripten/emscripten.h>

#include <cstdlib>
#include <memory>

#include <nlohmann/json.hpp>

#include "shell/storage.h"

namespace khiw::shell {
namespace {
std::function<void(std::string, bool)> g_write_failed;
}  // namespace
}  // namespace khiw::shell

namespace {

// Private browsing can make localStorage throw; a setting that cannot be kept is simply not kept.
EM_JS(char*, khiw_storage_get, (const char* key), {
  let v = null;
  try { v = window.localStorage.getItem(UTF8ToString(key)); } catch (e) {}
  if (v === null) return 0;
  const n = lengthBytesUTF8(v) + 1;
  const p = _malloc(n);
  stringToUTF8(v, p, n);
  return p;
});

EM_JS(void, khiw_storage_set, (const char* key, const char* value), {
  try { window.localStorage.setItem(UTF8ToString(key), UTF8ToString(value)); } catch (e) {}
});

// One connection for the page, as a promise of the database or null when IndexedDB is missing, refused
// (private mode) or never answers (some browsers hang instead of failing: give up after 3 s).
EM_JS(void, khiw_records_open, (), {
  if (Module["khiwRecords"]) return;
  Module["khiwRecords"] = new Promise(function(resolve) {
    let settled = false;
    function settle(db) { if (!settled) { settled = true; resolve(db); } }
    setTimeout(function() { settle(null); }, 3000);
    try {
      const req = indexedDB.open('khiw', 1);
      req.onupgradeneeded = function() { req.result.createObjectStore('records'); };
      req.onsuccess = function() { settle(req.result); };
      req.onerror = function() { settle(null); };
      req.onblocked = function() { settle(null); };
    } catch (e) { settle(null); }
  });
});

EM_JS(void, khiw_records_load, (const char* keys_json, void* ctx), {
  const keys = JSON.parse(UTF8ToString(keys_json));
  Module["khiwRecords"].then(function(db) {
    return new Promise(function(resolve) {
      if (!db) return resolve(null);
      const found = {};
      try {
        const tx = db.transaction('records', 'readonly');
        const store = tx.objectStore('records');
        keys.forEach(function(k) {
          const r = store.get(k);
          r.onsuccess = function() { if (typeof r.result === 'string') found[k] = r.result; };
        });
        tx.oncomplete = function() { resolve(found); };
        tx.onerror = tx.onabort = function() { resolve(null); };
      } catch (e) { resolve(null); }
    });
  }).then(function(found) {
    const text = JSON.stringify(found || {});
    const n = lengthBytesUTF8(text) + 1;
    const p = _malloc(n);
    stringToUTF8(text, p, n);
    _khiw_records_loaded(ctx, p, found ? 1 : 0);
    _free(p);
  });
});

// One transaction per write, committed at once (commit() where the browser has it) rather than when the
// page gets around to it: a reload straight after a booking must not lose it.
EM_JS(void, khiw_records_put, (const char* key, const char* json), {
  const k = UTF8ToString(key);
  const v = UTF8ToString(json);
  Module["khiwRecords"].then(function(db) {
    if (!db) return;
    function failed(e) {
      const n = lengthBytesUTF8(k) + 1;
      const p = _malloc(n);
      stringToUTF8(k, p, n);
      _khiw_records_write_failed(p, e && e.name === 'QuotaExceededError' ? 1 : 0);
      _free(p);
    }
    try {
      const tx = db.transaction('records', 'readwrite');
      tx.onabort = function() { failed(tx.error); };
      if (v === "") tx.objectStore('records').delete(k); else tx.objectStore('records').put(v, k);
      if (tx.commit) tx.commit();
    } catch (e) { failed(e); }
  });
});

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void khiw_records_loaded(void* ctx, const char* records_json, int available) {
  std::unique_ptr<khiw::shell::RecordsLoaded> done(static_cast<khiw::shell::RecordsLoaded*>(ctx));
  std::map<std::string, std::string> records;
  const auto parsed = nlohmann::json::parse(records_json, nullptr, false);
  if (parsed.is_object())
    for (const auto& [key, value] : parsed.items())
      if (value.is_string()) records[key] = value.get<std::string>();
  (*done)(std::move(records), available != 0);
}

extern "C" EMSCRIPTEN_KEEPALIVE void khiw_records_write_failed(const char* key, int full) {
  if (khiw::shell::g_write_failed) khiw::shell::g_write_failed(key, full != 0);
}

namespace khiw::shell {

void storage_on_write_failed(std::function<void(std::string key, bool full)> failed) { g_write_failed = std::move(failed); }

std::string storage_get(const std::string& key) {
  char* raw = khiw_storage_get(key.c_str());
  if (!raw) return {};
  std::string value(raw);
  std::free(raw);
  return value;
}

void storage_set(const std::string& key, const std::string& value) { khiw_storage_set(key.c_str(), value.c_str()); }

void storage_load_records(const std::vector<std::string>& keys, RecordsLoaded done) {
  khiw_records_open();
  khiw_records_load(nlohmann::json(keys).dump().c_str(), new RecordsLoaded(std::move(done)));
}

void storage_put_record(const std::string& key, const std::string& json) {
  khiw_records_open();
  khiw_records_put(key.c_str(), json.c_str());
}

}  // namespace khiw::shell
