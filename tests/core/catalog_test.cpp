#include "core/catalog.h"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>

#include "tests/core/reference_data.h"

namespace khiw {
namespace {

using testing::reference_catalog;

TEST(Catalog, TenSectionsEveryServiceInOne) {
  const Catalog& c = reference_catalog();
  ASSERT_EQ(c.sections.size(), 10u);
  std::set<std::string> ids;
  for (const Section& s : c.sections) {
    ids.insert(s.id);
    EXPECT_EQ(s.name_th.rfind("ฝ่าย", 0), 0u) << s.id;
    EXPECT_FALSE(s.name_en.empty()) << s.id;
  }
  EXPECT_EQ(ids.size(), 10u);
  EXPECT_TRUE(ids.count("registration"));
  EXPECT_FALSE(c.services.empty());
  for (const Service& s : c.services) EXPECT_NE(find_section(c, s.section_id), nullptr) << s.id;
  EXPECT_EQ(services_of(c, "registration").size(), 15u);
  EXPECT_TRUE(services_of(c, "education").empty());
}

TEST(Catalog, KeepsUnknownFactsUnknown) {
  const Catalog& c = reference_catalog();
  const Service* renew = find_service(c, "idcard_renew_expired");
  ASSERT_NE(renew, nullptr);
  EXPECT_EQ(renew->documents, std::nullopt);  // "not captured from the sources read"
  EXPECT_EQ(renew->fee_thb, 0);
  const Service* marriage = find_service(c, "marriage");
  ASSERT_NE(marriage, nullptr);
  EXPECT_EQ(marriage->fee_thb, std::nullopt);
  ASSERT_TRUE(marriage->documents);
  EXPECT_EQ(marriage->documents->size(), 5u);
  const Service* change = find_service(c, "idcard_change_address");
  ASSERT_NE(change, nullptr);
  EXPECT_EQ(change->fee_thb, 100);
  EXPECT_EQ(change->processing_time, "15 minutes");
  EXPECT_EQ(find_service(c, "birth")->legal_deadline.value_or("").find("15 days") != std::string::npos, true);
  EXPECT_EQ(find_service(c, "no_such_service"), nullptr);
}

TEST(Catalog, CertifiedHouseRegistrationCopyNeedsThePreServiceRequest) {
  const Catalog& c = reference_catalog();
  EXPECT_TRUE(find_service(c, "house_reg_copy")->needs_pre_service_request);
  EXPECT_EQ(find_service(c, "house_reg_copy")->fee_thb, 20);
  EXPECT_FALSE(find_service(c, "birth")->needs_pre_service_request);
}

TEST(Catalog, DocumentsSplitIntoThaiNameAndEnglishGloss) {
  const Catalog& c = reference_catalog();
  const auto& house = *find_service(c, "house_reg_copy")->documents;
  EXPECT_EQ(house[0].name_th, "บัตรประจำตัวประชาชนของเจ้าบ้าน");
  EXPECT_EQ(house[0].name_en, "house master's ID card");
  EXPECT_EQ(house[1].name_en, "authorisation; if sent by someone else");
  EXPECT_EQ(house[1].name, "หนังสือมอบหมาย (authorisation) if sent by someone else");  // source kept verbatim
  // A Thai parenthesis stays in the Thai name; the gloss is the first one in Latin letters.
  const Document permit = find_service(c, "building_permit")->documents->at(0);
  EXPECT_EQ(permit.name_th, "แบบคำขออนุญาตก่อสร้างอาคาร แบบ ข.1 (หรือ ข.5 กรณีต่ออายุ)");
  EXPECT_EQ(permit.name_en.rfind("application form Kh.1, or Kh.5 for renewal; juristic persons:", 0), 0u);
  const Document tax = find_service(c, "land_building_tax")->documents->at(0);
  EXPECT_EQ(tax.name_en.rfind("tax assessment notice; payment is made", 0), 0u);
  EXPECT_EQ(document_from_source_text("ทะเบียนบ้าน").name_en, "");
  EXPECT_EQ(document_from_source_text("ทะเบียนบ้าน").name_th, "ทะเบียนบ้าน");
  EXPECT_EQ(document_from_source_text("ใบ (ไม่ปิด").name_th, "ใบ (ไม่ปิด");
  for (const Service& s : c.services)
    if (s.documents)
      for (const Document& d : *s.documents) {
        EXPECT_FALSE(d.name_th.empty()) << s.id;
        EXPECT_FALSE(d.name_en.empty()) << s.id << ": " << d.name;
      }
}

TEST(Catalog, ExpressPointsAsFarAsTheDataKnows) {
  const Catalog& c = reference_catalog();
  ASSERT_EQ(c.express_points.size(), 5u);
  EXPECT_EQ(c.express_points[2].district_code, "1001");
  EXPECT_EQ(c.express_points[4].venue_th, std::nullopt);  // Bang Khae venue not in the sources
  for (const ExpressPoint& p : c.express_points) EXPECT_EQ(p.lat, std::nullopt);
}

TEST(Catalog, ApiJsonRoundTrips) {
  const Catalog& c = reference_catalog();
  EXPECT_EQ(catalog_from_json(catalog_to_json(c)), c);
}

TEST(Catalog, MalformedInputIsRejectedWithAReason) {
  EXPECT_THROW(catalog_from_json("[]"), std::invalid_argument);
  EXPECT_THROW(catalog_from_json(R"({"version":9,"sections":[],"services":[],"express_points":[]})"),
               std::invalid_argument);
  const std::string orphan =
      R"({"version":1,"sections":[],"express_points":[],"services":[{"id":"x","section_id":"nowhere",)"
      R"("name_th":"ก","name_en":"x","documents":null,"needs_pre_service_request":false}]})";
  try {
    catalog_from_json(orphan);
    FAIL() << "expected an error";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("nowhere"), std::string::npos) << e.what();
  }
  EXPECT_THROW(catalog_from_reference_json(R"({"departments":[{"id":"a"}],"services":[]})", R"({"points":[]})"),
               std::invalid_argument);
  EXPECT_THROW(catalog_from_reference_json(R"({"departments":[],"services":[]})", R"({"points":[{"id":"1"}]})"),
               std::invalid_argument);
}

}  // namespace
}  // namespace khiw
