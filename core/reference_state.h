// The public reference data the app fetches at start (offices, catalog, holidays, rules): the same
// documents the server builds from data/, parsed by the same core readers.
#pragma once
#include <string>
#include <vector>

#include "core/calendar.h"
#include "core/catalog.h"
#include "core/effects.h"
#include "core/offices.h"
#include "core/rules_config.h"

namespace khiw {

enum class LoadStatus { Idle, Loading, Ready, Failed };

struct ReferenceState {
  LoadStatus offices_status = LoadStatus::Idle;
  std::vector<Office> offices;
  std::string offices_error;  // technical detail shown under the translated message
  LoadStatus catalog_status = LoadStatus::Idle;  // catalog, holidays and rules together
  Catalog catalog;
  Calendar calendar;
  RulesConfig rules;
  int pending = 0;  // catalog, holidays, rules replies still awaited
  std::string catalog_error;
};

// Requests for everything not loaded yet (skips what is loading or ready).
std::vector<Effect> load_reference(ReferenceState& ref);
// Applies a reply for Offices, Catalog, Holidays or Rules.
void apply_reference_reply(ReferenceState& ref, Reply reply, int http_status, const std::string& body);

const Office* find_office(const ReferenceState& ref, std::string_view code);

}  // namespace khiw
