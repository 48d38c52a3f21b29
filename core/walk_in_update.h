// What the citizen does with same-day walk-in tickets: choose an office's section and take a ticket, open
// it, choose when to be told to set off, allow notifications; and the server's answers.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/effects.h"
#include "core/i18n.h"
#include "core/navigation.h"
#include "core/reference_state.h"
#include "core/walk_in.h"

namespace khiw {

struct OpenWalkIn { std::string office_code; };  // the sections of this office, to take a ticket at
struct TakeWalkIn { std::string section_id; };
struct OpenWalkInTicket { std::string key; };
struct SetSetOffMinutes { std::string key; int minutes = kDefaultSetOffMinutes; };
struct AllowNotifications {};
struct NotificationPermission { bool granted = false; };  // delivered by the shell

using WalkInIntent = std::variant<OpenWalkIn, TakeWalkIn, OpenWalkInTicket, SetSetOffMinutes, AllowNotifications,
                                  NotificationPermission>;

struct WalkInContext {
  Navigation& nav;
  const ReferenceState& ref;
  Lang lang = Lang::Th;
  UnixSeconds now = 0;
};

inline constexpr int kMinSetOffMinutes = 5;
inline constexpr int kMaxSetOffMinutes = 120;

std::vector<Effect> apply_walk_in_intent(WalkIns& w, WalkInContext ctx, const WalkInIntent& intent);
// POST /api/walk-ins answered; `context` is "office/section".
void apply_take_walk_in_reply(WalkIns& w, WalkInContext ctx, int status, const std::string& body,
                              const std::string& context);
// Status read answered; `context` is the ticket's key. Says "time to set off" (once) when the estimate
// falls under the citizen's minutes.
std::vector<Effect> apply_walk_in_status_reply(WalkIns& w, WalkInContext ctx, int status, const std::string& body,
                                               const std::string& etag, const std::string& context);
// Status reads for every ticket still to be called today (sent with each live poll).
std::vector<Effect> walk_in_status_requests(const WalkIns& w, UnixSeconds now);

}  // namespace khiw
