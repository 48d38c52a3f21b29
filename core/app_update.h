// The one place the app's state changes: intents from the UI and results from the shell go in, the new
// state and the effects the shell must carry out (fetch, persist) come out. Pure, so it runs in tests.
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "core/app_state.h"

namespace khiw {

// Emitted by screens.
struct ToggleLanguage {};
struct LoadOffices {};
struct SelectOffice {
  std::string code;
};
// Delivered by the shell.
struct StartApp {
  std::string saved_lang;  // "th", "en" or empty when nothing was stored
};
struct OfficesFetched {
  int http_status = 0;  // 0 when the request never reached the server
  std::string body;
};

using Intent = std::variant<ToggleLanguage, LoadOffices, SelectOffice, StartApp, OfficesFetched>;

struct FetchOffices {};
struct SaveLanguage {
  Lang lang;
};
using Effect = std::variant<FetchOffices, SaveLanguage>;

std::vector<Effect> apply_intent(AppState& state, const Intent& intent);

}  // namespace khiw
