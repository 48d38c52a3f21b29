// The reference data loaded at start from --data-dir (offices, sections/services/documents, holidays),
// each with its served JSON and ETag prepared once.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/calendar.h"
#include "core/catalog.h"
#include "core/offices.h"
#include "core/rules_config.h"

namespace khiw::server {

struct CachedDocument {
  std::string json;
  std::string etag;
};
CachedDocument cached_document(std::string json);

struct ReferenceData {
  std::vector<Office> offices;
  Catalog catalog;
  Calendar calendar;
  RulesConfig rules;
  CachedDocument offices_doc;
  CachedDocument catalog_doc;
  CachedDocument holidays_doc;
  CachedDocument rules_doc;

  bool office_known(std::string_view code) const;
};

// Throws std::runtime_error naming the file when a data file is missing or invalid.
ReferenceData load_reference_data(const std::filesystem::path& data_dir);

}  // namespace khiw::server
