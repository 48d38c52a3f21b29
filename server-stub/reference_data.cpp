#include "server-stub/reference_data.h"

#include <stdexcept>

#include "server-stub/files.h"
#include "server-stub/http_json.h"

namespace khiw::server {

CachedDocument cached_document(std::string json) {
  std::string etag = weak_etag(json);
  return {std::move(json), std::move(etag)};
}

bool ReferenceData::office_known(std::string_view code) const { return find_office(offices, code) != nullptr; }

ReferenceData load_reference_data(const std::filesystem::path& dir) {
  ReferenceData data;
  try {
    data.offices = offices_from_reference_json(read_file(dir / "offices.json"));
    data.catalog = catalog_from_reference_json(read_file(dir / "departments.json"),
                                               read_file(dir / "express_points.json"));
    data.calendar = calendar_from_reference_json(read_file(dir / "holidays.json"));
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error(dir.string() + ": " + e.what());
  }
  data.offices_doc = cached_document(offices_to_json(data.offices));
  data.catalog_doc = cached_document(catalog_to_json(data.catalog));
  data.holidays_doc = cached_document(calendar_to_json(data.calendar));
  data.rules_doc = cached_document(rules_config_to_json(data.rules));
  return data;
}

}  // namespace khiw::server
