#include "ui/open_data_screen.h"

#include <imgui.h>

#include "ui/screen_parts.h"
#include "ui/stats_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/touch_scroll.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

std::string office_line(const SectionFigures& f, Lang lang) {
  std::string text = tr_fill(Msg::OpenDataRow, lang, "{served}", std::to_string(f.served));
  text = fill_placeholder(std::move(text), "{wait}", minutes_text(f.wait.mean_seconds, lang));
  return fill_placeholder(std::move(text), "{stars}", one_decimal(f.mean_stars));
}

void draw_sections(const AppState& state, const OfficeStats& o, UiOutput& out) {
  if (o.sections.empty()) paragraph(tr(Msg::StatsNothing, state.lang));
  for (const SectionRange& s : o.sections) {
    heading(section_name(state.ref.catalog, s.section_id, state.lang));
    figure_table("open_data_" + o.office_code + "_" + s.section_id, figure_rows(s.figures, state.lang), out);
  }
}

}  // namespace

void draw_open_data_screen(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const OpenDataView& v = state.open_data;
  paragraph(tr(Msg::OpenDataIntro, lang));
  const int tapped = choice_chips("open_data_day", {Msg::RangeToday, Msg::RangeYesterday}, static_cast<int>(v.day),
                                  lang, out);
  if (tapped >= 0) out.intents.push_back(ChooseOpenDataDay{static_cast<OpenDataDay>(tapped)});
  const std::string date = date_with_weekday(open_data_date(v.day, state.now), lang);
  text_wrapped(date);
  record_item("info_open_data_date", out, date);
  if (stats_pending(v.read, ChooseOpenDataDay{v.day}, lang, out)) return;
  csv_button(v.read, "open_data_csv", DownloadOpenDataCsv{}, lang, out);
  paragraph(tr(Msg::OpenDataTapHint, lang));
  for (const OfficeStats& o : v.read.report.offices) {
    const bool open = o.office_code == v.office;
    const Card card{"open_data_office_" + o.office_code,
                    {{office_name(state.ref, o.office_code, lang)}, {office_line(o.totals, lang), palette::kMuted}},
                    true, open ? CardKind::Selected : CardKind::Plain};
    const float top = ImGui::GetCursorScreenPos().y;
    if (card_button(card, out)) out.intents.push_back(ChooseOpenDataOffice{o.office_code});
    if (!open) continue;
    draw_sections(state, o, out);
    bring_into_view_once("open_data_opened", o.office_code, top);  // a tap near the bottom opens below it
  }
  if (v.office.empty()) bring_into_view_once("open_data_opened", "", 0);
}

}  // namespace khiw::ui
