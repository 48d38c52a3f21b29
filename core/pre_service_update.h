// Counter mode's copy requests (docs/API.md, "Pre-service requests"): the office's list, read with the
// staff token when its screen opens and again on each change of the office's event stream, and the actions
// on a request, sent through the counter's action queue (counter_update.h: in order, each with its own
// key, sent again with it after no answer). An action's answer is the request after it, shown in place.
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "core/counter_update.h"
#include "core/pre_service_desk.h"

namespace khiw {

struct OpenPreServiceList {};  // from the desk; also the retry after a failed read
// The form of approve, reject or pickup under request `code`; an empty code closes it. Either way what was
// typed in the last one is gone.
struct OpenPreServiceForm {
  std::string code;
  PreServiceActionKind kind = PreServiceActionKind::Approve;
};
// Prepare at once; approve, reject and pickup with what their open form holds, checked first.
struct SubmitPreServiceAction {
  std::string code;
  PreServiceActionKind kind = PreServiceActionKind::Prepare;
};

using PreServiceIntent = std::variant<OpenPreServiceList, OpenPreServiceForm, SubmitPreServiceAction>;

std::vector<Effect> apply_pre_service_intent(Counter& c, CounterContext ctx, const PreServiceIntent& intent);
void edit_pre_service_field(PreServiceDesk& d, Field field, const std::string& value);

// GET /api/counter/{office}/pre-service, answered with Reply::PreServiceList (its context the office).
std::vector<Effect> read_pre_service_list(Counter& c);
void apply_pre_service_list_reply(Counter& c, int status, const std::string& body, const std::string& context);
// The answer to an action the counter's queue sent; false when `op` is not a copy request's action.
bool pre_service_action_answered(PreServiceDesk& d, const CounterOp& op, int status, const std::string& body);

// An action on request `code` waits in the counter's queue (sent or not yet).
bool pre_service_sending(const Counter& c, const std::string& code);

}  // namespace khiw
