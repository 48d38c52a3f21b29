#include "ui/day_summary_screen.h"

#include <cstdio>

#include "ui/screen_parts.h"
#include "ui/stats_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

// "-55.6% · target met": a change of the booked wait, against the target.
std::string change_text(const std::optional<double>& pct, double target, Lang lang) {
  if (!pct) return one_decimal(pct);
  char text[32];
  std::snprintf(text, sizeof text, "%+.1f%%", *pct);
  const Msg verdict = *pct <= target ? Msg::EffectTargetMet : Msg::EffectTargetNotMet;
  return std::string(text) + " · " + std::string(tr(verdict, lang));
}

std::vector<FigureRow> effect_rows(const BookingEffect& e, Lang lang) {
  auto label = [lang](Msg m) { return std::string(tr(m, lang)); };
  return {{"booked_wait", label(Msg::EffectBookedWait), minutes_text(e.booked_mean_wait_seconds, lang)},
          {"walk_in_wait", label(Msg::EffectWalkInWait), minutes_text(e.walk_in_mean_wait_seconds, lang)},
          {"change", label(Msg::EffectChange), change_text(e.change_vs_walk_ins_pct, e.target_pct, lang)},
          {"baseline", tr_n(Msg::EffectBaseline, lang, e.baseline_days),
           minutes_text(e.baseline_walk_in_mean_wait_seconds, lang)},
          {"change_baseline", label(Msg::EffectChangeBaseline),
           change_text(e.change_vs_baseline_pct, e.target_pct, lang)}};
}

void draw_dates(const SummaryDates& r, Lang lang, UiOutput& out) {
  const std::string text = r.from == r.to ? date_with_weekday(r.from, lang)
                                          : format_date(r.from, lang) + " – " + format_date(r.to, lang);
  text_wrapped(text);
  record_item("info_summary_dates", out, text);
}

void draw_office(const AppState& state, const OfficeStats& o, UiOutput& out) {
  const Lang lang = state.lang;
  heading(tr(Msg::StatsAllSections, lang));
  figure_table("summary_totals", figure_rows(o.totals, lang), out);
  heading(tr(Msg::EffectHeading, lang));
  paragraph(tr_fill(Msg::EffectTarget, lang, "{n}", one_decimal(o.booking_effect.target_pct)), palette::kMuted);
  figure_table("summary_effect", effect_rows(o.booking_effect, lang), out);
  hour_charts("summary", o.totals, lang, out);
  for (const SectionRange& s : o.sections) {
    heading(section_name(state.ref.catalog, s.section_id, lang));
    figure_table("summary_" + s.section_id, figure_rows(s.figures, lang), out);
  }
}

}  // namespace

void draw_day_summary_screen(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const DaySummary& d = state.summary;
  paragraph(office_name(state.ref, state.counter.session.office_code, lang), palette::kMuted);
  const int tapped = choice_chips("summary_range", {Msg::RangeToday, Msg::RangeYesterday, Msg::RangeLast7Days},
                                  static_cast<int>(d.range), lang, out);
  if (tapped >= 0) out.intents.push_back(ChooseSummaryRange{static_cast<SummaryRange>(tapped)});
  draw_dates(summary_dates(d.range, state.now), lang, out);
  if (stats_pending(d.read, ChooseSummaryRange{d.range}, lang, out)) return;
  csv_button(d.read, "summary_csv", DownloadSummaryCsv{}, lang, out);
  if (d.read.report.offices.empty()) {
    paragraph(tr(Msg::StatsNothing, lang));
    return;
  }
  draw_office(state, d.read.report.offices.front(), out);
}

}  // namespace khiw::ui
