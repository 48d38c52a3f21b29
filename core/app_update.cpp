#include "core/app_update.h"

#include <stdexcept>

namespace khiw {

namespace {

struct Apply {
  AppState& s;

  std::vector<Effect> operator()(const ToggleLanguage&) const {
    s.lang = other_lang(s.lang);
    return {SaveLanguage{s.lang}};
  }

  std::vector<Effect> operator()(const LoadOffices&) const {
    if (s.offices_status == LoadStatus::Loading) return {};  // one request in flight is enough
    s.offices_status = LoadStatus::Loading;
    s.offices_error.clear();
    return {FetchOffices{}};
  }

  std::vector<Effect> operator()(const SelectOffice& i) const {
    s.selected_office = i.code;
    return {};
  }

  std::vector<Effect> operator()(const StartApp& i) const {
    if (i.saved_lang == "en") s.lang = Lang::En;
    return (*this)(LoadOffices{});
  }

  std::vector<Effect> operator()(const OfficesFetched& r) const {
    if (r.http_status != 200) {
      s.offices_status = LoadStatus::Failed;
      s.offices_error = r.http_status == 0 ? "network error" : "HTTP " + std::to_string(r.http_status);
      return {};
    }
    try {
      s.offices = offices_from_json(r.body);
      s.offices_status = LoadStatus::Ready;
    } catch (const std::invalid_argument& e) {
      s.offices_status = LoadStatus::Failed;
      s.offices_error = e.what();
    }
    return {};
  }
};

}  // namespace

std::vector<Effect> apply_intent(AppState& state, const Intent& intent) {
  return std::visit(Apply{state}, intent);
}

}  // namespace khiw
