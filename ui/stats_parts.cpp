#include "ui/stats_parts.h"

#include <cstdio>

#include "ui/bar_chart.h"
#include "ui/counter_parts.h"
#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

constexpr const char* kNoData = "–";

std::string count_pair(int a, int b) { return std::to_string(a) + " / " + std::to_string(b); }

std::string stars_text(const SectionFigures& f, Lang lang) {
  if (!f.mean_stars) return kNoData;
  return fill_placeholder(tr_n(Msg::StatsStarsValue, lang, f.ratings), "{mean}", one_decimal(f.mean_stars));
}

}  // namespace

std::string one_decimal(const std::optional<double>& value) {
  if (!value) return kNoData;
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", *value);
  return text;
}

std::string minutes_text(const std::optional<double>& seconds, Lang lang) {
  if (!seconds) return kNoData;
  return tr_fill(Msg::StatsMinutes, lang, "{n}", one_decimal(*seconds / 60));
}

std::vector<FigureRow> figure_rows(const SectionFigures& f, Lang lang) {
  auto label = [lang](Msg m) { return std::string(tr(m, lang)); };
  return {{"served", label(Msg::StatsServed), std::to_string(f.served)},
          {"no_shows", label(Msg::StatsNoShows), std::to_string(f.no_shows)},
          {"booked_walk_in", label(Msg::StatsBookedWalkIn), count_pair(f.booked, f.walk_ins)},
          {"mean_wait", label(Msg::StatsMeanWait), minutes_text(f.wait.mean_seconds, lang)},
          {"p95_wait", label(Msg::StatsP95Wait), minutes_text(f.wait.p95_seconds, lang)},
          {"mean_service", label(Msg::StatsMeanService), minutes_text(f.mean_service_seconds, lang)},
          {"stars", label(Msg::StatsSatisfaction), stars_text(f, lang)}};
}

void figure_table(const std::string& id, const std::vector<FigureRow>& rows, UiOutput& out) {
  if (!ImGui::BeginTable(id.c_str(), 2, ImGuiTableFlags_BordersInnerH)) return;
  ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthStretch, 1);
  ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch, 1);
  for (const FigureRow& row : rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    paragraph(row.label);
    ImGui::TableNextColumn();
    text_wrapped(row.value);
    record_item("info_" + id + "_" + row.key, out, row.value);
  }
  ImGui::EndTable();
}

void hour_charts(const std::string& id, const SectionFigures& f, Lang lang, UiOutput& out) {
  std::vector<Bar> arrivals, waits;
  for (const HourFigures& h : f.hours) {
    const std::string hour = std::to_string(h.hour);
    arrivals.push_back({hour, static_cast<double>(h.arrivals), std::to_string(h.arrivals)});
    const std::optional<double> minutes = h.mean_wait_seconds ? std::optional(*h.mean_wait_seconds / 60) : std::nullopt;
    waits.push_back({hour, minutes.value_or(0), one_decimal(minutes)});
  }
  text_wrapped(tr(Msg::ChartArrivals, lang));
  bar_chart(id + "_arrivals", arrivals, out);
  text_wrapped(tr(Msg::ChartMeanWait, lang));
  bar_chart(id + "_wait", waits, out);
}

int choice_chips(const std::string& id, const std::vector<Msg>& labels, int chosen, Lang lang, UiOutput& out) {
  std::vector<Card> cards;
  for (size_t i = 0; i < labels.size(); ++i)
    cards.push_back({id + "_" + std::to_string(i), {{std::string(tr(labels[i], lang))}}, true,
                     static_cast<int>(i) == chosen ? CardKind::Selected : CardKind::Plain});
  return card_grid(cards, static_cast<int>(cards.size()), out);
}

bool stats_pending(const StatsRead& r, const Intent& retry, Lang lang, UiOutput& out) {
  const std::string detail = r.status == LoadStatus::Failed ? counter_error_text(r.error, lang) : "";
  return load_status(r.status, tr(Msg::StatsLoading, lang), tr(Msg::StatsLoadFailed, lang), detail,
                     tr(Msg::Retry, lang), "stats_retry", retry, out);
}

void csv_button(const StatsRead& r, const std::string& id, const Intent& download, Lang lang, UiOutput& out) {
  if (button(tr(Msg::DownloadCsv, lang), id, out, r.csv_file.empty())) out.intents.push_back(download);
  if (r.csv_error.empty()) return;
  const std::string text = std::string(tr(Msg::DownloadFailed, lang)) + ": " + counter_error_text(r.csv_error, lang);
  paragraph(text, palette::kError);
  record_item("info_" + id + "_error", out, text);
}

}  // namespace khiw::ui
