#include "ui/consent_screen.h"

#include "ui/screen_parts.h"
#include "ui/thai_text.h"
#include "ui/widgets.h"

namespace khiw::ui {

// What docs/PRIVACY.md says, in the few lines a citizen reads on a phone.
void draw_consent_screen(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const bool agreed = state.flow.draft.consent;
  text_wrapped(tr(Msg::ConsentIntro, lang));
  ImGui::Spacing();
  for (const std::string& point :
       {std::string(tr(Msg::ConsentWhat, lang)), std::string(tr(Msg::ConsentWhy, lang)),
        tr_n(Msg::ConsentHowLong, lang, state.ref.rules.personal_data_retention_days),
        std::string(tr(Msg::ConsentIdNotStored, lang))})
    text_wrapped("• " + point);
  ImGui::Spacing();
  if (checkbox(tr(Msg::ConsentAgree, lang), "consent_agree", agreed, out)) out.intents.push_back(SetConsent{!agreed});
  if (wide_button(tr(Msg::ConsentNext, lang), "consent_next", out, agreed)) out.intents.push_back(AcceptConsent{});
}

}  // namespace khiw::ui
