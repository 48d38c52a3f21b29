#include "ui/counter_pre_service_screen.h"

#include "core/labels.h"
#include "core/validation.h"
#include "ui/counter_parts.h"
#include "ui/screen_parts.h"
#include "ui/thai_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

using Kind = PreServiceActionKind;

struct ActionText {
  Kind kind;
  Msg label;
};
constexpr ActionText kActions[] = {
    {Kind::Prepare, Msg::ActPrepare}, {Kind::Approve, Msg::ActApprove},
    {Kind::Reject, Msg::ActReject},   {Kind::Pickup, Msg::ActHandOver}};

Msg action_label(Kind kind) {
  for (const ActionText& a : kActions)
    if (a.kind == kind) return a.label;
  return Msg::ActPrepare;
}

std::string card_id(Kind kind, const std::string& code) {
  return "ps_" + std::string(pre_service_action_name(kind)) + "_" + code;
}

std::vector<std::pair<std::string, std::string>> request_rows(const AppState& state, const PreServiceItem& item) {
  const Lang lang = state.lang;
  auto label = [lang](Msg m) { return std::string(tr(m, lang)); };
  std::vector<std::pair<std::string, std::string>> rows{
      {label(Msg::LabelNameShort), item.name},
      // The last four digits, to hold against the card (staff are never sent more of the ID).
      {label(Msg::LabelIdShort), masked_national_id(std::string(9, '0') + item.id_last4)},
      {label(Msg::LabelCopies), std::to_string(item.copies)},
      {label(Msg::LabelPickupDate), date_with_weekday(item.pickup_date, lang)}};
  // The other office of the request, if there is one: where it goes, or where it comes from.
  if (item.role == PreServiceRole::Prepare)
    rows.push_back({label(Msg::LabelPickupOffice), office_name(state.ref, item.pickup_office, lang)});
  if (item.role == PreServiceRole::Pickup)
    rows.push_back({label(Msg::LabelPreparingOffice), office_name(state.ref, item.office_code, lang)});
  rows.push_back({label(Msg::LabelRequestState), pre_service_progress_text(item.progress, lang)});
  return rows;
}

// What this office may do now, as the server allows it: prepare at once, the others through their form.
void draw_request_actions(const AppState& state, const PreServiceItem& item, UiOutput& out) {
  const Lang lang = state.lang;
  const PreServiceDesk& d = state.counter.pre_service;
  const bool sending = pre_service_sending(state.counter, item.code);
  std::vector<Card> cards;
  std::vector<Kind> kinds;
  for (const ActionText& a : kActions) {
    if (!pre_service_action_allowed(item.role, item.progress.state, a.kind)) continue;
    const bool open = d.form_code == item.code && d.form_kind == a.kind;
    cards.push_back({card_id(a.kind, item.code), {{std::string(tr(a.label, lang))}}, !sending,
                     open ? CardKind::Selected : CardKind::Plain});
    kinds.push_back(a.kind);
  }
  if (cards.empty()) {
    paragraph(tr(Msg::PreServiceNothingHere, lang), palette::kMuted);
    return;
  }
  if (sending) paragraph(tr(Msg::Sending, lang));
  const int tapped = card_grid(cards, static_cast<int>(cards.size()), out);
  if (tapped < 0) return;
  const Kind kind = kinds[static_cast<size_t>(tapped)];
  if (kind == Kind::Prepare) out.intents.push_back(SubmitPreServiceAction{item.code, kind});
  else if (d.form_code == item.code && d.form_kind == kind) out.intents.push_back(OpenPreServiceForm{"", kind});
  else out.intents.push_back(OpenPreServiceForm{item.code, kind});
}

// The fee, the reason, or the ID and laser code the citizen shows, then send or close.
void draw_request_form(const AppState& state, const PreServiceItem& item, UiOutput& out) {
  const Lang lang = state.lang;
  const PreServiceDesk& d = state.counter.pre_service;
  if (d.form_code != item.code) return;
  const Field focused = state.flow.focused;
  switch (d.form_kind) {
    case Kind::Approve:
      text_field({Field::PreServiceFee, tr(Msg::LabelFeeBaht, lang), d.fee, d.fee, "", "decimal", 10,
                  focused == Field::PreServiceFee, ""},
                 out);
      break;
    case Kind::Reject:
      text_field({Field::PreServiceReason, tr(Msg::LabelRejectReason, lang), d.reason, d.reason, "", "text",
                  kReasonMaxChars, focused == Field::PreServiceReason, ""},
                 out);
      break;
    case Kind::Pickup:
      text_field({Field::PickupNationalId, tr(Msg::LabelPickupId, lang), d.national_id,
                  group_national_id(d.national_id), tr(Msg::HintNationalId, lang), "numeric", 17,
                  focused == Field::PickupNationalId, ""},
                 out);
      text_field({Field::PickupLaserCode, tr(Msg::LabelLaserCode, lang), d.laser_code, d.laser_code,
                  tr(Msg::HintLaserCode, lang), "text", 16, focused == Field::PickupLaserCode, ""},
                 out);
      break;
    case Kind::Prepare: return;
  }
  const bool sending = pre_service_sending(state.counter, item.code);
  const int tapped =
      card_grid({Card{"ps_submit", {{std::string(tr(action_label(d.form_kind), lang))}}, !sending, CardKind::Primary},
                 Card{"ps_form_close", {{std::string(tr(Msg::Close, lang))}}}},
                2, out);
  if (tapped == 0) out.intents.push_back(SubmitPreServiceAction{item.code, d.form_kind});
  if (tapped == 1) out.intents.push_back(OpenPreServiceForm{"", d.form_kind});
}

void draw_request(const AppState& state, const PreServiceItem& item, UiOutput& out) {
  const Lang lang = state.lang;
  const PreServiceDesk& d = state.counter.pre_service;
  const std::string title = item.code + " · " + service_name(state.ref.catalog, item.service_id, lang);
  heading(title);
  record_item("info_ps_" + item.code, out, title + " · " + pre_service_progress_text(item.progress, lang));
  info_rows(("ps_rows_" + item.code).c_str(), request_rows(state, item));
  paragraph(pre_service_role_label(item.role, lang), palette::kMuted);
  draw_request_actions(state, item, out);
  draw_request_form(state, item, out);
  if (d.error_code == item.code && !d.error.empty()) {
    const std::string text = std::string(tr(Msg::ActionRefused, lang)) + ": " + counter_error_text(d.error, lang);
    paragraph(text, palette::kError);
    record_item("error_ps_" + item.code, out, text);
  }
  ImGui::Separator();
}

}  // namespace

void draw_counter_pre_service_screen(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const PreServiceDesk& d = state.counter.pre_service;
  draw_staff_bar(state, out);
  if (load_status(d.status, tr(Msg::PreServiceLoading, lang), tr(Msg::PreServiceLoadFailed, lang), "",
                  tr(Msg::Retry, lang), "ps_retry", OpenPreServiceList{}, out))
    return;
  if (d.items.empty()) {
    paragraph(tr(Msg::PreServiceNone, lang));
    record_item("info_ps_none", out, std::string(tr(Msg::PreServiceNone, lang)));
    return;
  }
  for (const PreServiceItem& item : d.items) draw_request(state, item, out);
}

}  // namespace khiw::ui
