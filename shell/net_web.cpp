#include <emscripten/fetch.h>

#include <cstring>
#include <strings.h>
#include <memory>

#include "shell/net.h"

namespace khiw::shell {

namespace {

// Everything a request points at lives here until it finishes (emscripten_fetch keeps raw pointers).
struct Pending {
  HttpDone done;
  std::string body;
  std::string key;
  std::string if_none_match;
  std::string authorization;
  const char* headers[9] = {};
};

// The ETag header's value from the raw response headers, or "".
std::string etag_of(emscripten_fetch_t* fetch) {
  const size_t length = emscripten_fetch_get_response_headers_length(fetch);
  if (length == 0) return {};
  std::string raw(length + 1, '\0');
  emscripten_fetch_get_response_headers(fetch, raw.data(), raw.size());
  char** pairs = emscripten_fetch_unpack_response_headers(raw.c_str());
  std::string etag;
  for (char** p = pairs; p && p[0]; p += 2)
    if (strcasecmp(p[0], "etag") == 0) etag = p[1];
  emscripten_fetch_free_unpacked_response_headers(pairs);
  // Unpacking keeps the space after the colon and the line's CR.
  const size_t start = etag.find_first_not_of(' ');
  const size_t end = etag.find_last_not_of(" \r\n");
  return start == std::string::npos ? "" : etag.substr(start, end - start + 1);
}

void finish(emscripten_fetch_t* fetch) {
  std::unique_ptr<Pending> pending(static_cast<Pending*>(fetch->userData));
  // An XHR error (offline, aborted, refused) leaves status 0, which is what core expects for "no answer".
  const int status = fetch->status;
  std::string body(fetch->data ? fetch->data : "", static_cast<size_t>(fetch->numBytes));
  std::string etag = status ? etag_of(fetch) : "";
  emscripten_fetch_close(fetch);
  pending->done(status, std::move(body), std::move(etag));
}

}  // namespace

void http_request(const HttpRequest& request, HttpDone done) {
  auto pending =
      std::make_unique<Pending>(Pending{std::move(done), request.body, request.idempotency_key, request.if_none_match,
                                        request.bearer.empty() ? "" : "Bearer " + request.bearer});
  int h = 0;
  if (!pending->body.empty()) {
    pending->headers[h++] = "Content-Type";
    pending->headers[h++] = "application/json";
  }
  if (!pending->key.empty()) {
    pending->headers[h++] = "Idempotency-Key";
    pending->headers[h++] = pending->key.c_str();
  }
  if (!pending->if_none_match.empty()) {
    pending->headers[h++] = "If-None-Match";
    pending->headers[h++] = pending->if_none_match.c_str();
  }
  if (!pending->authorization.empty()) {
    pending->headers[h++] = "Authorization";
    pending->headers[h++] = pending->authorization.c_str();
  }

  emscripten_fetch_attr_t attr;
  emscripten_fetch_attr_init(&attr);
  std::strncpy(attr.requestMethod, request.method.c_str(), sizeof attr.requestMethod - 1);
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
  emscripten_fetch(&attr, request.path.c_str());
}

}  // namespace khiw::shell
