#include "core/offices.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

#include "core/json_fields.h"

namespace khiw {

namespace {

using nlohmann::json;
using json_fields::required;

// Fields both shapes share; they differ only in the English group key and how the location is flagged.
Office read_office(const json& rec, size_t i, const char* group_en_key) {
  const std::string where = "office #" + std::to_string(i);
  Office o;
  o.code = required<std::string>(rec, "code", where);
  o.name_th = required<std::string>(rec, "name_th", where);
  o.name_en = required<std::string>(rec, "name_en", where);
  o.office_name_th = required<std::string>(rec, "office_name_th", where);
  o.group_th = required<std::string>(rec, "group_th", where);
  o.group_en = required<std::string>(rec, group_en_key, where);
  o.lat = required<double>(rec, "lat", where);
  o.lon = required<double>(rec, "lon", where);
  return o;
}

}  // namespace

const Office* find_office(const std::vector<Office>& offices, std::string_view code) {
  for (const Office& o : offices)
    if (o.code == code) return &o;
  return nullptr;
}

std::vector<Office> offices_from_reference_json(std::string_view text) {
  const std::string what = "offices reference data";
  const json doc = json_fields::parse(text, what);
  std::vector<Office> out;
  for (const json& rec : json_fields::required_array(doc, "offices", what)) {
    Office o = read_office(rec, out.size(), "group_en_gloss");
    o.location_approximate =
        required<std::string>(rec, "coord_type", "office #" + std::to_string(out.size())) != "wikipedia_infobox";
    out.push_back(std::move(o));
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
  const std::string what = "offices";
  const json doc = json_fields::parse_versioned(text, what, kOfficesJsonVersion);
  std::vector<Office> out;
  for (const json& rec : json_fields::required_array(doc, "offices", what)) {
    Office o = read_office(rec, out.size(), "group_en");
    o.location_approximate = required<bool>(rec, "location_approximate", "office #" + std::to_string(out.size()));
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace khiw
