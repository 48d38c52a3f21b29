#include "ui/nearby_screen.h"

#include <cmath>
#include <cstdio>
#include <functional>

#include "core/office_ranking.h"
#include "ui/map_canvas.h"
#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

std::string distance_text(double metres, Lang lang) {
  char km[16];
  std::snprintf(km, sizeof km, "%.1f", metres / 1000);
  return tr_fill(Msg::DistanceKm, lang, "{km}", km);
}

std::string district_name(const Nearby& n, std::string_view code, Lang lang) {
  for (const District& d : n.districts)
    if (d.code == code) return lang == Lang::Th ? d.name_th : d.name_en;
  return std::string(code);
}

void mode_and_location_row(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const Nearby& n = state.nearby;
  const int picked = card_grid({Card{"mode_map", {{std::string(tr(Msg::NearbyMap, lang))}}, true,
                                     n.mode == NearbyMode::Map ? CardKind::Selected : CardKind::Plain},
                                Card{"mode_list", {{std::string(tr(Msg::NearbyList, lang))}}, true,
                                     n.mode == NearbyMode::List ? CardKind::Selected : CardKind::Plain},
                                Card{"my_location", {{std::string(tr(Msg::MyLocation, lang))}}, true,
                                     CardKind::Primary}},
                               3, out);
  if (picked == 0) out.intents.push_back(SetNearbyMode{NearbyMode::Map});
  if (picked == 1) out.intents.push_back(SetNearbyMode{NearbyMode::List});
  if (picked == 2) out.intents.push_back(AskLocation{});
}

void place_and_live_lines(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const Nearby& n = state.nearby;
  std::string place;
  switch (n.source) {
    case PlaceSource::None: place = tr(Msg::PlaceUnknown, lang); break;
    case PlaceSource::Device: place = tr(Msg::PlaceDevice, lang); break;
    case PlaceSource::District:
    case PlaceSource::MapTap:
      place = tr_fill(Msg::PlaceChosen, lang, "{name}",
                   district_name(n, district_at(n.districts, n.here->lon, n.here->lat), lang));
      break;
  }
  paragraph(place);
  if (!n.choosing_place && button(tr(Msg::ChangePlace, lang), "change_place", out))
    out.intents.push_back(ChoosePlace{true});
  const Msg problem = n.problem == PlaceProblem::Asking        ? Msg::LocationAsking
                      : n.problem == PlaceProblem::Denied      ? Msg::LocationDenied
                      : n.problem == PlaceProblem::Unavailable ? Msg::LocationUnavailable
                                                               : Msg::LocationOutside;
  if (n.problem != PlaceProblem::None) {
    paragraph(tr(problem, lang), n.problem == PlaceProblem::Asking ? 0 : palette::kError);
    record_item("info_place_problem", out, std::string(tr(problem, lang)));
  }
  const LivePoll& live = n.live;
  if (!live.loaded) {
    paragraph(tr(live.failed ? Msg::LiveStale : Msg::LiveLoading, lang));
    return;
  }
  const std::string time = format_clock(bkk_minute_of_day(live.as_of));
  paragraph(tr_fill(live.failed ? Msg::LiveStale : Msg::LiveAsOf, lang, "{time}", time),
            live.failed ? palette::kError : 0);
  record_item("info_live_as_of", out, time);
}

// The fallback when the device's position is not available: a district from the list (or a tap on the map).
void place_chooser(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  heading(tr(Msg::ChoosePlace, lang));
  paragraph(tr(Msg::ChoosePlaceHint, lang));
  std::vector<Card> cards;
  for (const District& d : state.nearby.districts)
    cards.push_back(Card{"district_" + d.code, {{lang == Lang::Th ? d.name_th : d.name_en}}});
  const int picked = card_grid(cards, grid_columns(150, 2), out);
  if (picked >= 0) out.intents.push_back(ChooseDistrict{state.nearby.districts[static_cast<size_t>(picked)].code});
  if (button(tr(Msg::Close, lang), "place_close", out)) out.intents.push_back(ChoosePlace{false});
}

