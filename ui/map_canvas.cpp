#include "ui/map_canvas.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <vector>

#include "core/bkk_time.h"
#include "core/thai_shaping.h"
#include "ui/theme.h"
#include "ui/touch_scroll.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

constexpr ImU32 kLand = IM_COL32(236, 234, 226, 255);
constexpr ImU32 kWater = IM_COL32(206, 224, 238, 255);  // beyond Bangkok: the page behind the city
constexpr ImU32 kBorder = IM_COL32(150, 146, 136, 255);
constexpr ImU32 kHome = IM_COL32(26, 115, 232, 255);
constexpr ImU32 kRecommendedRing = IM_COL32(240, 170, 0, 255);
constexpr ImU32 kExpress = IM_COL32(106, 27, 154, 255);
constexpr float kMarkerRadiusCss = 15;
constexpr float kMarkerMinRadiusCss = 10;
// Drags shorter than this (CSS px) are taps: a finger never lands perfectly still.
constexpr float kTapSlopCss = 8;
constexpr float kZoomStep = 1.6f;
constexpr float kSheetShare = 0.55f;  // of the map's height, for the office card

ImU32 marker_fill(int waiting) {
  switch (marker_colour(waiting)) {
    case MarkerColour::Green: return IM_COL32(34, 139, 70, 255);
    case MarkerColour::Amber: return IM_COL32(214, 128, 0, 255);
    case MarkerColour::Red: return IM_COL32(196, 32, 32, 255);
  }
  return palette::kMuted;
}

ImVec2 on_canvas(const MapView& view, ImVec2 origin, GeoPoint p) {
  const ScreenPoint s = to_screen(view, p);
  return {origin.x + static_cast<float>(s.x), origin.y + static_cast<float>(s.y)};
}

void draw_districts(const Nearby& n, ImVec2 origin, ImDrawList* dl) {
  std::vector<ImVec2> points;
  for (size_t i = 0; i < n.districts.size(); ++i) {
    const GeoRing& ring = n.districts[i].rings.front();
    points.clear();
    for (const GeoPoint& p : ring) points.push_back(on_canvas(n.view, origin, p));
    if (i < n.fills.size())
      for (const auto& t : n.fills[i]) dl->AddTriangleFilled(points[t[0]], points[t[1]], points[t[2]], kLand);
    dl->AddPolyline(points.data(), static_cast<int>(points.size()), kBorder, ImDrawFlags_Closed, css_px());
  }
}

// Names where they fit inside their district and clear of names already drawn.
void draw_district_names(const Nearby& n, Lang lang, ImVec2 origin, ImDrawList* dl) {
  std::vector<ImVec4> taken;
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize() * 0.75f;
  for (const District& d : n.districts) {
    const std::string name = shape_thai(lang == Lang::Th ? d.name_th : d.name_en);
    const ImVec2 text = font->CalcTextSizeA(size, FLT_MAX, 0, name.c_str());
    const ImVec2 lo = on_canvas(n.view, origin, {d.bounds.min_lon, d.bounds.max_lat});
    const ImVec2 hi = on_canvas(n.view, origin, {d.bounds.max_lon, d.bounds.min_lat});
    if (text.x > (hi.x - lo.x) * 0.8f || text.y > (hi.y - lo.y) * 0.5f) continue;
    const ImVec2 at = on_canvas(n.view, origin, d.label);
    const ImVec4 box(at.x - text.x / 2, at.y - text.y / 2, at.x + text.x / 2, at.y + text.y / 2);
    const bool overlaps = std::any_of(taken.begin(), taken.end(), [&](const ImVec4& o) {
      return box.x < o.z && o.x < box.z && box.y < o.w && o.y < box.w;
    });
    if (overlaps) continue;
    taken.push_back(box);
    dl->AddText(font, size, ImVec2(box.x, box.y), palette::kMuted, name.c_str());
  }
}

