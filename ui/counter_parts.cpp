#include "ui/counter_parts.h"

#include <algorithm>

#include "core/errors.h"
#include "ui/screen_parts.h"
#include "ui/thai_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace khiw::ui {

std::string counter_error_text(std::string_view code, Lang lang) {
  if (const auto known = error_code_from_name(code)) return std::string(error_message(*known, lang));
  if (code == "network") return std::string(tr(Msg::ErrorNetwork, lang));
  if (code == "unauthorized") return std::string(tr(Msg::ErrorWrongLogin, lang));
  if (code == "device_clock") return std::string(tr(Msg::ErrorDeviceClock, lang));
  if (code == "rate_limited") return std::string(tr(Msg::ErrorRateLimited, lang));
  if (code == "forbidden_office") return std::string(tr(Msg::ErrorOtherOffice, lang));
  if (code == "bad_signature") return std::string(tr(Msg::ErrorBadQr, lang));
  if (code == "actions_discarded") return std::string(tr(Msg::ErrorActionsDiscarded, lang));
  if (code == "not_found") return std::string(tr(Msg::ErrorRequestNotFound, lang));
  if (code == "internal") return std::string(tr(Msg::ErrorServer, lang));
  return std::string(code);
}

std::string_view priority_label(std::string_view priority, Lang lang) {
  if (priority == "elderly") return tr(Msg::PriorityElderly, lang);
  if (priority == "disability") return tr(Msg::PriorityDisability, lang);
  if (priority == "pregnancy") return tr(Msg::PriorityPregnancy, lang);
  return tr(Msg::PriorityRegular, lang);
}

std::optional<std::string> priority_grid(std::string_view selected, const std::string& id_prefix, Lang lang,
                                         UiOutput& out) {
  constexpr const char* kNames[] = {"", "elderly", "disability", "pregnancy"};
  std::vector<Card> cards;
  for (const char* name : kNames)
    cards.push_back({id_prefix + (*name ? name : "none"), {{std::string(priority_label(name, lang))}}, true,
                     selected == name ? CardKind::Selected : CardKind::Plain});
  const int tapped = card_grid(cards, grid_columns(150, 2), out);
  if (tapped < 0) return std::nullopt;
  return std::string(kNames[tapped]);
}

long minutes_between(UnixSeconds from, UnixSeconds to) { return std::max<long>(0, static_cast<long>((to - from) / 60)); }

void draw_staff_bar(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const Counter& c = state.counter;
  std::string who = tr_fill(Msg::StaffSignedIn, lang, "{user}", c.session.username) + " · " +
                    office_name(state.ref, c.session.office_code, lang);
  if (desk_ready(c.desk))
    who += " · " + section_name(state.ref.catalog, c.desk.section_id, lang) + " · " +
           tr_n(Msg::DeskCounter, lang, c.desk.counter);
  paragraph(who, palette::kMuted);
  record_item("info_staff", out, who);
  const Screen screen = state.nav.current();
  if (screen == Screen::CounterDesk || screen == Screen::CounterCheckIn || screen == Screen::CounterPreService) {
    const bool live = c.stream_connected;
    const std::string_view text = tr(live ? Msg::LiveConnected : Msg::LiveReconnecting, lang);
    paragraph(text, live ? palette::kOk : palette::kError);
    record_item("info_live", out, std::string(text));
  }
  if (const int waiting = unanswered_ops(c); waiting > 0) {
    const std::string text = tr_n(Msg::OpsWaiting, lang, waiting);
    paragraph(text, palette::kError);
    record_item("info_ops_waiting", out, text);
  }
  if (button(tr(Msg::StaffLogout, lang), "staff_logout", out)) out.intents.push_back(StaffLogout{});
}

}  // namespace khiw::ui
