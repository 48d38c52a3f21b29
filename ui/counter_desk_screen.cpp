#include "ui/counter_desk_screen.h"

#include "core/labels.h"
#include "ui/counter_parts.h"
#include "ui/screen_parts.h"
#include "ui/thai_text.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace khiw::ui {

namespace {

// A desk action on `ticket` (or on none); only the desk's walk-in button sets a priority.
CounterAct counter_act(CounterAction action, std::string ticket = "") {
  CounterAct a;
  a.action = action;
  a.ticket = std::move(ticket);
  return a;
}

// Name and service of a booked ticket (from today's bookings); nothing for a walk-in.
std::string booked_line(const AppState& state, const Ticket& t) {
  const BookingView* b = roster_booking(state.counter, t.booking_id);
  if (!b) return {};
  return b->name + " · " + service_name(state.ref.catalog, b->service_id, state.lang);
}

// "A003 · elderly": the number with its priority, if any.
std::string number_line(const Ticket& t, Lang lang) {
  if (t.priority == Priority::None) return t.number;
  return t.number + " · " + std::string(tr(Msg::PriorityMark, lang)) + ": " +
         std::string(priority_label(priority_name(t.priority), lang));
}

void act(const char* id, Msg label, CounterAction action, const std::string& ticket, const AppState& state,
         UiOutput& out) {
  if (button(tr(label, state.lang), id, out)) out.intents.push_back(counter_act(action, ticket));
  ImGui::SameLine();
}

void draw_serving(const AppState& state, const Ticket* t, UiOutput& out) {
  const Lang lang = state.lang;
  heading(tr(Msg::NowServing, lang));
  if (!t) {
    paragraph(tr(Msg::NobodyServing, lang));
    return;
  }
  Card card{"serving", {{number_line(*t, lang)}}, true, CardKind::Selected};
  if (const std::string who = booked_line(state, *t); !who.empty()) card.lines.push_back({who});
  card.lines.push_back({tr_n(Msg::AtCounterFor, lang, minutes_between(t->called_at, state.now)), palette::kMuted});
  card_button(card, out);
  act("act_done", Msg::ActDone, CounterAction::Done, t->number, state, out);
  act("act_recall", Msg::ActRecall, CounterAction::Recall, t->number, state, out);
  act("act_no_show", Msg::ActNoShow, CounterAction::NoShow, t->number, state, out);
  ImGui::NewLine();
  act("act_return", Msg::ActReturn, CounterAction::Return, t->number, state, out);
  if (button(tr(Msg::ActTransferOpen, lang), "act_transfer_open", out)) out.intents.push_back(OpenTransfer{});
  if (!state.counter.transfer_open) return;
  // Transfer: pick the other section, then send (the ticket keeps its number there).
  text_wrapped(tr(Msg::TransferHeading, lang));
  std::vector<Card> sections;
  std::vector<std::string> ids;
  for (const Section& s : state.ref.catalog.sections) {
    if (s.id == state.counter.desk.section_id) continue;
    sections.push_back({"transfer_" + s.id, {{lang == Lang::Th ? s.name_th : s.name_en}}, true,
                        s.id == state.counter.transfer_to ? CardKind::Selected : CardKind::Plain});
    ids.push_back(s.id);
  }
  const int tapped = card_grid(sections, grid_columns(200, 2), out);
  if (tapped >= 0) out.intents.push_back(ChooseTransferSection{ids[tapped]});
  if (!state.counter.transfer_to.empty()) {
    const std::string label = tr_fill(Msg::ActTransfer, lang, "{section}",
                                      section_name(state.ref.catalog, state.counter.transfer_to, lang));
    if (wide_button(label, "act_transfer", out))
      out.intents.push_back(counter_act(CounterAction::Transfer, t->number));
  }
}

void draw_counts(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const CounterCounts n = counter_counts(state.counter.queue);
  const std::string text = tr_n(Msg::CountWaiting, lang, n.waiting + n.remote) + " · " +
                           tr_n(Msg::CountServed, lang, n.served) + " · " + tr_n(Msg::CountNoShows, lang, n.no_shows) +
                           " · " + tr_n(Msg::CountMeanWait, lang, n.mean_wait / 60);
  paragraph(text, palette::kMuted);
  record_item("info_counts", out, text);
}

// Front of the line first. A row calls that ticket here; rows of citizens not at the office yet cannot be.
void draw_line(const AppState& state, bool can_call, UiOutput& out) {
  const Lang lang = state.lang;
  const SectionQueue& q = state.counter.queue;
  heading(tr(Msg::LineHeading, lang));
  if (q.line.empty()) {
    paragraph(tr(Msg::LineEmpty, lang));
    return;
  }
  if (can_call) paragraph(tr(Msg::LineTapToCall, lang));
  for (const std::string& number : q.line) {
    const Ticket* t = find_ticket(q, number);
    if (!t) continue;
    const bool here = t->state == TicketState::Waiting;
    Card card{"line_" + number, {{number_line(*t, lang)}}, can_call && here};
    if (const std::string who = booked_line(state, *t); !who.empty()) card.lines.push_back({who});
    card.lines.push_back({here ? tr_n(Msg::WaitedFor, lang, minutes_between(t->joined_at, state.now))
                               : std::string(tr(Msg::RemoteHolder, lang)),
                          palette::kMuted});
    if (card_button(card, out)) out.intents.push_back(counter_act(CounterAction::Call, number));
  }
}

void draw_roster(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  heading(tr(Msg::RosterHeading, lang));
  if (state.counter.roster.empty()) {
    paragraph(tr(Msg::RosterEmpty, lang));
    return;
  }
  for (const BookingView& b : state.counter.roster) {
    const std::string line = b.start + " · " + b.code + " · " + b.name + " · " +
                             section_name(state.ref.catalog, b.section_id, lang) + " · " +
                             std::string(booking_state_label(b.state, lang));
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(booking_state_colour(b.state)));
    text_wrapped(line);
    ImGui::PopStyleColor();
    record_item("info_roster_" + b.code, out, line);
  }
}

