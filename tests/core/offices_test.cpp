#include "core/offices.h"

#include <gtest/gtest.h>

#include <set>
#include <stdexcept>

#include "tests/test_files.h"

namespace khiw {
namespace {

std::vector<Office> reference_offices() {
  return offices_from_reference_json(testing::read_source_file("data/offices.json"));
}

TEST(Offices, ReferenceDataHasTheFiftyDistrictOffices) {
  const auto offices = reference_offices();
  ASSERT_EQ(offices.size(), 50u);
  std::set<std::string> codes;
  for (const Office& o : offices) {
    codes.insert(o.code);
    EXPECT_FALSE(o.name_th.empty());
    EXPECT_FALSE(o.name_en.empty());
    // Every office lies inside Bangkok's bounding box.
    EXPECT_GT(o.lat, 13.4) << o.code;
    EXPECT_LT(o.lat, 14.0) << o.code;
    EXPECT_GT(o.lon, 100.3) << o.code;
    EXPECT_LT(o.lon, 101.0) << o.code;
  }
  EXPECT_EQ(codes.size(), 50u);
  EXPECT_EQ(*codes.begin(), "1001");
  EXPECT_EQ(*codes.rbegin(), "1050");
  EXPECT_EQ(offices.front().name_th, "เขตพระนคร");
  EXPECT_EQ(offices.front().name_en, "Phra Nakhon");
}

TEST(Offices, CentroidLocationsAreFlaggedApproximate) {
  int approximate = 0;
  for (const Office& o : reference_offices()) approximate += o.location_approximate;
  EXPECT_EQ(approximate, 3);  // บางแค, คันนายาว, ทวีวัฒนา per data/SOURCES.md
}

TEST(Offices, ApiJsonRoundTrips) {
  const auto offices = reference_offices();
  EXPECT_EQ(offices_from_json(offices_to_json(offices)), offices);
}

TEST(Offices, MalformedInputIsRejectedWithAReason) {
  EXPECT_THROW(offices_from_json("not json"), std::invalid_argument);
  EXPECT_THROW(offices_from_json(R"({"version":2,"offices":[]})"), std::invalid_argument);
  EXPECT_THROW(offices_from_json(R"({"version":1})"), std::invalid_argument);
  try {
    offices_from_json(R"({"version":1,"offices":[{"code":"1001"}]})");
    FAIL() << "expected an error";
  } catch (const std::invalid_argument& e) {
    EXPECT_NE(std::string(e.what()).find("name_th"), std::string::npos) << e.what();
  }
  EXPECT_THROW(offices_from_json(R"({"version":1,"offices":[{"code":1001}]})"), std::invalid_argument);
}

}  // namespace
}  // namespace khiw
