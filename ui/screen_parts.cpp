#include "ui/screen_parts.h"

#include <algorithm>

#include "core/app_update.h"
#include "core/labels.h"
#include "core/thai_shaping.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

std::string office_name(const ReferenceState& ref, std::string_view code, Lang lang) {
  const Office* o = find_office(ref, code);
  if (!o) return std::string(code);
  return lang == Lang::Th ? o->name_th : o->name_en;
}

std::string section_name(const Catalog& catalog, std::string_view id, Lang lang) {
  const Section* s = find_section(catalog, id);
  if (!s) return std::string(id);
  return lang == Lang::Th ? s->name_th : s->name_en;
}

std::string service_name(const Catalog& catalog, std::string_view id, Lang lang) {
  const Service* s = find_service(catalog, id);
  if (!s) return std::string(id);
  return lang == Lang::Th ? s->name_th : s->name_en;
}

std::string_view weekday_name(Date d, Lang lang) {
  return tr(static_cast<Msg>(static_cast<int>(Msg::DayMon) + weekday(d)), lang);
}

std::string date_with_weekday(Date d, Lang lang) {
  return std::string(weekday_name(d, lang)) + " " + format_date(d, lang);
}

std::string masked_national_id(std::string_view typed) {
  std::string grouped = group_national_id(typed);
  int digits_from_end = 0;
  for (auto it = grouped.rbegin(); it != grouped.rend(); ++it) {
    if (*it < '0' || *it > '9') continue;
    if (++digits_from_end > 4) *it = 'x';
  }
  return grouped;
}

ImU32 booking_state_colour(BookingState state) {
  switch (state) {
    case BookingState::Cancelled:
    case BookingState::NoShow: return palette::kError;
    case BookingState::Done: return palette::kMuted;
    default: return palette::kOk;
  }
}

void draw_choices_so_far(const AppState& state) {
  const BookingDraft& d = state.flow.draft;
  std::string line;
  auto add = [&line](const std::string& part) { line += (line.empty() ? "" : " · ") + part; };
  if (!d.office_code.empty()) add(office_name(state.ref, d.office_code, state.lang));
  if (!d.section_id.empty()) add(section_name(state.ref.catalog, d.section_id, state.lang));
  if (!d.service_id.empty()) add(service_name(state.ref.catalog, d.service_id, state.lang));
  if (!line.empty()) paragraph(line);
}

bool catalog_pending(const AppState& state, UiOutput& out) {
  return load_status(state.ref.catalog_status, tr(Msg::CatalogLoading, state.lang),
                     tr(Msg::CatalogLoadFailed, state.lang), state.ref.catalog_error, tr(Msg::Retry, state.lang),
                     "catalog_retry", LoadOffices{}, out);
}

bool availability_pending(const AppState& state, UiOutput& out) {
  if (load_status(state.flow.availability_status, tr(Msg::AvailabilityLoading, state.lang),
                  tr(Msg::AvailabilityLoadFailed, state.lang), {}, tr(Msg::Retry, state.lang), "availability_retry",
                  RetryAvailability{}, out))
    return true;
  if (!state.flow.seats_offline) return false;
  // Offline: book anyway, but say how much the seats shown can be trusted; retry asks the server again.
  const UnixSeconds as_of = state.flow.seats_as_of;
  paragraph(as_of ? tr_fill(Msg::SeatsAsOf, state.lang, "{time}", moment_text(as_of, state.lang))
                  : std::string(tr(Msg::SeatsNotKnownOffline, state.lang)),
            palette::kError);
  record_item("info_seats_offline", out);
  if (button(tr(Msg::Retry, state.lang), "availability_retry", out)) out.intents.push_back(RetryAvailability{});
  return false;
}

std::string moment_text(UnixSeconds t, Lang lang) {
  return format_date(bkk_date(t), lang) + " " + format_clock(bkk_minute_of_day(t));
}

std::string pre_service_progress_text(const PreServiceProgress& p, Lang lang) {
  std::string text(pre_service_state_label(p.state, lang));
  if (p.state == PreServiceState::Approved && p.fee_satang)
    text += " · " + (*p.fee_satang == 0 ? std::string(tr(Msg::FeeFree, lang))
                                        : tr_fill(Msg::FeeBaht, lang, "{n}", baht_text(*p.fee_satang)));
  if (p.state == PreServiceState::Rejected && !p.reason.empty()) text += " · " + p.reason;
  return text;
}

