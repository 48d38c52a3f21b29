// Pieces several screens share: names of the citizen's choices in the user's language, dates with their
// weekday, the "where am I" line, and the catalog's loading state.
#pragma once
#include <imgui.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/app_state.h"
#include "ui/ui_output.h"

namespace khiw::ui {

std::string office_name(const ReferenceState& ref, std::string_view code, Lang lang);  // the code when unknown
std::string section_name(const Catalog& catalog, std::string_view id, Lang lang);
std::string service_name(const Catalog& catalog, std::string_view id, Lang lang);
std::string_view weekday_name(Date d, Lang lang);          // จันทร์ / Mon
std::string date_with_weekday(Date d, Lang lang);          // "จันทร์ 23 พ.ย. 2569"
// "x-xxxx-xxxx0-12-3": the ID as the card prints it with all but the last 4 digits hidden.
std::string masked_national_id(std::string_view typed);
// Green while the booking holds a seat, red when cancelled or missed, grey when done.
ImU32 booking_state_colour(BookingState state);

// The office, section and service chosen so far, in the muted colour (only those already chosen).
void draw_choices_so_far(const AppState& state);
// Catalog, holidays and rules not ready: draws loading or failed with retry (`catalog_retry`), true.
bool catalog_pending(const AppState& state, UiOutput& out);
// Seats not loaded: draws loading or failed with retry (`availability_retry`), true. Seats worked out
// offline: says so (and how old they are) with the same retry, false.
bool availability_pending(const AppState& state, UiOutput& out);
// "24 พ.ย. 2569 14:05": a moment in Bangkok time.
std::string moment_text(UnixSeconds t, Lang lang);
// A copy request's state in words, with the fee once approved or the reason once rejected.
std::string pre_service_progress_text(const PreServiceProgress& progress, Lang lang);
// A draft's choices and details as label/value rows (the ID masked), for info_rows.
std::vector<std::pair<std::string, std::string>> draft_rows(const AppState& state, const BookingDraft& draft);
// A booking's details as label/value rows, with its copy request's pickup day, office (when not the
// booking's) and progress.
std::vector<std::pair<std::string, std::string>> booking_rows(const AppState& state, const BookingView& booking);
// Label/value pairs in two columns; values wrap in theirs.
void info_rows(const char* table_id, const std::vector<std::pair<std::string, std::string>>& rows);
// "about 12 min wait", or "no wait" when there is none.
std::string wait_text(UnixSeconds wait_s, Lang lang);
// A heading line in the accent colour.
void heading(std::string_view utf8);

}  // namespace khiw::ui
