// An app state as the shell would have it after start: the reference documents the server serves, fed
// through the same replies, and availability answers shaped like the server's.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "core/app_update.h"
#include "core/office_part.h"
#include "core/slots.h"
#include "tests/core/reference_data.h"

namespace khiw::testing {

// The effects of one kind, in order.
template <typename E>
std::vector<E> of_type(const std::vector<Effect>& effects) {
  std::vector<E> out;
  for (const Effect& e : effects)
    if (const E* x = std::get_if<E>(&e)) out.push_back(*x);
  return out;
}

// Monday 23 Nov 2026, 10:00 in Bangkok.
inline constexpr UnixSeconds kAppNow = at_23_nov(10);

inline std::string offices_doc() { return offices_to_json(offices_from_reference_json(read_source_file("data/offices.json"))); }

// The office bundle's app (the citizens' holds the same minus counter mode and the board).
inline AppState started_app(UnixSeconds now = kAppNow) {
  AppState s;
  s.office = &kOfficePart;
  apply_intent(s, StartApp{"", "seed", now});
  apply_intent(s, HttpReplied{Reply::Offices, 200, offices_doc(), ""});
  apply_intent(s, HttpReplied{Reply::Catalog, 200, catalog_to_json(reference_catalog()), ""});
  apply_intent(s, HttpReplied{Reply::Holidays, 200, calendar_to_json(reference_calendar()), ""});
  apply_intent(s, HttpReplied{Reply::Rules, 200, rules_config_to_json(RulesConfig{}), ""});
  apply_intent(s, StoredRecordsLoaded{"", "", "", true});
  return s;
}

// The server's availability answer for the working days after `now`'s day: 5 seats in every slot except
// those overridden ({"2026-11-24/0": 0}).
inline std::string availability_doc(const std::string& office, const std::string& section, UnixSeconds now,
                                    const nlohmann::json& remaining_overrides = nlohmann::json::object()) {
  const RulesConfig rules;
  const Calendar& cal = reference_calendar();
  nlohmann::json dates = nlohmann::json::array();
  const Date last = last_bookable_date(rules, cal, now);
  for (Date d = add_days(bkk_date(now), 1); d <= last; d = add_days(d, 1)) {
    if (!is_working_day(cal, d)) continue;
    nlohmann::json slots = nlohmann::json::array();
    for (int i = 0; i < static_cast<int>(rules.slots.size()); ++i) {
      const std::string key = iso_date(d) + "/" + std::to_string(i);
      const int left = remaining_overrides.contains(key) ? remaining_overrides[key].get<int>() : 5;
      slots.push_back({{"slot", i}, {"start", "x"}, {"end", "y"}, {"remaining", left}, {"bookable", true}});
    }
    dates.push_back({{"date", iso_date(d)}, {"provisional", is_provisional(cal, d)}, {"slots", slots}});
  }
  return nlohmann::json{{"office_code", office}, {"section_id", section}, {"capacity", 5}, {"dates", dates}}.dump();
}

// A valid ID: the digits 1-1017-00203-45 weigh 13..2 to a sum of 121, and (11 - 121 % 11) % 10 = 0.
inline constexpr const char* kValidId = "1101700203450";

// A 201 answer of POST /api/bookings for the draft's choices.
inline std::string created_doc(const std::string& code, const BookingDraft& d, const std::string& state = "confirmed") {
  const RulesConfig rules;
  const Date date = d.date.value_or(Date{2026, 11, 24});
  const int slot = d.slot.value_or(0);
  nlohmann::json b = {{"code", code},          {"office_code", d.office_code}, {"section_id", d.section_id},
                      {"service_id", d.service_id}, {"date", iso_date(date)}, {"slot", slot},
                      {"start", "08:00"},      {"end", "09:00"},
                      {"check_in_until", check_in_deadline(rules, date, slot)},
                      {"state", state},        {"name", d.name},               {"id_last4", "3450"}};
  return nlohmann::json{{"booking", b}, {"secret", "s3cret"}, {"qr", "KHIW1." + code + ".sig"}}.dump();
}

inline const Date kTue{2026, 11, 24};

// Office 1001, registration, ID card renewal (no pre-service request), availability answered.
inline AppState at_date_screen(const nlohmann::json& overrides = nlohmann::json::object()) {
  AppState s = started_app();
  apply_intent(s, OpenScreen{Screen::Offices});
  apply_intent(s, ChooseOffice{"1001"});
  apply_intent(s, ChooseSection{"registration"});
  apply_intent(s, ChooseService{"idcard_renew_expired"});
  apply_intent(s, HttpReplied{Reply::Availability, 200, availability_doc("1001", "registration", kAppNow, overrides),
                              "1001/registration"});
  return s;
}

inline AppState at_review(const nlohmann::json& overrides = nlohmann::json::object()) {
  AppState s = at_date_screen(overrides);
  apply_intent(s, ChooseDate{kTue});
  apply_intent(s, ChooseSlot{0});
  apply_intent(s, EditField{Field::Name, "สมชาย ใจดี"});
  apply_intent(s, EditField{Field::NationalId, kValidId});
  apply_intent(s, SubmitDetails{});
  apply_intent(s, SetConsent{true});
  apply_intent(s, AcceptConsent{});
  return s;
}


}  // namespace khiw::testing