std::vector<std::pair<std::string, std::string>> draft_rows(const AppState& state, const BookingDraft& d) {
  const Lang lang = state.lang;
  const Catalog& catalog = state.ref.catalog;
  auto label = [lang](Msg m) { return std::string(tr(m, lang)); };
  std::vector<std::pair<std::string, std::string>> rows{
      {label(Msg::LabelOffice), office_name(state.ref, d.office_code, lang)},
      {label(Msg::LabelSection), section_name(catalog, d.section_id, lang)},
      {label(Msg::LabelService), service_name(catalog, d.service_id, lang)},
      {label(Msg::LabelDate), d.date ? date_with_weekday(*d.date, lang) : ""},
      {label(Msg::LabelTime), d.slot ? slot_label(state.ref.rules, *d.slot) : ""},
      {label(Msg::LabelNameShort), d.name},
      {label(Msg::LabelIdShort), masked_national_id(d.national_id)}};
  if (needs_pre_service(catalog, d)) {
    rows.push_back({label(Msg::LabelMobileShort), d.mobile});
    rows.push_back({label(Msg::LabelLaserShort), d.laser_code});
    rows.push_back({label(Msg::LabelCopies), std::to_string(d.copies)});
    rows.push_back({label(Msg::LabelPickupDate), d.pickup_date ? date_with_weekday(*d.pickup_date, lang) : ""});
    if (!d.pickup_office.empty() && d.pickup_office != d.office_code)
      rows.push_back({label(Msg::LabelPickupOffice), office_name(state.ref, d.pickup_office, lang)});
  }
  return rows;
}

std::vector<std::pair<std::string, std::string>> booking_rows(const AppState& state, const BookingView& b) {
  const Lang lang = state.lang;
  auto label = [lang](Msg m) { return std::string(tr(m, lang)); };
  std::vector<std::pair<std::string, std::string>> rows{
      {label(Msg::LabelOffice), office_name(state.ref, b.office_code, lang)},
      {label(Msg::LabelSection), section_name(state.ref.catalog, b.section_id, lang)},
      {label(Msg::LabelService), service_name(state.ref.catalog, b.service_id, lang)},
      {label(Msg::LabelDate), date_with_weekday(b.date, lang)},
      {label(Msg::LabelTime), b.start + "–" + b.end},
      {label(Msg::LabelNameShort), b.name}};
  if (const auto& request = b.pre_service) {
    rows.push_back({label(Msg::LabelPickupDate), date_with_weekday(request->pickup_date, lang)});
    if (request->pickup_office != b.office_code)
      rows.push_back({label(Msg::LabelPickupOffice), office_name(state.ref, request->pickup_office, lang)});
    rows.push_back({label(Msg::LabelRequestState), pre_service_progress_text(request->progress, lang)});
  }
  return rows;
}

void info_rows(const char* table_id, const std::vector<std::pair<std::string, std::string>>& rows) {
  float label_width = 0;
  for (const auto& [label, value] : rows) {
    const std::string shaped = shape_thai(label);
    label_width = std::max(label_width, ImGui::CalcTextSize(shaped.c_str()).x);
  }
  // Labels take at most a third of a phone's width; longer ones wrap.
  label_width = std::min(label_width + 1, ImGui::GetContentRegionAvail().x / 3);
  if (!ImGui::BeginTable(table_id, 2, ImGuiTableFlags_BordersInnerH)) return;
  ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, label_width);
  ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
  for (const auto& [label, value] : rows) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    paragraph(label);
    ImGui::TableNextColumn();
    text_wrapped(value);
  }
  ImGui::EndTable();
}

void heading(std::string_view utf8) { paragraph(utf8, palette::kAccent); }

std::string wait_text(UnixSeconds wait_s, Lang lang) {
  if (wait_s <= 0) return std::string(tr(Msg::WaitNone, lang));
  return tr_n(Msg::WaitAbout, lang, (wait_s + 59) / 60);
}

}  // namespace khiw::ui
