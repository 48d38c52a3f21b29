// Slot arithmetic: where a booking slot starts, ends, and until when its holder may check in.
#pragma once
#include <optional>

#include "core/bkk_time.h"
#include "core/rules_config.h"

namespace khiw {

bool is_valid_slot(const RulesConfig& config, int slot_index);
UnixSeconds slot_start(const RulesConfig& config, Date d, int slot_index);
UnixSeconds slot_end(const RulesConfig& config, Date d, int slot_index);
// Last instant at which check-in still counts as on time (start + grace, inclusive).
UnixSeconds check_in_deadline(const RulesConfig& config, Date d, int slot_index);
// The slot whose [start, end) contains the instant, if any (none during the lunch gap).
std::optional<int> slot_at(const RulesConfig& config, UnixSeconds t);
int daily_capacity(const RulesConfig& config);

}  // namespace khiw
