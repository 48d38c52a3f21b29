#include <emscripten/fetch.h>

#include <cstring>
#include <memory>

#include "shell/net.h"

namespace khiw::shell {

namespace {

void finish(emscripten_fetch_t* fetch) {
  std::unique_ptr<HttpDone> done(static_cast<HttpDone*>(fetch->userData));
  const int status = fetch->status;
  std::string body(fetch->data ? fetch->data : "", static_cast<size_t>(fetch->numBytes));
  emscripten_fetch_close(fetch);
  (*done)(status, std::move(body));
}

}  // namespace

void http_get(const std::string& path, HttpDone done) {
  emscripten_fetch_attr_t attr;
  emscripten_fetch_attr_init(&attr);
  std::strcpy(attr.requestMethod, "GET");
  attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
  attr.userData = new HttpDone(std::move(done));
  attr.onsuccess = finish;
  attr.onerror = finish;  // a 4xx/5xx arrives here too, with its status
  emscripten_fetch(&attr, path.c_str());
}

}  // namespace khiw::shell
