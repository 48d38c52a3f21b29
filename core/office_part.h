// Counter mode and the hall's board belong to the office bundle (khiw-office.wasm): citizens' phones
// download the booking path alone. app_update reaches them only through this table, which the office
// bundle (and the tests) put in AppState::office. In the citizens' bundle it stays null, so none of their
// code is linked, and a way into them asks the shell to reopen the page in the office bundle (OpenOfficeApp).
#pragma once
#include <string>
#include <vector>

#include "core/app_update.h"

namespace khiw {

struct OfficePart {
  std::vector<Effect> (*intent)(AppState&, const Intent&);      // counter-mode and board intents
  std::vector<Effect> (*reply)(AppState&, const HttpReplied&);  // the answers to their requests
  std::vector<Effect> (*tick)(AppState&);
  void (*restore)(AppState&, const std::string& staff_json);    // the staff record read from the device
  std::string (*record)(const AppState&);                       // the staff record to write
};

extern const OfficePart kOfficePart;

}  // namespace khiw
