// The reference catalog loaded at start from --data-dir, with its served JSON prepared once.
#pragma once
#include <filesystem>
#include <string>
#include <vector>

#include "core/offices.h"

namespace khiw::server {

struct CatalogDocument {
  std::string json;
  std::string etag;
};

struct Catalog {
  std::vector<Office> offices;
  CatalogDocument offices_doc;
};

// Throws std::runtime_error naming the file when a data file is missing or invalid.
Catalog load_catalog(const std::filesystem::path& data_dir);

}  // namespace khiw::server
