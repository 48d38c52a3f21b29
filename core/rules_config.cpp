#include "core/rules_config.h"

#include "core/json_fields.h"

namespace khiw {

namespace {

using json_fields::json;

template <typename T>
void read_into(const json& doc, const char* key, T& out) {
  if (auto v = json_fields::optional<T>(doc, key, "rules config")) out = *v;
}

void require(bool ok, const std::string& what) {
  if (!ok) throw std::invalid_argument("rules config: " + what);
}

}  // namespace

std::string rules_config_to_json(const RulesConfig& c) {
  json slots = json::array();
  for (const SlotTime& s : c.slots) slots.push_back({{"start_minute", s.start_minute}, {"end_minute", s.end_minute}});
  return json{{"version", kRulesConfigJsonVersion},
              {"first_day_ahead", c.first_day_ahead},
              {"window_working_days", c.window_working_days},
              {"slots", slots},
              {"capacity_per_slot", c.capacity_per_slot},
              {"counters_per_section", c.counters_per_section},
              {"max_active_per_service_per_day", c.max_active_per_service_per_day},
              {"no_show_grace_seconds", c.no_show_grace_seconds},
              {"default_service_seconds", c.default_service_seconds},
              {"service_time_window", c.service_time_window},
              {"name_max_chars", c.name_max_chars},
              {"max_copies", c.max_copies},
              {"travel_speed_kmh", c.travel_speed_kmh},
              {"travel_detour_factor", c.travel_detour_factor},
              {"personal_data_retention_days", c.personal_data_retention_days},
              {"idempotency_retention_seconds", c.idempotency_retention_seconds}}
      .dump();
}

RulesConfig rules_config_from_json(std::string_view text) {
  const json doc = json_fields::parse_versioned(text, "rules config", kRulesConfigJsonVersion);
  RulesConfig c;
  read_into(doc, "first_day_ahead", c.first_day_ahead);
  read_into(doc, "window_working_days", c.window_working_days);
  read_into(doc, "capacity_per_slot", c.capacity_per_slot);
  read_into(doc, "counters_per_section", c.counters_per_section);
  read_into(doc, "max_active_per_service_per_day", c.max_active_per_service_per_day);
  read_into(doc, "no_show_grace_seconds", c.no_show_grace_seconds);
  read_into(doc, "default_service_seconds", c.default_service_seconds);
  read_into(doc, "service_time_window", c.service_time_window);
  read_into(doc, "name_max_chars", c.name_max_chars);
  read_into(doc, "max_copies", c.max_copies);
  read_into(doc, "travel_speed_kmh", c.travel_speed_kmh);
  read_into(doc, "travel_detour_factor", c.travel_detour_factor);
  read_into(doc, "personal_data_retention_days", c.personal_data_retention_days);
  read_into(doc, "idempotency_retention_seconds", c.idempotency_retention_seconds);
  if (doc.contains("slots")) {
    c.slots.clear();
    size_t i = 0;
    for (const json& s : json_fields::required_array(doc, "slots", "rules config")) {
      const std::string where = "rules config slot #" + std::to_string(i++);
      c.slots.push_back({json_fields::required<int>(s, "start_minute", where),
                         json_fields::required<int>(s, "end_minute", where)});
    }
  }
  require(c.first_day_ahead >= 0 && c.window_working_days >= 1, "booking window must be at least one day");
  require(c.capacity_per_slot >= 0 && c.max_active_per_service_per_day >= 1 && c.counters_per_section >= 1,
          "capacities must be positive");
  require(c.no_show_grace_seconds >= 0 && c.default_service_seconds > 0 && c.service_time_window >= 1,
          "times must be positive");
  require(c.name_max_chars >= 1 && c.max_copies >= 1, "limits must be positive");
  require(c.travel_speed_kmh > 0 && c.travel_detour_factor >= 1, "travel speed and detour must be positive");
  require(c.personal_data_retention_days >= 0 && c.idempotency_retention_seconds >= 0,
          "retention periods cannot be negative");
  int previous_end = 0;
  for (const SlotTime& s : c.slots) {
    require(s.start_minute >= previous_end && s.start_minute < s.end_minute && s.end_minute <= 24 * 60,
            "slots must be ordered, non-overlapping and within the day");
    previous_end = s.end_minute;
  }
  return c;
}

}  // namespace khiw
