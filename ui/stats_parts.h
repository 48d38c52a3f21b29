// Pieces the day summary and the open-data page share (office bundle): figures in the user's language,
// label/value tables whose values are named for tests, the hourly charts, range chips, the report's
// loading state and the CSV download.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

// "12.5 นาที" / "12.5 min" from seconds; "–" without data.
std::string minutes_text(const std::optional<double>& seconds, Lang lang);
// "4.2"; "–" without data.
std::string one_decimal(const std::optional<double>& value);

struct FigureRow {
  std::string key;  // the value is recorded as info_<table id>_<key>
  std::string label;
  std::string value;
};
// A section's (or an office's) figures: served, no-shows, booked / walk-in, mean and p95 wait, mean
// service time, satisfaction.
std::vector<FigureRow> figure_rows(const SectionFigures& f, Lang lang);
// Labels in a column of their own, values beside them (wrapping in theirs).
void figure_table(const std::string& id, const std::vector<FigureRow>& rows, UiOutput& out);
// Arrivals and mean wait per hour, 08..16, as bar charts `<id>_arrivals` and `<id>_wait`.
void hour_charts(const std::string& id, const SectionFigures& f, Lang lang, UiOutput& out);
// Chips in one row (ids `<id>_<index>`), `chosen` highlighted; the index tapped, or -1.
int choice_chips(const std::string& id, const std::vector<Msg>& labels, int chosen, Lang lang, UiOutput& out);
// Loading, or failed with the reason and a retry emitting `retry`: drawn, true. Ready: false.
bool stats_pending(const StatsRead& r, const Intent& retry, Lang lang, UiOutput& out);
// The CSV button (disabled while one is on its way) and why the last download failed.
void csv_button(const StatsRead& r, const std::string& id, const Intent& download, Lang lang, UiOutput& out);

}  // namespace khiw::ui
