// HTTP from the browser, same origin. Callbacks run on the main thread between frames.
#pragma once
#include <functional>
#include <string>

namespace khiw::shell {

using HttpDone = std::function<void(int status, std::string body)>;  // status 0: no response at all

// `body` is sent as application/json when not empty; `idempotency_key` as the Idempotency-Key header
// when not empty (the server answers a repeated key with the first answer, so a retry never books twice).
void http_request(const std::string& method, const std::string& path, const std::string& body,
                  const std::string& idempotency_key, HttpDone done);

}  // namespace khiw::shell
