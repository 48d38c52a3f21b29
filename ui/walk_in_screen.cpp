#include "ui/walk_in_screen.h"

#include "ui/screen_parts.h"
#include "ui/thai_text.h"

namespace khiw::ui {

// Honest until the map lands: no app ticket yet, but every office's counter gives one today.
void draw_walk_in_screen(const AppState& state, UiOutput&) {
  const Lang lang = state.lang;
  text_wrapped(tr(Msg::WalkInToday, lang));
  paragraph(tr(Msg::WalkInComing, lang));
  ImGui::Separator();
  heading(tr(Msg::OfficesHeading, lang));
  for (const Office& o : state.ref.offices) text_wrapped(lang == Lang::Th ? o.office_name_th : o.name_en);
}

}  // namespace khiw::ui
