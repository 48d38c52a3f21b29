#include "core/office_part.h"

#include <stdexcept>
#include <type_traits>

#include "core/is_alternative.h"

namespace khiw {

namespace {

CounterContext counter_ctx(AppState& s) { return {s.nav, s.keys, s.ref, s.now}; }

struct OfficeApply {
  AppState& s;

  template <typename T>
  std::vector<Effect> operator()(const T& i) const {
    if constexpr (is_alternative<T, CounterIntent>::value) return apply_counter_intent(s.counter, counter_ctx(s), i);
    else if constexpr (is_alternative<T, PreServiceIntent>::value)
      return apply_pre_service_intent(s.counter, counter_ctx(s), i);
    else if constexpr (is_alternative<T, BoardIntent>::value) return apply_board_intent(s.board, s.nav, i);
    else if constexpr (is_alternative<T, SummaryIntent>::value)
      return apply_summary_intent(s.summary, s.counter.session, s.nav, s.now, i);
    else if constexpr (is_alternative<T, OpenDataIntent>::value)
      return apply_open_data_intent(s.open_data, s.nav, s.now, i);
    else if constexpr (std::is_same_v<T, EditField>) {
      edit_counter_field(s.counter, i.field, i.value);
      return {};
    } else return {};
  }
};

std::vector<Effect> office_intent(AppState& s, const Intent& i) { return std::visit(OfficeApply{s}, i); }

// Statistics go to the read that asked (by its path or file name); a summary read whose session ran out
// also leads to counter mode's login, as its other reads do.
std::vector<Effect> stats_reply(AppState& s, const HttpReplied& r) {
  const bool csv = r.reply == Reply::StatsCsv;
  std::vector<Effect> effects = apply_stats_reply(s.summary.read, csv, r.status, r.body, r.context);
  for (Effect& e : apply_stats_reply(s.open_data.read, csv, r.status, r.body, r.context))
    effects.push_back(std::move(e));
  if (r.status == 401)
    for (Effect& e : apply_counter_reply(s.counter, counter_ctx(s), r.reply, r.status, r.body, r.etag, r.context))
      effects.push_back(std::move(e));
  return effects;
}

std::vector<Effect> office_reply(AppState& s, const HttpReplied& r) {
  if (r.reply == Reply::Board) return apply_board_reply(s.board, s.now, r.status, r.body, r.etag);
  if (r.reply == Reply::Stats || r.reply == Reply::StatsCsv) return stats_reply(s, r);
  return apply_counter_reply(s.counter, counter_ctx(s), r.reply, r.status, r.body, r.etag, r.context);
}

std::vector<Effect> office_tick(AppState& s) {
  std::vector<Effect> effects = counter_tick(s.counter, counter_ctx(s));
  for (Effect& e : board_tick(s.board, s.nav, s.now)) effects.push_back(std::move(e));
  return effects;
}

// The staff session and desk kept on this device; an unreadable record is as none.
void restore_staff(AppState& s, const std::string& text) {
  if (text.empty() || !s.counter.session.token.empty()) return;
  try {
    counter_record_from_json(s.counter, text);
  } catch (const std::invalid_argument&) {
    s.counter.session = {};
  }
}

std::string staff_record(const AppState& s) { return counter_record_to_json(s.counter); }

}  // namespace

const OfficePart kOfficePart{office_intent, office_reply, office_tick, restore_staff, staff_record};

}  // namespace khiw
