#include <emscripten/fetch.h>

#include <cstring>
#include <memory>

#include "shell/net.h"

namespace khiw::shell {

namespace {

// Everything a request points at lives here until it finishes (emscripten_fetch keeps raw pointers).
struct Pending {
  HttpDone done;
  std::string body;
  std::string key;
  const char* headers[5] = {};
};

void finish(emscripten_fetch_t* fetch) {
  std::unique_ptr<Pending> pending(static_cast<Pending*>(fetch->userData));
  // An XHR error (offline, aborted, refused) leaves status 0, which is what core expects for "no answer".
  const int status = fetch->status;
  std::string body(fetch->data ? fetch->data : "", static_cast<size_t>(fetch->numBytes));
  emscripten_fetch_close(fetch);
  pending->done(status, std::move(body));
}

}  // namespace

void http_request(const std::string& method, const std::string& path, const std::string& body,
                  const std::string& idempotency_key, HttpDone done) {
  auto pending = std::make_unique<Pending>(Pending{std::move(done), body, idempotency_key});
  int h = 0;
  if (!pending->body.empty()) {
    pending->headers[h++] = "Content-Type";
    pending->headers[h++] = "application/json";
  }
  if (!pending->key.empty()) {
    pending->headers[h++] = "Idempotency-Key";
    pending->headers[h++] = pending->key.c_str();
  }

  emscripten_fetch_attr_t attr;
  emscripten_fetch_attr_init(&attr);
  std::strncpy(attr.requestMethod, method.c_str(), sizeof attr.requestMethod - 1);
  attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
  attr.timeoutMSecs = 30000;  // a hung request ends as "no answer" (status 0) and can be retried
  attr.requestHeaders = pending->headers;
  if (!pending->body.empty()) {
    attr.requestData = pending->body.data();
    attr.requestDataSize = pending->body.size();
  }
  attr.onsuccess = finish;
  attr.onerror = finish;  // a 4xx/5xx arrives here too, with its status
  attr.userData = pending.release();
  emscripten_fetch(&attr, path.c_str());
}

}  // namespace khiw::shell
