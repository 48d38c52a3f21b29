#include "core/nearby.h"

#include <stdexcept>

#include "core/map_shapes.h"

namespace khiw {

namespace {

void set_place(Nearby& n, GeoPoint p, PlaceSource source) {
  n.here = p;
  n.source = source;
  n.problem = PlaceProblem::None;
  n.choosing_place = false;
}

// The remembered district once its shape is known; "" and unknown codes are ignored.
void apply_saved_district(Nearby& n) {
  if (n.here || n.saved_district.empty()) return;
  for (const District& d : n.districts)
    if (d.code == n.saved_district) set_place(n, d.label, PlaceSource::District);
}

struct Apply {
  Nearby& n;
  NearbyContext ctx;

  std::vector<Effect> operator()(const SetNearbyMode& i) const {
    n.mode = i.mode;
    return {};
  }
  std::vector<Effect> operator()(const MapViewport& i) const {
    n.map_origin = i.origin;
    if (n.view.width_px == 0) {
      n.view = bangkok_view(i.width_px, i.height_px);
    } else {
      n.view.width_px = i.width_px;
      n.view.height_px = i.height_px;
      n.view = clamp_view(n.view);
    }
    return {};
  }
  std::vector<Effect> operator()(const PanMap& i) const {
    n.view = pan(n.view, i.dx, i.dy);
    return {};
  }
  std::vector<Effect> operator()(const ZoomMap& i) const {
    n.view = zoom_at(n.view, i.factor, i.anchor);
    return {};
  }
  std::vector<Effect> operator()(const PinchMap& i) const {
    const auto local = [o = n.map_origin](ScreenPoint p) { return ScreenPoint{p.x - o.x, p.y - o.y}; };
    n.view = pinch(n.view, local(i.old_a), local(i.old_b), local(i.new_a), local(i.new_b));
    ++n.pinch_generation;
    n.pinching = true;
    return {};
  }
  std::vector<Effect> operator()(const PinchEnded&) const {
    n.pinching = false;
    return {};
  }
  std::vector<Effect> operator()(const TapMap& i) const {
    if (n.choosing_place) {
      const GeoPoint p = to_geo(n.view, i.at);
      const std::string district = district_at(n.districts, p.lon, p.lat);
      if (district.empty()) {
        n.problem = PlaceProblem::OutsideBangkok;
        return {};
      }
      set_place(n, p, PlaceSource::MapTap);
      return {SaveSetting{kPlaceSetting, district}};
    }
    n.selected = hit_test_markers(n.view, office_markers(ctx.ref.offices), i.at, i.radius_px);
    return {};
  }
  std::vector<Effect> operator()(const SelectOffice& i) const {
    n.selected = i.code;
    return {};
  }
  std::vector<Effect> operator()(const AskLocation&) const {
    n.problem = PlaceProblem::Asking;
    return {RequestLocation{}};
  }
  std::vector<Effect> operator()(const ChoosePlace& i) const {
    n.choosing_place = i.open;
    if (i.open) n.selected.clear();
    return {};
  }
  std::vector<Effect> operator()(const ChooseDistrict& i) const {
    for (const District& d : n.districts) {
      if (d.code != i.code) continue;
      set_place(n, d.label, PlaceSource::District);
      n.view = fit_bounds(n.view, d.bounds, n.view.width_px / 8);
      return {SaveSetting{kPlaceSetting, d.code}};
    }
    return {};
  }
  std::vector<Effect> operator()(const LocationFound& i) const {
    const bool inside = n.districts.empty() ? kBangkokBounds.contains({i.lon, i.lat})
                                            : !district_at(n.districts, i.lon, i.lat).empty();
    if (!inside) {
      n.problem = PlaceProblem::OutsideBangkok;
      n.choosing_place = true;
      return {};
    }
    set_place(n, {i.lon, i.lat}, PlaceSource::Device);
    // About 5 km around the citizen: their district and its neighbours' offices, to compare.
    constexpr double kAroundDeg = 0.045;
    n.view = fit_bounds(n.view, {i.lon - kAroundDeg, i.lat - kAroundDeg, i.lon + kAroundDeg, i.lat + kAroundDeg}, 0);
    return {};
  }
  std::vector<Effect> operator()(const LocationFailed& i) const {
    n.problem = i.denied ? PlaceProblem::Denied : PlaceProblem::Unavailable;
    n.choosing_place = true;
    return {};
  }
  std::vector<Effect> operator()(const PageVisibility& i) const {
    if (std::optional<HttpRequest> poll = set_page_visible(n.live, i.visible, ctx.now)) return {*poll};
    return {};
  }
};

}  // namespace

std::vector<Effect> apply_nearby_intent(Nearby& nearby, NearbyContext ctx, const NearbyIntent& intent) {
  return std::visit(Apply{nearby, ctx}, intent);
}

std::vector<Effect> load_districts(Nearby& nearby) {
  if (nearby.districts_status == LoadStatus::Loading || nearby.districts_status == LoadStatus::Ready) return {};
  nearby.districts_status = LoadStatus::Loading;
  return {http_get(Reply::Districts, "/districts.json")};
}

void apply_districts_reply(Nearby& nearby, int status, const std::string& body) {
  if (status != 200) {
    nearby.districts_status = LoadStatus::Failed;
    return;
  }
  try {
    nearby.districts = districts_from_geojson(body);
    nearby.fills.clear();
    for (const District& d : nearby.districts) nearby.fills.push_back(triangulate_ring(d.rings.front()));
    nearby.districts_status = LoadStatus::Ready;
    apply_saved_district(nearby);
  } catch (const std::invalid_argument&) {
    nearby.districts_status = LoadStatus::Failed;
  }
}

std::vector<MapMarker> office_markers(const std::vector<Office>& offices) {
  std::vector<MapMarker> out;
  out.reserve(offices.size());
  for (const Office& o : offices) out.push_back({o.code, {o.lon, o.lat}});
  return out;
}

}  // namespace khiw
