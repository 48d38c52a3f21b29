#include "core/slots.h"

namespace khiw {

bool is_valid_slot(const RulesConfig& config, int slot_index) {
  return slot_index >= 0 && static_cast<size_t>(slot_index) < config.slots.size();
}

UnixSeconds slot_start(const RulesConfig& config, Date d, int slot_index) {
  return bkk_instant(d, config.slots.at(slot_index).start_minute);
}

UnixSeconds slot_end(const RulesConfig& config, Date d, int slot_index) {
  return bkk_instant(d, config.slots.at(slot_index).end_minute);
}

UnixSeconds check_in_deadline(const RulesConfig& config, Date d, int slot_index) {
  return slot_start(config, d, slot_index) + config.no_show_grace_seconds;
}

std::optional<int> slot_at(const RulesConfig& config, UnixSeconds t) {
  const Date d = bkk_date(t);
  for (size_t i = 0; i < config.slots.size(); ++i) {
    const int index = static_cast<int>(i);
    if (t >= slot_start(config, d, index) && t < slot_end(config, d, index)) return index;
  }
  return std::nullopt;
}

int daily_capacity(const RulesConfig& config) {
  return static_cast<int>(config.slots.size()) * config.capacity_per_slot;
}

}  // namespace khiw