void draw_markers(const AppState& state, ImVec2 origin, const std::string& recommended, ImDrawList* dl,
                  UiOutput& out) {
  const Nearby& n = state.nearby;
  // Small while all of Bangkok is in view (50 offices crowd the centre), full size closer in.
  const float closeness = static_cast<float>(std::clamp((n.view.zoom / min_zoom(n.view) - 1) / 2, 0.0, 1.0));
  const float r = (kMarkerMinRadiusCss + (kMarkerRadiusCss - kMarkerMinRadiusCss) * closeness) * css_px();
  ImFont* font = ImGui::GetFont();
  const float size = std::min(ImGui::GetFontSize() * 0.8f, r * 1.4f);
  const ImVec2 view_min = dl->GetClipRectMin(), view_max = dl->GetClipRectMax();
  for (const Office& o : state.ref.offices) {
    const ImVec2 c = on_canvas(n.view, origin, {o.lon, o.lat});
    const int waiting = waiting_at(n.live.counts, o.code);
    if (o.code == recommended) dl->AddCircle(c, r + 4 * css_px(), kRecommendedRing, 0, 4 * css_px());
    dl->AddCircleFilled(c, r, marker_fill(waiting));
    dl->AddCircle(c, r, o.code == n.selected ? palette::kBlack : palette::kWhite, 0,
                  (o.code == n.selected ? 3.0f : 1.5f) * css_px());
    const std::string label = n.live.loaded ? std::to_string(waiting) : "·";
    const ImVec2 t = font->CalcTextSizeA(size, FLT_MAX, 0, label.c_str());
    dl->AddText(font, size, ImVec2(c.x - t.x / 2, c.y - t.y / 2), palette::kWhite, label.c_str());
    // Named by its tap area (core's hit test, a fingertip) as far as it lies in view.
    const float tap = static_cast<float>(kMarkerTapRadiusCss) * css_px();
    if (c.x < view_min.x || c.x > view_max.x || c.y < view_min.y || c.y > view_max.y) continue;
    const ImVec2 a(std::max(c.x - tap, view_min.x), std::max(c.y - tap, view_min.y));
    const ImVec2 b(std::min(c.x + tap, view_max.x), std::min(c.y + tap, view_max.y));
    record_rect(out, "marker_" + o.code, a, ImVec2(b.x - a.x, b.y - a.y), std::to_string(waiting));
  }
  if (n.here) {
    const ImVec2 c = on_canvas(n.view, origin, *n.here);
    dl->AddCircleFilled(c, 8 * css_px(), palette::kWhite);
    dl->AddCircleFilled(c, 6 * css_px(), kHome);
  }
}

void draw_diamond(ImDrawList* dl, ImVec2 c, float r, ImU32 colour) {
  dl->AddQuadFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r), ImVec2(c.x - r, c.y), colour);
}

// Where an express point is: its own position when the data has one, else beside its district's label (the
// data names only the district for most of them; the legend says the place is approximate).
std::optional<GeoPoint> express_point_at(const ExpressPoint& p, const Nearby& n) {
  if (p.lat && p.lon) return GeoPoint{*p.lon, *p.lat};
  for (const District& d : n.districts)
    if (d.code == p.district_code) return GeoPoint{d.label.lon + (d.bounds.max_lon - d.label.lon) / 3, d.label.lat};
  return std::nullopt;
}

void draw_express_points(const AppState& state, ImVec2 origin, ImDrawList* dl) {
  for (const ExpressPoint& p : state.ref.catalog.express_points)
    if (const auto at = express_point_at(p, state.nearby))
      draw_diamond(dl, on_canvas(state.nearby.view, origin, *at), 9 * css_px(), kExpress);
}

void draw_legend(const AppState& state, ImVec2 corner, ImDrawList* dl) {
  const Lang lang = state.lang;
  const float pad = 6 * css_px(), dot = 7 * css_px();
  const float size = ImGui::GetFontSize() * 0.75f;
  ImFont* font = ImGui::GetFont();
  const struct {
    int waiting;
    Msg label;
  } rows[] = {{0, Msg::LegendGreen}, {kGreenMaxWaiting + 1, Msg::LegendAmber}, {kAmberMaxWaiting + 1, Msg::LegendRed}};
  std::vector<std::string> texts;
  float width = 0;
  for (const Msg label : {rows[0].label, rows[1].label, rows[2].label, Msg::LegendExpress}) {
    texts.push_back(shape_thai(tr(label, lang)));
    width = std::max(width, font->CalcTextSizeA(size, FLT_MAX, 0, texts.back().c_str()).x);
  }
  const float line = size * 1.3f;
  const ImVec2 min(corner.x + pad, corner.y - pad - line * static_cast<float>(texts.size()) - 2 * pad);
  dl->AddRectFilled(min, ImVec2(min.x + width + dot * 2 + 3 * pad, corner.y - pad), IM_COL32(255, 255, 255, 230),
                    4 * css_px());
  for (size_t i = 0; i < texts.size(); ++i) {
    const float y = min.y + pad + line * static_cast<float>(i);
    const ImVec2 mark(min.x + pad + dot, y + line / 2);
    if (i < std::size(rows)) dl->AddCircleFilled(mark, dot, marker_fill(rows[i].waiting));
    else draw_diamond(dl, mark, dot, kExpress);
    dl->AddText(font, size, ImVec2(min.x + 2 * pad + 2 * dot, y + (line - size) / 2), palette::kBlack,
                texts[i].c_str());
  }
}

