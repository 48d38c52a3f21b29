#include "core/catalog.h"

#include <algorithm>
#include <array>

#include "core/json_fields.h"

namespace khiw {

namespace {

using json_fields::json;
using json_fields::optional;
using json_fields::required;

// Services taken with the Bang Khae pre-service request form (laser code, copies, pickup date): certified
// copies prepared ahead of the visit. A product decision from issue 4; the source data has no such field.
constexpr std::array<std::string_view, 1> kPreServiceRequestServices = {"house_reg_copy"};

bool needs_pre_service(std::string_view id) {
  return std::find(kPreServiceRequestServices.begin(), kPreServiceRequestServices.end(), id) !=
         kPreServiceRequestServices.end();
}

std::string text_or_empty(const json& rec, const char* key, const std::string& where) {
  return optional<std::string>(rec, key, where).value_or("");
}

std::string trim(std::string_view s, std::string_view junk = " ") {
  const size_t first = s.find_first_not_of(junk);
  if (first == std::string_view::npos) return "";
  return std::string(s.substr(first, s.find_last_not_of(junk) - first + 1));
}

bool is_latin_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::optional<std::vector<Document>> read_documents(const json& rec, const std::string& where, bool api_shape) {
  const auto it = rec.find("documents");
  if (it == rec.end() || it->is_null()) return std::nullopt;
  if (!it->is_array()) throw std::invalid_argument(where + ": \"documents\" must be an array");
  std::vector<Document> docs;
  for (const json& d : *it) {
    if (api_shape) {
      docs.push_back({required<std::string>(d, "name", where), text_or_empty(d, "explanation", where),
                      text_or_empty(d, "name_th", where), text_or_empty(d, "name_en", where)});
    } else {
      if (!d.is_string()) throw std::invalid_argument(where + ": documents must be strings");
      docs.push_back(document_from_source_text(d.get<std::string>()));
    }
  }
  return docs;
}

Section read_section(const json& rec, const std::string& where, const char* summary_key) {
  return {required<std::string>(rec, "id", where), required<std::string>(rec, "name_th", where),
          required<std::string>(rec, "name_en", where), text_or_empty(rec, summary_key, where)};
}

Service read_service(const json& rec, const std::string& where, bool api_shape) {
  Service s;
  s.id = required<std::string>(rec, "id", where);
  s.section_id = required<std::string>(rec, api_shape ? "section_id" : "department", where);
  s.name_th = required<std::string>(rec, "name_th", where);
  s.name_en = required<std::string>(rec, "name_en", where);
  s.documents = read_documents(rec, where, api_shape);
  s.fee_thb = optional<int>(rec, "fee_thb", where);
  s.fee_note = text_or_empty(rec, "fee_note", where);
  s.processing_time = optional<std::string>(rec, api_shape ? "processing_time" : "service_time", where);
  s.legal_deadline = optional<std::string>(rec, "legal_deadline", where);
  s.needs_pre_service_request =
      api_shape ? required<bool>(rec, "needs_pre_service_request", where) : needs_pre_service(s.id);
  return s;
}

ExpressPoint read_express_point(const json& rec, const std::string& where, const char* status_key) {
  ExpressPoint p;
  p.id = required<int>(rec, "id", where);
  p.venue_th = optional<std::string>(rec, "venue_th", where);
  p.venue_en = optional<std::string>(rec, "venue_en", where);
  p.district_code = required<std::string>(rec, "district_code", where);
  p.district_th = required<std::string>(rec, "district_th", where);
  p.lat = optional<double>(rec, "lat", where);
  p.lon = optional<double>(rec, "lon", where);
  p.status = text_or_empty(rec, status_key, where);
  return p;
}

// Every service must name a known section: a typo in the data would otherwise hide it.
void check_links(const Catalog& c, const std::string& what) {
  for (const Service& s : c.services)
    if (!find_section(c, s.section_id))
      throw std::invalid_argument(what + ": service \"" + s.id + "\" names unknown section \"" + s.section_id + "\"");
}

template <typename T>
json optional_json(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

}  // namespace

Document document_from_source_text(std::string text) {
  Document d;
  size_t open = text.find(" (");
  while (open != std::string::npos && !(open + 2 < text.size() && is_latin_letter(text[open + 2])))
    open = text.find(" (", open + 2);
  const size_t close = open == std::string::npos ? open : text.find(')', open);
  if (close == std::string::npos) {
    d.name_th = trim(text);
  } else {
    d.name_th = trim(std::string_view(text).substr(0, open));
    d.name_en = text.substr(open + 2, close - open - 2);
    if (std::string tail = trim(std::string_view(text).substr(close + 1), " -;"); !tail.empty())
      d.name_en += "; " + tail;
  }
  d.name = std::move(text);
  return d;
}

Catalog catalog_from_reference_json(std::string_view departments_json, std::string_view express_points_json) {
  const json deps = json_fields::parse(departments_json, "departments reference data");
  const json points = json_fields::parse(express_points_json, "express points reference data");
  Catalog c;
  size_t i = 0;
  for (const json& rec : json_fields::required_array(deps, "departments", "departments reference data"))
    c.sections.push_back(read_section(rec, "department #" + std::to_string(i++), "summary"));
  i = 0;
  for (const json& rec : json_fields::required_array(deps, "services", "departments reference data"))
    c.services.push_back(read_service(rec, "service #" + std::to_string(i++), false));
  i = 0;
  for (const json& rec : json_fields::required_array(points, "points", "express points reference data"))
    c.express_points.push_back(read_express_point(rec, "express point #" + std::to_string(i++), "status_as_of_source"));
  check_links(c, "departments reference data");
  return c;
}

std::string catalog_to_json(const Catalog& c) {
  json sections = json::array();
  for (const Section& s : c.sections)
    sections.push_back({{"id", s.id}, {"name_th", s.name_th}, {"name_en", s.name_en}, {"summary_en", s.summary_en}});
  json services = json::array();
  for (const Service& s : c.services) {
    json docs = nullptr;
    if (s.documents) {
      docs = json::array();
      for (const Document& d : *s.documents)
        docs.push_back(
            {{"name", d.name}, {"explanation", d.explanation}, {"name_th", d.name_th}, {"name_en", d.name_en}});
    }
    services.push_back({{"id", s.id},
                        {"section_id", s.section_id},
                        {"name_th", s.name_th},
                        {"name_en", s.name_en},
                        {"documents", docs},
                        {"fee_thb", optional_json(s.fee_thb)},
                        {"fee_note", s.fee_note},
                        {"processing_time", optional_json(s.processing_time)},
                        {"legal_deadline", optional_json(s.legal_deadline)},
                        {"needs_pre_service_request", s.needs_pre_service_request}});
  }
  json points = json::array();
  for (const ExpressPoint& p : c.express_points)
    points.push_back({{"id", p.id},
                      {"venue_th", optional_json(p.venue_th)},
                      {"venue_en", optional_json(p.venue_en)},
                      {"district_code", p.district_code},
                      {"district_th", p.district_th},
                      {"lat", optional_json(p.lat)},
                      {"lon", optional_json(p.lon)},
                      {"status", p.status}});
  return json{{"version", kCatalogJsonVersion}, {"sections", sections}, {"services", services},
              {"express_points", points}}
      .dump();
}

Catalog catalog_from_json(std::string_view text) {
  const json doc = json_fields::parse_versioned(text, "catalog", kCatalogJsonVersion);
  Catalog c;
  size_t i = 0;
  for (const json& rec : json_fields::required_array(doc, "sections", "catalog"))
    c.sections.push_back(read_section(rec, "catalog section #" + std::to_string(i++), "summary_en"));
  i = 0;
  for (const json& rec : json_fields::required_array(doc, "services", "catalog"))
    c.services.push_back(read_service(rec, "catalog service #" + std::to_string(i++), true));
  i = 0;
  for (const json& rec : json_fields::required_array(doc, "express_points", "catalog"))
    c.express_points.push_back(read_express_point(rec, "catalog express point #" + std::to_string(i++), "status"));
  check_links(c, "catalog");
  return c;
}

const Section* find_section(const Catalog& catalog, std::string_view id) {
  for (const Section& s : catalog.sections)
    if (s.id == id) return &s;
  return nullptr;
}

const Service* find_service(const Catalog& catalog, std::string_view id) {
  for (const Service& s : catalog.services)
    if (s.id == id) return &s;
  return nullptr;
}

std::vector<const Service*> services_of(const Catalog& catalog, std::string_view section_id) {
  std::vector<const Service*> out;
  for (const Service& s : catalog.services)
    if (s.section_id == section_id) out.push_back(&s);
  return out;
}

}  // namespace khiw
