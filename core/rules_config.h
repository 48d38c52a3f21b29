// The numbers behind the rules, defaulted to the real BMA Q service; the server may load other values.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace khiw {

struct SlotTime {
  int start_minute = 0;  // minutes after Bangkok midnight
  int end_minute = 0;
  bool operator==(const SlotTime&) const = default;
};

struct RulesConfig {
  int first_day_ahead = 1;   // today + 1 ...
  int window_working_days = 10;  // ... up to the 10th working day after today
  // 08–09, 09–10, 10–11, 11–12, (lunch), 13–14, 14–15
  std::vector<SlotTime> slots = {{480, 540}, {540, 600}, {600, 660}, {660, 720}, {780, 840}, {840, 900}};
  int capacity_per_slot = 5;                 // per office section
  int counters_per_section = 2;              // open counters, for queues and wait estimates (assumed)
  int max_active_per_service_per_day = 1;    // per citizen
  int no_show_grace_seconds = 15 * 60;       // check-in allowed until slot start + this
  double default_service_seconds = 10 * 60;  // wait estimate before any service has finished
  int service_time_window = 20;              // moving average over the last N finished services
  int name_max_chars = 100;
  int max_copies = 10;                       // pre-service request: copies per booking
  double travel_speed_kmh = 20;              // Bangkok traffic, door to door
  double travel_detour_factor = 1.4;         // road distance / straight-line distance
  int personal_data_retention_days = 30;     // after the appointment day: room for complaints, then erased
  // An offline phone resends a booking with its key until the day it was for: the booking window's 10
  // working days are at most 16 calendar days with the longest holidays.
  int idempotency_retention_seconds = 16 * 24 * 3600;
  bool operator==(const RulesConfig&) const = default;
};

inline constexpr int kRulesConfigJsonVersion = 1;
std::string rules_config_to_json(const RulesConfig& config);
// Missing keys keep their defaults; wrong types or impossible values throw std::invalid_argument.
RulesConfig rules_config_from_json(std::string_view text);

}  // namespace khiw