// Drag pans; a short press is a tap unless a pinch happened during it; the wheel zooms at the cursor.
void handle_input(const Nearby& n, ImVec2 origin, UiOutput& out) {
  ImGuiIO& io = ImGui::GetIO();
  const ImGuiID press_key = ImGui::GetID("map_press_pinches");
  ImGuiStorage* storage = ImGui::GetStateStorage();
  if (ImGui::IsItemActivated()) storage->SetInt(press_key, n.pinch_generation);
  const bool pinched = n.pinching || storage->GetInt(press_key, n.pinch_generation) != n.pinch_generation;
  if (ImGui::IsItemActive() && !pinched && (io.MouseDelta.x != 0 || io.MouseDelta.y != 0) &&
      ImGui::IsMouseDragging(ImGuiMouseButton_Left, kTapSlopCss * css_px()))
    out.intents.push_back(PanMap{io.MouseDelta.x, io.MouseDelta.y});
  if (ImGui::IsItemDeactivated() && !pinched) {
    const ImVec2 drag = ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0);
    if (std::hypot(drag.x, drag.y) < kTapSlopCss * css_px())
      out.intents.push_back(
          TapMap{{io.MousePos.x - origin.x, io.MousePos.y - origin.y}, kMarkerTapRadiusCss * css_px()});
  }
  // One wheel unit is 120 CSS px of the browser's wheel (shell/main_web.cpp); a mouse notch of 100 px
  // zooms about 1.8 times.
  if (ImGui::IsItemHovered() && io.MouseWheel != 0)
    out.intents.push_back(ZoomMap{std::pow(2.0, io.MouseWheel), {io.MousePos.x - origin.x, io.MousePos.y - origin.y}});
}

void zoom_buttons(const Nearby& n, ImVec2 origin, float width, UiOutput& out) {
  const float side = touch_height();
  const float x = origin.x + width - side - 8 * css_px();
  const ScreenPoint centre{n.view.width_px / 2, n.view.height_px / 2};
  ImGui::SetCursorScreenPos(ImVec2(x, origin.y + 8 * css_px()));
  if (button("+", "zoom_in", out)) out.intents.push_back(ZoomMap{kZoomStep, centre});
  ImGui::SetCursorScreenPos(ImVec2(x, origin.y + 16 * css_px() + side));
  if (button("-", "zoom_out", out)) out.intents.push_back(ZoomMap{1 / kZoomStep, centre});
}

}  // namespace

void draw_map_canvas(const AppState& state, float height, const std::string& recommended,
                     const std::function<void()>& sheet, UiOutput& out) {
  const Nearby& n = state.nearby;
  // A child window of its own: a drag here pans the map instead of scrolling the screen.
  ImGui::BeginChild("map_area", ImVec2(0, height), false,
                    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  if (width != static_cast<float>(n.view.width_px) || height != static_cast<float>(n.view.height_px) ||
      origin.x != static_cast<float>(n.map_origin.x) || origin.y != static_cast<float>(n.map_origin.y))
    out.intents.push_back(MapViewport{{origin.x, origin.y}, width, height});

  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 end(origin.x + width, origin.y + height);
  dl->AddRectFilled(origin, end, kWater);
  if (n.view.width_px > 0) {
    draw_districts(n, origin, dl);
    draw_district_names(n, state.lang, origin, dl);
    draw_express_points(state, origin, dl);
    draw_markers(state, origin, recommended, dl, out);
  }
  if (!sheet) draw_legend(state, ImVec2(origin.x, end.y), dl);
  // The buttons before the map's own hit area, so a tap on them is theirs.
  zoom_buttons(n, origin, width, out);
  if (sheet) {
    // A window of its own above the map: taps on it never reach the map, and a long card scrolls.
    const float sheet_height = std::floor(height * kSheetShare);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, end.y - sheet_height));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImGui::GetStyleColorVec4(ImGuiCol_WindowBg));
    ImGui::BeginChild("map_sheet", ImVec2(width, sheet_height), true);
    sheet();
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
  }
  ImGui::SetCursorScreenPos(origin);
  ImGui::InvisibleButton("map", ImVec2(width, height));
  record_item("map", out);
  handle_input(n, origin, out);
  ImGui::EndChild();
}

}  // namespace khiw::ui
