// "Where should I go": the map of Bangkok's districts with each office's live waiting count, the list
// ranked by travel + wait, the office card, and where the citizen is (asked only when they tap "my
// location"; otherwise a district they choose or a point they tap, remembered on the device).
#pragma once
#include <array>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/districts.h"
#include "core/effects.h"
#include "core/live_counts.h"
#include "core/map_markers.h"
#include "core/map_view.h"
#include "core/navigation.h"
#include "core/reference_state.h"

namespace khiw {

enum class NearbyMode { Map, List };
enum class PlaceSource { None, Device, District, MapTap };
enum class PlaceProblem { None, Asking, Denied, Unavailable, OutsideBangkok };

struct Nearby {
  NearbyMode mode = NearbyMode::Map;
  LoadStatus districts_status = LoadStatus::Idle;
  std::vector<District> districts;
  // Each district's outline cut into triangles once, when loaded (Bangkok's districts have one ring each).
  std::vector<std::vector<std::array<int, 3>>> fills;
  MapView view;  // width 0 until the map is first drawn; then all of Bangkok
  ScreenPoint map_origin;  // the map's top-left corner on the canvas, framebuffer px
  int pinch_generation = 0;  // counts pinch steps: a press during which one happened is not a tap
  bool pinching = false;     // two fingers down: the one that went down first is no tap either
  std::string selected;  // the office whose card is open
  std::string search;
  std::optional<GeoPoint> here;
  PlaceSource source = PlaceSource::None;
  PlaceProblem problem = PlaceProblem::None;
  bool choosing_place = false;  // the fallback: pick a district from a list or tap the map
  std::string saved_district;   // the remembered choice, applied once the districts are loaded
  LivePoll live;
};

inline constexpr const char* kPlaceSetting = "khiw.district";  // a district code, never coordinates
// A marker within this many CSS px of a tap is hit (a fingertip).
inline constexpr double kMarkerTapRadiusCss = 22;

// Emitted by the map and list screens.
struct SetNearbyMode { NearbyMode mode = NearbyMode::Map; };
struct MapViewport { ScreenPoint origin; double width_px = 0; double height_px = 0; };  // the map moved or resized
struct PanMap { double dx = 0; double dy = 0; };
struct ZoomMap { double factor = 1; ScreenPoint anchor; };
struct PinchMap { ScreenPoint old_a, old_b, new_a, new_b; };  // canvas px, from the shell's touch bridge
struct PinchEnded {};
struct TapMap { ScreenPoint at; double radius_px = 0; };
struct SelectOffice { std::string code; };  // "" closes the card
struct AskLocation {};
struct ChoosePlace { bool open = true; };   // show or hide the fallback
struct ChooseDistrict { std::string code; };
// Delivered by the shell.
struct LocationFound { double lat = 0; double lon = 0; };
struct LocationFailed { bool denied = false; };
struct PageVisibility { bool visible = true; };

using NearbyIntent = std::variant<SetNearbyMode, MapViewport, PanMap, ZoomMap, PinchMap, PinchEnded, TapMap,
                                  SelectOffice, AskLocation, ChoosePlace, ChooseDistrict, LocationFound,
                                  LocationFailed, PageVisibility>;

struct NearbyContext {
  const ReferenceState& ref;
  UnixSeconds now = 0;
};

std::vector<Effect> apply_nearby_intent(Nearby& nearby, NearbyContext ctx, const NearbyIntent& intent);
// The thinned district map served beside the bundle (built from data/districts.geojson).
std::vector<Effect> load_districts(Nearby& nearby);
void apply_districts_reply(Nearby& nearby, int status, const std::string& body);

std::vector<MapMarker> office_markers(const std::vector<Office>& offices);

}  // namespace khiw
