#include "core/offices.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace khiw {

namespace {

using nlohmann::json;

json parse_or_throw(std::string_view text, const char* what) {
  json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) throw std::invalid_argument(std::string(what) + ": not valid JSON");
  return doc;
}

template <typename T>
T field(const json& rec, const char* key, size_t index) {
  auto it = rec.find(key);
  if (it == rec.end() || it->is_null())
    throw std::invalid_argument("office #" + std::to_string(index) + ": missing \"" + key + "\"");
  try {
    return it->get<T>();
  } catch (const json::exception&) {
    throw std::invalid_argument("office #" + std::to_string(index) + ": \"" + key + "\" has the wrong type");
  }
}

const json& offices_array(const json& doc, const char* what) {
  if (!doc.is_object() || !doc.contains("offices") || !doc["offices"].is_array())
    throw std::invalid_argument(std::string(what) + ": expected an object with an \"offices\" array");
  return doc["offices"];
}

// Fields both shapes share; they differ only in the English group key and how the location is flagged.
Office read_office(const json& rec, size_t i, const char* group_en_key) {
  Office o;
  o.code = field<std::string>(rec, "code", i);
  o.name_th = field<std::string>(rec, "name_th", i);
  o.name_en = field<std::string>(rec, "name_en", i);
  o.office_name_th = field<std::string>(rec, "office_name_th", i);
  o.group_th = field<std::string>(rec, "group_th", i);
  o.group_en = field<std::string>(rec, group_en_key, i);
  o.lat = field<double>(rec, "lat", i);
  o.lon = field<double>(rec, "lon", i);
  return o;
}

}  // namespace

std::vector<Office> offices_from_reference_json(std::string_view text) {
  const json doc = parse_or_throw(text, "offices reference data");
  std::vector<Office> out;
  size_t i = 0;
  for (const json& rec : offices_array(doc, "offices reference data")) {
    Office o = read_office(rec, i, "group_en_gloss");
    o.location_approximate = field<std::string>(rec, "coord_type", i) != "wikipedia_infobox";
    out.push_back(std::move(o));
    ++i;
  }
  return out;
}

std::string offices_to_json(const std::vector<Office>& offices) {
  json list = json::array();
  for (const Office& o : offices) {
    list.push_back({{"code", o.code},
                    {"name_th", o.name_th},
                    {"name_en", o.name_en},
                    {"office_name_th", o.office_name_th},
                    {"group_th", o.group_th},
                    {"group_en", o.group_en},
                    {"lat", o.lat},
                    {"lon", o.lon},
                    {"location_approximate", o.location_approximate}});
  }
  return json{{"version", kOfficesJsonVersion}, {"offices", list}}.dump();
}

std::vector<Office> offices_from_json(std::string_view text) {
  const json doc = parse_or_throw(text, "offices");
  if (doc.value("version", 0) != kOfficesJsonVersion)
    throw std::invalid_argument("offices: unsupported version (expected " +
                                std::to_string(kOfficesJsonVersion) + ")");
  std::vector<Office> out;
  size_t i = 0;
  for (const json& rec : offices_array(doc, "offices")) {
    Office o = read_office(rec, i, "group_en");
    o.location_approximate = field<bool>(rec, "location_approximate", i);
    out.push_back(std::move(o));
    ++i;
  }
  return out;
}

}  // namespace khiw
