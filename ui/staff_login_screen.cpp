#include "ui/staff_login_screen.h"

#include "ui/counter_parts.h"
#include "ui/thai_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace khiw::ui {

void draw_staff_login_screen(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const StaffLoginForm& f = state.counter.login;
  if (f.expired) {
    paragraph(tr(Msg::StaffSessionExpired, lang), palette::kError);
    record_item("info_session_expired", out, std::string(tr(Msg::StaffSessionExpired, lang)));
  }
  const Field focused = state.flow.focused;
  text_field({Field::StaffUsername, tr(Msg::StaffUsername, lang), f.username, f.username, "", "text", 64,
              focused == Field::StaffUsername, ""},
             out);
  // The password is drawn as dots; it leaves the device only in the login request and is never stored.
  std::string dots;
  for (size_t i = 0; i < f.password.size(); ++i) dots += "•";
  text_field({Field::StaffPassword, tr(Msg::StaffPassword, lang), f.password, dots, "", "password", 128,
              focused == Field::StaffPassword, ""},
             out);
  const bool sending = f.send == CounterSend::Sending;
  if (sending) paragraph(tr(Msg::StaffLoggingIn, lang));
  if (!f.error.empty()) {
    const std::string text = std::string(tr(Msg::StaffLoginFailed, lang)) + ": " + counter_error_text(f.error, lang);
    paragraph(text, palette::kError);
    record_item("error_login", out, text);
  }
  if (wide_button(tr(Msg::StaffLoginButton, lang), "staff_login", out,
                  !sending && !f.username.empty() && !f.password.empty()))
    out.intents.push_back(SubmitStaffLogin{});
}

}  // namespace khiw::ui
