#include "ui/screens.h"

#include <imgui.h>

#include "ui/office_list_screen.h"
#include "ui/thai_text.h"

namespace khiw::ui {

namespace {

// Title and language toggle, on every screen.
void draw_header(const AppState& state, UiOutput& out) {
  const std::string_view toggle = tr(Msg::LanguageToggle, state.lang);
  const ImGuiStyle& style = ImGui::GetStyle();
  const float toggle_width =
      ImGui::CalcTextSize(toggle.data(), toggle.data() + toggle.size()).x + style.FramePadding.x * 2;
  const float toggle_x = ImGui::GetWindowContentRegionMax().x - toggle_width;
  // The title wraps (at its spaces) before the toggle instead of running under it on a phone.
  ImGui::PushTextWrapPos(toggle_x - style.ItemSpacing.x);
  text(tr(Msg::AppTitle, state.lang));
  ImGui::PopTextWrapPos();
  ImGui::SameLine(toggle_x);
  if (button(toggle, "lang_toggle", out)) out.intents.push_back(ToggleLanguage{});
  ImGui::Separator();
}

}  // namespace

void draw_app(const AppState& state, UiOutput& out) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  constexpr ImGuiWindowFlags kFullScreen = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                           ImGuiWindowFlags_NoSavedSettings |
                                           ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("khiw", nullptr, kFullScreen);
  draw_header(state, out);
  draw_office_list(state, out);
  ImGui::End();
}

}  // namespace khiw::ui
