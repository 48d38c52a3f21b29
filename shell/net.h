// HTTP from the browser, same origin. Callbacks run on the main thread between frames.
#pragma once
#include <functional>
#include <string>

#include "core/effects.h"

namespace khiw::shell {

// status 0: no response at all; `etag`: the response's ETag header, or empty.
using HttpDone = std::function<void(int status, std::string body, std::string etag)>;

// The body is sent as application/json when not empty; the idempotency key as the Idempotency-Key header
// (the server answers a repeated key with the first answer, so a retry never books twice) and
// if_none_match as If-None-Match (an unchanged answer is a bodiless 304), and a staff token as
// Authorization: Bearer, each when not empty.
void http_request(const HttpRequest& request, HttpDone done);

}  // namespace khiw::shell
