#include "ui/office_list_screen.h"

#include <imgui.h>

#include <string>

#include "ui/thai_text.h"
#include "ui/touch_scroll.h"

namespace khiw::ui {

namespace {

void draw_status(const AppState& state, UiOutput& out) {
  switch (state.offices_status) {
    case LoadStatus::Idle:
    case LoadStatus::Loading: text_disabled(tr(Msg::OfficesLoading, state.lang)); break;
    case LoadStatus::Failed:
      text(tr(Msg::OfficesLoadFailed, state.lang));
      text_disabled(state.offices_error);
      if (button(tr(Msg::Retry, state.lang), "offices_retry", out)) out.intents.push_back(LoadOffices{});
      break;
    case LoadStatus::Ready: break;
  }
}

void draw_table(const AppState& state, UiOutput& out) {
  const bool th = state.lang == Lang::Th;
  constexpr ImGuiTableFlags kFlags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("offices", 2, kFlags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn("group", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  ImGui::TableNextColumn();
  text(tr(Msg::OfficesHeading, state.lang));
  ImGui::TableNextColumn();
  text(tr(Msg::OfficeGroup, state.lang));

  // Only the rows in view are submitted: the list stays cheap on a phone as it grows.
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(state.offices.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const Office& o = state.offices[static_cast<size_t>(row)];
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const std::string id = "office_" + o.code;
      if (selectable(th ? o.name_th : o.name_en, id.c_str(), state.selected_office == o.code, out))
        out.intents.push_back(SelectOffice{o.code});
      ImGui::TableNextColumn();
      text(th ? o.group_th : o.group_en);
      if (o.location_approximate) {
        ImGui::SameLine();
        text_disabled("(" + std::string(tr(Msg::LocationApproximate, state.lang)) + ")");
      }
    }
  }
  drag_to_scroll();
  ImGui::EndTable();
}

}  // namespace

void draw_office_list(const AppState& state, UiOutput& out) {
  if (state.offices_status != LoadStatus::Ready) {
    draw_status(state, out);
    return;
  }
  text_disabled(tr_n(Msg::OfficesCount, state.lang, static_cast<long>(state.offices.size())));
  draw_table(state, out);
}

}  // namespace khiw::ui
