#include <emscripten/emscripten.h>

#include <cstdlib>

#include "shell/storage.h"

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

}  // namespace

namespace khiw::shell {

std::string storage_get(const std::string& key) {
  char* raw = khiw_storage_get(key.c_str());
  if (!raw) return {};
  std::string value(raw);
  std::free(raw);
  return value;
}

void storage_set(const std::string& key, const std::string& value) { khiw_storage_set(key.c_str(), value.c_str()); }

}  // namespace khiw::shell
