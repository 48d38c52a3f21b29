#include "core/reference_state.h"

#include <stdexcept>

namespace khiw {

namespace {

std::string failure(int http_status) {
  return http_status == 0 ? "network error" : "HTTP " + std::to_string(http_status);
}



void apply_catalog_part(ReferenceState& ref, Reply reply, const std::string& body) {
  if (reply == Reply::Catalog) ref.catalog = catalog_from_json(body);
  if (reply == Reply::Holidays) ref.calendar = calendar_from_json(body);
  if (reply == Reply::Rules) ref.rules = rules_config_from_json(body);
}

}  // namespace

std::vector<Effect> load_reference(ReferenceState& ref) {
  std::vector<Effect> out;
  if (ref.offices_status != LoadStatus::Loading && ref.offices_status != LoadStatus::Ready) {
    ref.offices_status = LoadStatus::Loading;
    ref.offices_error.clear();
    out.push_back(http_get(Reply::Offices, "/api/offices"));
  }
  if (ref.catalog_status != LoadStatus::Loading && ref.catalog_status != LoadStatus::Ready) {
    ref.catalog_status = LoadStatus::Loading;
    ref.catalog_error.clear();
    ref.pending = 3;
    out.push_back(http_get(Reply::Catalog, "/api/catalog"));
    out.push_back(http_get(Reply::Holidays, "/api/holidays"));
    out.push_back(http_get(Reply::Rules, "/api/rules"));
  }
  return out;
}

void apply_reference_reply(ReferenceState& ref, Reply reply, int http_status, const std::string& body) {
  if (reply == Reply::Offices) {
    if (http_status != 200) {
      ref.offices_status = LoadStatus::Failed;
      ref.offices_error = failure(http_status);
      return;
    }
    try {
      ref.offices = offices_from_json(body);
      ref.offices_status = LoadStatus::Ready;
    } catch (const std::invalid_argument& e) {
      ref.offices_status = LoadStatus::Failed;
      ref.offices_error = e.what();
    }
    return;
  }
  // Catalog, holidays and rules: ready when all three arrived, failed as soon as one fails.
  if (ref.catalog_status != LoadStatus::Loading) return;
  if (http_status != 200) {
    ref.catalog_status = LoadStatus::Failed;
    ref.catalog_error = failure(http_status);
    return;
  }
  try {
    apply_catalog_part(ref, reply, body);
  } catch (const std::invalid_argument& e) {
    ref.catalog_status = LoadStatus::Failed;
    ref.catalog_error = e.what();
    return;
  }
  if (--ref.pending == 0) ref.catalog_status = LoadStatus::Ready;
}

const Office* find_office(const ReferenceState& ref, std::string_view code) { return find_office(ref.offices, code); }

}  // namespace khiw
