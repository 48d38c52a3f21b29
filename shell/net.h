// HTTP from the browser, same origin. Callbacks run on the main thread between frames.
#pragma once
#include <functional>
#include <string>

namespace khiw::shell {

using HttpDone = std::function<void(int status, std::string body)>;  // status 0: no response at all

void http_get(const std::string& path, HttpDone done);

}  // namespace khiw::shell