// Paused: the reason and resume. Else a reason to type and pause (nothing is called to a paused counter).
void draw_pause(const AppState& state, const PausedCounter* paused, UiOutput& out) {
  const Lang lang = state.lang;
  if (paused) {
    if (wide_button(tr(Msg::ActResume, lang), "act_resume", out))
      out.intents.push_back(counter_act(CounterAction::Resume));
    return;
  }
  text_field({Field::PauseReason, tr(Msg::PauseReason, lang), state.counter.pause_reason, state.counter.pause_reason,
              "", "text", 200, state.flow.focused == Field::PauseReason, ""},
             out);
  if (button(tr(Msg::ActPause, lang), "act_pause", out, !state.counter.pause_reason.empty()))
    out.intents.push_back(counter_act(CounterAction::Pause));
}

}  // namespace

void draw_counter_desk_screen(const AppState& state, UiOutput& out) {
  const Lang lang = state.lang;
  const Counter& c = state.counter;
  draw_staff_bar(state, out);
  if (!c.notice.empty()) {
    const std::string text = std::string(tr(Msg::ActionRefused, lang)) + ": " + counter_error_text(c.notice, lang);
    paragraph(text, palette::kError);
    record_item("info_notice", out, text);
  }
  if (!c.issued_walk_in.empty()) {
    const std::string text = tr_fill(Msg::WalkInIssued, lang, "{ticket}", c.issued_walk_in);
    paragraph(text, palette::kOk);
    record_item("info_issued", out, text);
  }
  if (c.queue_status != LoadStatus::Ready) {
    paragraph(tr(Msg::QueueLoading, lang));
    return;
  }
  const Ticket* serving = serving_at(c.queue, c.desk.counter);
  const PausedCounter* paused = find_paused(c.queue, c.desk.counter);
  if (paused) {
    const std::string text = tr_fill(Msg::CounterPaused, lang, "{reason}", paused->reason);
    paragraph(text, palette::kError);
    record_item("info_paused", out, text);
    draw_pause(state, paused, out);
  }
  draw_serving(state, serving, out);
  ImGui::Separator();
  if (wide_button(tr(Msg::ActCallNext, lang), "act_call_next", out, !serving && !paused))
    out.intents.push_back(counter_act(CounterAction::CallNext));
  if (wide_button(tr(Msg::ActCheckIn, lang), "open_check_in", out)) out.intents.push_back(OpenCheckIn{});
  if (wide_button(tr(Msg::TitlePreService, lang), "open_pre_service", out)) out.intents.push_back(OpenPreServiceList{});
  // A walk-in ticket issued here, with the priority the clerk sees (one tap each).
  heading(tr(Msg::ActDeskWalkIn, lang));
  if (auto priority = priority_grid("-", "act_desk_walk_in_", lang, out))
    out.intents.push_back(CounterAct{CounterAction::DeskWalkIn, "", std::move(*priority)});
  draw_counts(state, out);
  if (button(tr(Msg::TitleDaySummary, lang), "open_day_summary", out)) out.intents.push_back(OpenDaySummary{});
  draw_line(state, !serving && !paused, out);
  draw_roster(state, out);
  if (paused) return;
  ImGui::Separator();
  draw_pause(state, nullptr, out);
}

}  // namespace khiw::ui
