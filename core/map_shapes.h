// Shapes for drawing the district map: rings thinned to what a phone screen can show (done once, when
// the web bundle is built) and cut into triangles, because ImGui fills only convex polygons.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "core/districts.h"

namespace khiw {

// Douglas–Peucker on a closed ring: drops corners closer than `tolerance_deg` to the line their neighbours
// keep. Keeps at least a triangle; a ring of 3 or fewer corners comes back as it is.
GeoRing simplify_ring(const GeoRing& ring, double tolerance_deg);

// Ear clipping of a simple polygon (either winding): ring.size() − 2 triangles of corner indices, fewer
// only when the ring is degenerate (self-touching or collinear corners are skipped rather than looping).
std::vector<std::array<int, 3>> triangulate_ring(const GeoRing& ring);

// The districts back as GeoJSON that districts_from_geojson reads, positions rounded to `decimals`
// (5 ≈ 1 m) and the original properties kept.
std::string districts_to_geojson(const std::vector<District>& districts, int decimals);

}  // namespace khiw
