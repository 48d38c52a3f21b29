#include "ui/office_list_screen.h"

#include <algorithm>
#include <cmath>

#include "ui/screen_parts.h"
#include "ui/theme.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

// One row: the district's name, and under it its group (one column, so nothing clips on a phone).
Card office_row_card(const Office& o, const AppState& state) {
  const bool th = state.lang == Lang::Th;
  std::string group = th ? o.group_th : o.group_en;
  if (o.location_approximate) group += " (" + std::string(tr(Msg::LocationApproximate, state.lang)) + ")";
  return Card{"office_" + o.code,
              {{th ? o.name_th : o.name_en}, {std::move(group), palette::kMuted}},
              true,
              state.flow.draft.office_code == o.code ? CardKind::Selected : CardKind::Plain};
}

}  // namespace

void draw_office_list(const AppState& state, UiOutput& out) {
  const ReferenceState& ref = state.ref;
  if (load_status(ref.offices_status, tr(Msg::OfficesLoading, state.lang), tr(Msg::OfficesLoadFailed, state.lang),
                  ref.offices_error, tr(Msg::Retry, state.lang), "offices_retry", LoadOffices{}, out))
    return;
  paragraph(tr_n(Msg::OfficesCount, state.lang, static_cast<long>(ref.offices.size())));

  // Rows of one height, so only the rows in view are submitted (the clipper needs a fixed step).
  const float width = std::floor(ImGui::GetContentRegionAvail().x);
  float row_height = touch_height();
  for (const Office& o : ref.offices) row_height = std::max(row_height, card_height(office_row_card(o, state), width));
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(ref.offices.size()), row_height + ImGui::GetStyle().ItemSpacing.y);
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const Office& o = ref.offices[static_cast<size_t>(row)];
      if (card_button(office_row_card(o, state), out, width, row_height)) out.intents.push_back(ChooseOffice{o.code});
    }
  }
}

}  // namespace khiw::ui
