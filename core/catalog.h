// What citizens can come for: 10 sections (ฝ่าย), each office has all of them, their services with the
// documents to bring, fees and processing times; and the Bangkok Express Service points the data knows.
// Unknown facts stay empty (std::nullopt), never invented.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace khiw {

struct Section {
  std::string id;  // "registration"
  std::string name_th;
  std::string name_en;
  std::string summary_en;
  bool operator==(const Section&) const = default;
};

struct Document {
  std::string name;         // as in the source: Thai, "(English gloss)", sometimes a condition in English
  std::string explanation;  // short neutral explanation; empty: the sources give none
  std::string name_th;      // `name` split for display: the Thai part ...
  std::string name_en;      // ... and the English gloss with its condition (empty when there is none)
  bool operator==(const Document&) const = default;
};

// "หนังสือมอบหมาย (authorisation) if sent by someone else" -> {"หนังสือมอบหมาย", "authorisation; if sent by
// someone else"}. The gloss is the first parenthesis opening with a Latin letter.
Document document_from_source_text(std::string text);

struct Service {
  std::string id;          // "house_reg_copy"
  std::string section_id;  // "registration"
  std::string name_th;
  std::string name_en;
  std::optional<std::vector<Document>> documents;  // nullopt: not captured from the sources
  std::optional<int> fee_thb;
  std::string fee_note;
  std::optional<std::string> processing_time;  // e.g. "15 minutes"
  std::optional<std::string> legal_deadline;   // the citizen's deadline, e.g. "within 15 days of birth"
  // Bang Khae-style pre-service request: national ID + laser code, number of copies, pickup date.
  bool needs_pre_service_request = false;
  // A phone number is taken only where staff must reach the citizen: when prepared documents are ready.
  bool needs_mobile() const { return needs_pre_service_request; }
  bool operator==(const Service&) const = default;
};

struct ExpressPoint {
  int id = 0;
  std::optional<std::string> venue_th;
  std::optional<std::string> venue_en;
  std::string district_code;
  std::string district_th;
  std::optional<double> lat;
  std::optional<double> lon;
  std::string status;  // as of the source
  bool operator==(const ExpressPoint&) const = default;
};

struct Catalog {
  std::vector<Section> sections;
  std::vector<Service> services;
  std::vector<ExpressPoint> express_points;
  bool operator==(const Catalog&) const = default;
};

// data/departments.json and data/express_points.json. Throws std::invalid_argument naming the record.
Catalog catalog_from_reference_json(std::string_view departments_json, std::string_view express_points_json);

inline constexpr int kCatalogJsonVersion = 1;
std::string catalog_to_json(const Catalog& catalog);
Catalog catalog_from_json(std::string_view text);  // throws std::invalid_argument

const Section* find_section(const Catalog& catalog, std::string_view id);
const Service* find_service(const Catalog& catalog, std::string_view id);
std::vector<const Service*> services_of(const Catalog& catalog, std::string_view section_id);

}  // namespace khiw