// Name, distance and waiting first, then the two ways in side by side, then each section: on a phone the
// actions stay in view in the panel over the map.
void ranked_office_card(const AppState& state, const RankedRow& row, UiOutput& out) {
  const Lang lang = state.lang;
  const Office& o = *row.office;
  const std::string_view close = tr(Msg::Close, lang);
  const float close_x = ImGui::GetWindowContentRegionMax().x - button_width(close);
  ImGui::PushTextWrapPos(close_x - ImGui::GetStyle().ItemSpacing.x);
  heading(lang == Lang::Th ? o.office_name_th : o.name_en + " District Office");
  ImGui::PopTextWrapPos();
  ImGui::SameLine(close_x);
  if (button(close, "card_close", out)) out.intents.push_back(SelectOffice{""});
  std::string line = tr_n(Msg::WaitingNow, lang, row.waiting) + " · " + wait_text(row.wait_s, lang);
  if (row.distance_m) line = distance_text(*row.distance_m, lang) + " · " + line;
  text_wrapped(line);
  record_item("info_card_waiting", out, std::to_string(row.waiting));
  const auto action = [lang](const char* id, Msg label) {
    return Card{id, {{std::string(tr(label, lang))}}, true, CardKind::Primary};
  };
  const int picked = card_grid({action("book_here", Msg::BookHere), action("walkin_here", Msg::WalkInHere)}, 2, out);
  if (picked == 0) out.intents.push_back(ChooseOffice{o.code});
  if (picked == 1) out.intents.push_back(OpenWalkIn{o.code});
  const std::string as_of = format_clock(bkk_minute_of_day(state.nearby.live.as_of));
  paragraph(tr_fill(Msg::LiveAsOf, lang, "{time}", as_of));
  paragraph(tr(Msg::WaitBySection, lang));
  const auto live = state.nearby.live.counts.offices.find(o.code);
  if (live == state.nearby.live.counts.offices.end() || live->second.sections.empty()) {
    paragraph(tr(Msg::NoQueueToday, lang));
    return;
  }
  for (const auto& [id, s] : live->second.sections)
    text_wrapped(section_name(state.ref.catalog, id, lang) + ": " + tr_n(Msg::WaitingNow, lang, s.waiting) + " · " +
                 wait_text(s.wait_seconds, lang));
}

std::string reason_text(RecommendReason reason, Lang lang) {
  switch (reason) {
    case RecommendReason::NearestShortWait: return std::string(tr(Msg::ReasonNearestShortWait, lang));
    case RecommendReason::SoonerThanNearest: return std::string(tr(Msg::ReasonSoonerThanNearest, lang));
    case RecommendReason::LeastCrowded: return std::string(tr(Msg::ReasonLeastCrowded, lang));
    case RecommendReason::None: break;
  }
  return {};
}

void office_list(const AppState& state, const OfficeRanking& ranking, UiOutput& out) {
  const Lang lang = state.lang;
  text_field({Field::OfficeSearch, tr(Msg::SearchOffices, lang), state.nearby.search, state.nearby.search, "",
              "search", 64, state.flow.focused == Field::OfficeSearch, ""},
             out);
  if (ranking.rows.empty()) {
    paragraph(tr(Msg::NoOfficeMatches, lang));
    return;
  }
  for (size_t i = 0; i < ranking.rows.size(); ++i) {
    const RankedRow& row = ranking.rows[i];
    std::vector<Line> lines{{lang == Lang::Th ? row.office->name_th : row.office->name_en}};
    std::string facts = tr_n(Msg::WaitingNow, lang, row.waiting) + " · " + wait_text(row.wait_s, lang);
    if (row.distance_m) facts = distance_text(*row.distance_m, lang) + " · " + facts;
    lines.push_back({facts, palette::kMuted});
    if (i == 0)
      lines.insert(lines.begin(), {std::string(tr(Msg::Recommended, lang)) + ": " + reason_text(ranking.reason, lang),
                                   palette::kOk});
    const bool selected = row.office->code == state.nearby.selected;
    if (card_button(Card{"row_" + row.office->code, lines, true, selected ? CardKind::Selected : CardKind::Plain}, out))
      out.intents.push_back(SelectOffice{row.office->code});
  }
}

}  // namespace

void draw_nearby_screen(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const Nearby& n = state.nearby;
  if (load_status(state.ref.offices_status, tr(Msg::OfficesLoading, lang), tr(Msg::OfficesLoadFailed, lang),
                  state.ref.offices_error, tr(Msg::Retry, lang), "offices_retry", LoadOffices{}, out))
    return;
  const OfficeRanking ranking = rank_for_citizen(state.ref.rules, state.ref.offices, n.here, n.live.counts,
                                                 n.mode == NearbyMode::List ? n.search : "");
  mode_and_location_row(state, out);
  place_and_live_lines(state, out);
  const RankedRow* selected = nullptr;
  for (const RankedRow& row : ranking.rows)
    if (row.office->code == n.selected) selected = &row;

  if (n.mode == NearbyMode::List) {
    if (selected) ranked_office_card(state, *selected, out);
    if (n.choosing_place) place_chooser(state, out);
    office_list(state, ranking, out);
    return;
  }
  if (n.districts_status == LoadStatus::Failed) {
    paragraph(tr(Msg::MapLoadFailed, lang), palette::kError);
  } else if (n.districts_status != LoadStatus::Ready) {
    paragraph(tr(Msg::MapLoading, lang));
  }
  // The map fills what is left of a phone's screen, at least half of it, and never pushes the card away.
  const float min_height = ImGui::GetMainViewport()->WorkSize.y * 0.5f;
  const float height = std::max(ImGui::GetContentRegionAvail().y, min_height);
  const std::string recommended = ranking.rows.empty() || !n.live.loaded ? "" : ranking.rows.front().office->code;
  std::function<void()> sheet;
  if (selected) sheet = [&] { ranked_office_card(state, *selected, out); };
  draw_map_canvas(state, std::floor(height), recommended, sheet, out);
  if (n.choosing_place) place_chooser(state, out);
}

}  // namespace khiw::ui
