#include "server-stub/catalog.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include "server-stub/http_json.h"

namespace khiw::server {

namespace {

std::string read_data_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

CatalogDocument document(std::string json) {
  std::string etag = weak_etag(json);
  return {std::move(json), std::move(etag)};
}

}  // namespace

Catalog load_catalog(const std::filesystem::path& data_dir) {
  Catalog catalog;
  try {
    catalog.offices = offices_from_reference_json(read_data_file(data_dir / "offices.json"));
  } catch (const std::invalid_argument& e) {
    throw std::runtime_error((data_dir / "offices.json").string() + ": " + e.what());
  }
  catalog.offices_doc = document(offices_to_json(catalog.offices));
  return catalog;
}

}  // namespace khiw::server
