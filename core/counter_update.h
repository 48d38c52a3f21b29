// What a clerk does in counter mode (log in, set up the desk, check citizens in, act at the counter) and
// the server's answers. Actions go out one at a time in the order tapped, each with its own idempotency
// key: an action whose answer was lost is sent again with the same key, so a retry never calls two people.
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "core/booking_draft.h"
#include "core/counter.h"
#include "core/effects.h"
#include "core/i18n.h"
#include "core/idempotency_keys.h"
#include "core/navigation.h"
#include "core/reference_state.h"

namespace khiw {

struct OpenCounterMode {};  // from the start screen, or /#counter
struct SubmitStaffLogin {};
struct StaffLogout {};
struct ChooseDeskSection { std::string section_id; };
struct ChooseDeskCounter { int counter = 0; };
struct OpenCounterDesk {};

enum class CounterAction { CallNext, Call, Recall, Done, NoShow, Return, Transfer, Pause, Resume, DeskWalkIn };
struct CounterAct {
  CounterAction action = CounterAction::CallNext;
  std::string ticket;    // Call, Recall, Done, NoShow, Return, Transfer
  std::string priority;  // DeskWalkIn: "", "elderly", "disability" or "pregnancy"
};
struct OpenTransfer {};  // shows (or hides) the sections to transfer to
struct ChooseTransferSection { std::string section_id; };

struct OpenCheckIn {};
struct CodeScanned { std::string text; };  // delivered by the shell's scanner
struct SubmitTypedCode {};
struct ToggleShownDocument { int index = 0; };
struct SetPriority { std::string priority; };
struct ConfirmCheckIn {};
struct WalkInInstead {};  // a late citizen gets a walk-in ticket
struct NextCheckIn {};    // clear the desk for the next citizen
// Delivered by the shell: the office's event stream opened (true) or dropped (false), or told a change.
struct CounterStreamState { bool connected = false; };
struct CounterStreamEvent {};
struct ScannerFailed { std::string code; };  // delivered by the shell: no camera, permission denied, …

using CounterIntent = std::variant<OpenCounterMode, SubmitStaffLogin, StaffLogout, ChooseDeskSection, ChooseDeskCounter,
                                   OpenCounterDesk, CounterAct, OpenTransfer, ChooseTransferSection, OpenCheckIn, CodeScanned,
                                   SubmitTypedCode, ToggleShownDocument, SetPriority, ConfirmCheckIn, WalkInInstead,
                                   NextCheckIn, CounterStreamState, CounterStreamEvent, ScannerFailed>;

struct CounterContext {
  Navigation& nav;
  IdempotencyKeys& keys;
  const ReferenceState& ref;
  UnixSeconds now = 0;
};

inline constexpr UnixSeconds kCounterRetrySeconds = 5;
// A server error (500, 501, 505…) is retried (same key) this many times in all; then the action is
// refused on screen, so one action the server keeps failing does not hold back the ones tapped after it.
// A gateway's 502–504 is no answer: retried until the server answers.
inline constexpr int kCounterServerErrorTries = 3;
inline constexpr UnixSeconds kCounterReadSeconds = 10;
inline constexpr size_t kMaxPauseReasonBytes = 200;

std::vector<Effect> apply_counter_intent(Counter& c, CounterContext ctx, const CounterIntent& intent);
// Queues a clerk's action `name` behind the others: sent in order with its own key, sent again with it after
// no answer, kept in the staff record unless `kept` is false. Its answer comes back to apply_counter_reply.
std::vector<Effect> enqueue_counter_action(Counter& c, CounterContext& ctx, const std::string& path,
                                           const std::string& body, const std::string& name, bool kept = true);
// `r` with the clerk's session token.
HttpRequest staff_request(const Counter& c, HttpRequest r);
void edit_counter_field(Counter& c, Field field, const std::string& value);
std::vector<Effect> apply_counter_reply(Counter& c, CounterContext ctx, Reply reply, int status,
                                        const std::string& body, const std::string& etag, const std::string& context);
// Each tick: an unanswered action due again is resent; an expired session goes back to the login.
std::vector<Effect> counter_tick(Counter& c, CounterContext ctx);

// The office's event stream the shell keeps open while the desk is on screen ("" = none).
std::string counter_stream_path(const Counter& c, const Navigation& nav, UnixSeconds now);
bool in_counter_mode(const Navigation& nav);

}  // namespace khiw
