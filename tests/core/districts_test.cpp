#include "core/districts.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "core/offices.h"
#include "tests/test_files.h"

namespace khiw {
namespace {

const std::vector<District>& reference_districts() {
  static const std::vector<District> districts =
      districts_from_geojson(testing::read_source_file("data/districts.geojson"));
  return districts;
}

std::string feature(const std::string& geometry, const std::string& code = "1001") {
  return R"({"type":"Feature","properties":{"code":")" + code + R"(","name_th":"เขตทดสอบ","name_en":"Test"},)" +
         R"("geometry":)" + geometry + "}";
}

std::string collection(const std::string& features) {
  return R"({"type":"FeatureCollection","features":[)" + features + "]}";
}

// A 10 × 10 square with a 4 × 4 hole in its middle, and a separate 2 × 2 island to its east.
const std::string kSquareWithHoleAndIsland = R"({"type":"MultiPolygon","coordinates":[
  [[[0,0],[10,0],[10,10],[0,10],[0,0]], [[3,3],[3,7],[7,7],[7,3],[3,3]]],
  [[[20,0],[22,0],[22,2],[20,2],[20,0]]]]})";

std::string error_of(const std::string& text) {
  try {
    districts_from_geojson(text);
  } catch (const std::invalid_argument& e) {
    return e.what();
  }
  return "no error";
}

TEST(District, ReferenceFileHasTheFiftyDistricts) {
  const auto& districts = reference_districts();
  ASSERT_EQ(districts.size(), 50u);
  for (size_t i = 0; i < districts.size(); ++i) {
    const District& d = districts[i];
    EXPECT_EQ(d.code, std::to_string(1001 + i));
    EXPECT_FALSE(d.name_th.empty()) << d.code;
    EXPECT_FALSE(d.name_en.empty()) << d.code;
    ASSERT_FALSE(d.rings.empty()) << d.code;
    for (const GeoRing& ring : d.rings) {
      EXPECT_GE(ring.size(), 3u) << d.code;
      EXPECT_NE(ring.front(), ring.back()) << d.code << ": closing point kept";
      for (const GeoPoint& p : ring) EXPECT_TRUE(d.bounds.contains(p)) << d.code;
    }
  }
  EXPECT_EQ(districts.front().name_th, "เขตพระนคร");
  EXPECT_EQ(districts.front().name_en, "Phra Nakhon");
  EXPECT_EQ(districts.front().bounds.min_lon, 100.48765);  // its westernmost vertex in the file
}

TEST(District, EachLabelPointLiesInItsOwnDistrict) {
  for (const District& d : reference_districts())
    EXPECT_EQ(district_at(reference_districts(), d.label.lon, d.label.lat), d.code) << d.name_en;
}

TEST(District, EachOfficeWithAKnownLocationLiesInItsOwnDistrict) {
  const auto offices = offices_from_reference_json(testing::read_source_file("data/offices.json"));
  int checked = 0;
  for (const Office& o : offices) {
    if (o.location_approximate) continue;
    ++checked;
    EXPECT_EQ(district_at(reference_districts(), o.lon, o.lat), o.code) << o.name_en;
  }
  EXPECT_EQ(checked, 47);
}

TEST(District, ApproximateOfficesSitAtTheLabelPoint) {
  // The 3 offices without a known location were placed at their polygon's centroid by the data's own
  // script (data/SOURCES.md), computed from the unsimplified polygon: the same point to about 10 m.
  const auto offices = offices_from_reference_json(testing::read_source_file("data/offices.json"));
  for (const Office& o : offices) {
    if (!o.location_approximate) continue;
    const District& d = reference_districts().at(std::stoul(o.code) - 1001);
    EXPECT_NEAR(d.label.lon, o.lon, 1e-4) << o.name_en;
    EXPECT_NEAR(d.label.lat, o.lat, 1e-4) << o.name_en;
  }
}

TEST(District, OutsideBangkokIsNoDistrict) {
  EXPECT_EQ(district_at(reference_districts(), 100.2, 13.75), "");   // west of Thonburi, Nakhon Pathom
  EXPECT_EQ(district_at(reference_districts(), 100.55, 13.45), "");  // the Gulf, south of Bang Khun Thian
}

TEST(District, HolesAndMultiPolygonsAreHonoured) {
  const auto districts = districts_from_geojson(collection(feature(kSquareWithHoleAndIsland)));
  ASSERT_EQ(districts.size(), 1u);
  const District& d = districts.front();
  EXPECT_EQ(d.rings.size(), 3u);
  EXPECT_EQ(d.bounds, (GeoBounds{0, 0, 22, 10}));
  EXPECT_EQ(district_at(districts, 1, 1), "1001");
  EXPECT_EQ(district_at(districts, 5, 5), "");  // in the hole
  EXPECT_EQ(district_at(districts, 21, 1), "1001");
  EXPECT_EQ(district_at(districts, 15, 1), "");  // between the parts, inside the bounding box
  // The largest ring's centroid (5, 5) is in the hole, so the label moves along the parallel y = 5 to
  // the middle of the wider stretch still inside: from 0 to 3 and from 7 to 10 tie, the first wins.
  EXPECT_EQ(d.label, (GeoPoint{1.5, 5}));
  EXPECT_EQ(district_at(districts, d.label.lon, d.label.lat), "1001");
}

TEST(District, ConvexLabelIsTheAreaWeightedCentroid) {
  // A right triangle's centroid is the mean of its corners.
  const auto d =
      districts_from_geojson(collection(feature(R"({"type":"Polygon","coordinates":[[[0,0],[6,0],[0,3],[0,0]]]})")));
  EXPECT_DOUBLE_EQ(d.front().label.lon, 2);
  EXPECT_DOUBLE_EQ(d.front().label.lat, 1);
}

TEST(District, MalformedInputNamesTheFeature) {
  EXPECT_EQ(error_of("{"), "districts: not valid JSON");
  EXPECT_EQ(error_of(R"({"type":"FeatureCollection"})"), "districts: expected an array \"features\"");
  EXPECT_EQ(error_of(R"({"features":[{"geometry":{}}]})"), "district feature #0: expected an object \"properties\"");
  EXPECT_EQ(error_of(collection(feature(R"({"type":"Point","coordinates":[100.5,13.7]})", "1007"))),
            "district feature #0 (code 1007): unsupported geometry type \"Point\"");
  EXPECT_EQ(error_of(collection(feature(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]})"))),
            "district feature #0 (code 1001): a ring is not closed");
  EXPECT_EQ(error_of(collection(feature(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]})"))),
            "district feature #0 (code 1001): a ring has fewer than 4 positions");
  EXPECT_EQ(error_of(collection(feature(R"({"type":"Polygon","coordinates":[[[0,0],[1,"x"],[1,1],[0,0]]]})"))),
            "district feature #0 (code 1001): a position is not [lon, lat]");
  EXPECT_EQ(error_of(collection(feature(R"({"type":"Polygon","coordinates":[]})"))),
            "district feature #0 (code 1001): a polygon has no rings");
  EXPECT_EQ(error_of(collection(feature(R"({"type":"Polygon"})"))),
            "district feature #0 (code 1001) geometry: expected an array \"coordinates\"");
  EXPECT_EQ(error_of(R"({"features":[{"properties":{"code":1001},"geometry":{}}]})"),
            "district feature #0: \"code\" has the wrong type");
  // The same code twice.
  const std::string triangle = feature(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,0]]]})");
  EXPECT_EQ(error_of(collection(triangle + "," + triangle)), "district feature #1 (code 1001): code repeated");
}

}  // namespace
}  // namespace khiw
