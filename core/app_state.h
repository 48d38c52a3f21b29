// What the web app knows at one moment. The UI only reads it; changes go through app_update.h.
#pragma once
#include <string>
#include <vector>

#include "core/i18n.h"
#include "core/offices.h"

namespace khiw {

enum class LoadStatus { Idle, Loading, Ready, Failed };

struct AppState {
  Lang lang = Lang::Th;  // Thai first, whatever the browser says
  LoadStatus offices_status = LoadStatus::Idle;
  std::vector<Office> offices;
  std::string offices_error;    // technical detail shown under the translated message
  std::string selected_office;  // office code, empty when none
};

}  // namespace khiw
