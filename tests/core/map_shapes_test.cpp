#include "core/map_shapes.h"

#include <gtest/gtest.h>

#include <cmath>

#include "tests/test_files.h"

namespace khiw {
namespace {

double area_of(const GeoRing& ring) {
  double twice = 0;
  for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
    twice += ring[j].lon * ring[i].lat - ring[i].lon * ring[j].lat;
  return std::abs(twice) / 2;
}

double area_of_triangles(const GeoRing& ring, const std::vector<std::array<int, 3>>& triangles) {
  double sum = 0;
  for (const auto& t : triangles) sum += area_of({ring[t[0]], ring[t[1]], ring[t[2]]});
  return sum;
}

// An L-shaped (concave) hexagon, clockwise like the city's data.
const GeoRing kEll{{0, 0}, {0, 2}, {1, 2}, {1, 1}, {2, 1}, {2, 0}};

TEST(MapShapes, ConcaveRingIsCutIntoTrianglesCoveringItExactly) {
  for (const GeoRing& ring : {kEll, GeoRing(kEll.rbegin(), kEll.rend())}) {
    const auto triangles = triangulate_ring(ring);
    EXPECT_EQ(triangles.size(), ring.size() - 2);
    EXPECT_DOUBLE_EQ(area_of_triangles(ring, triangles), area_of(ring));
    for (const auto& t : triangles) {  // no triangle spills over the notch at (1.5, 1.5)
      const GeoRing tri{ring[t[0]], ring[t[1]], ring[t[2]]};
      EXPECT_GT(area_of(tri), 0);
    }
  }
}

TEST(MapShapes, SimplifyDropsCornersWithinToleranceOnly) {
  GeoRing square{{0, 0}, {0, 0.5}, {0.00001, 1}, {1, 1}, {1, 0}};  // a near-straight corner on the left side
  const GeoRing thin = simplify_ring(square, 0.001);
  EXPECT_EQ(thin, (GeoRing{{0, 0}, {0.00001, 1}, {1, 1}, {1, 0}}));
  EXPECT_EQ(simplify_ring(square, 0), square);
  EXPECT_EQ(simplify_ring(kEll, 0.4).size(), kEll.size());  // the notch corners are 0.45 off the chord: kept
  EXPECT_EQ(simplify_ring(kEll, 1.5).size(), 3u);           // never less than a triangle
}

TEST(MapShapes, BangkokSimplifiedKeepsEveryDistrictItsShapeAndLabel) {
  const std::vector<District> full = districts_from_geojson(testing::read_source_file("data/districts.geojson"));
  std::vector<District> thin = full;
  size_t before = 0, after = 0;
  for (District& d : thin) {
    for (GeoRing& ring : d.rings) {
      before += ring.size();
      ring = simplify_ring(ring, 0.00025);
      after += ring.size();
    }
  }
  EXPECT_LT(after, before / 2);
  const std::vector<District> back = districts_from_geojson(districts_to_geojson(thin, 4));
  ASSERT_EQ(back.size(), full.size());
  for (size_t i = 0; i < full.size(); ++i) {
    SCOPED_TRACE(full[i].name_en);
    EXPECT_EQ(back[i].code, full[i].code);
    EXPECT_EQ(back[i].name_th, full[i].name_th);
    const double a = area_of(full[i].rings[0]), b = area_of(back[i].rings[0]);
    EXPECT_NEAR(b, a, a * 0.02);  // the outline moved by metres, the area by under 2 %
    EXPECT_TRUE(district_contains(back[i], back[i].label));
    EXPECT_EQ(district_at(back, full[i].label.lon, full[i].label.lat), full[i].code);
    const auto triangles = triangulate_ring(back[i].rings[0]);
    EXPECT_EQ(triangles.size(), back[i].rings[0].size() - 2);
    EXPECT_NEAR(area_of_triangles(back[i].rings[0], triangles), b, b * 1e-9);
  }
}

}  // namespace
}  // namespace khiw
