// Pre-service requests (Bang Khae style: certified copies prepared before the citizen comes). The
// booking's office prepares the copies, then approves them with the fee (or rejects the request); the
// pickup office the citizen chose (any district office) hands them over once the national ID and the
// laser code shown match the request: pending -> prepared -> approved -> picked_up, and rejected from
// pending or prepared. The progress is kept inside the booking's request (booking.h).
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bkk_time.h"
#include "core/result.h"

namespace khiw {

struct Booking;
struct Office;

enum class PreServiceState { Pending, Prepared, Approved, Rejected, PickedUp };
std::string_view pre_service_state_name(PreServiceState s);  // "pending", ..., "picked_up" as in the API
std::optional<PreServiceState> pre_service_state_from_name(std::string_view name);
// Still to be dealt with by staff: pending, prepared or approved.
bool is_open(PreServiceState s);

inline constexpr int kMaxFeeSatang = 100000;  // 1,000 baht

struct PreServiceProgress {
  PreServiceState state = PreServiceState::Pending;
  std::optional<int> fee_satang;  // set by the approval
  std::string reason;             // rejected only
  UnixSeconds updated_at = 0;     // the last action, or the booking's creation while pending
  std::string by;                 // staff username of the last action; empty while pending
  bool operator==(const PreServiceProgress&) const = default;
};

// Any of the 50 district offices (express points are not offices and hand nothing over).
bool is_pickup_office(const std::vector<Office>& offices, std::string_view code);

// What an office does with a request: the booking's office prepares, the pickup office hands over.
enum class PreServiceRole { None, Prepare, Pickup, Both };
std::string_view pre_service_role_name(PreServiceRole r);  // "", "prepare", "pickup", "both"
std::optional<PreServiceRole> pre_service_role_from_name(std::string_view name);
// None also for a booking without a request.
PreServiceRole pre_service_role(const Booking& booking, std::string_view office);

// Whether an office with `role` sees a request in state `s` in its list: the preparing office all of them;
// a pickup office only once it has copies to hand over (approved, then picked up), so it never learns who
// asked for what until then (PDPA: the least personal data).
bool pre_service_listed(PreServiceRole role, PreServiceState s);

enum class PreServiceActionKind { Prepare, Approve, Reject, Pickup };
std::string_view pre_service_action_name(PreServiceActionKind k);  // "prepare", ... as in the API path
// Whether an office with `role` may take `kind` on a request in state `s` (the checks of
// apply_pre_service_action that need neither the booking nor what was typed): the actions staff are offered.
bool pre_service_action_allowed(PreServiceRole role, PreServiceState s, PreServiceActionKind kind);

struct PreServiceAction {
  PreServiceActionKind kind = PreServiceActionKind::Prepare;
  int fee_satang = 0;       // Approve
  std::string reason;       // Reject, as typed
  std::string citizen_key;  // Pickup: the server's keyed hash of the ID shown; empty when it is malformed
  std::string laser_code;   // Pickup: as typed
};

// The progress after `action` by staff `by` of an office with `role`. Refusals: BookingCancelled,
// NotPreparingOffice / NotPickupOffice (wrong role), IllegalTransition, InvalidFee, InvalidReason,
// IdMismatch, LaserMismatch (checked in that order; a booking without a request is IllegalTransition).
Result<PreServiceProgress> apply_pre_service_action(const Booking& booking, PreServiceRole role,
                                                    const PreServiceAction& action, std::string_view by,
                                                    UnixSeconds now);

// One request as the staff list shows it, relative to the office that asked. Never the laser code or
// the citizen key; of the national ID only the last 4 digits.
struct PreServiceItem {
  std::string code;
  std::string office_code;  // preparing office
  std::string pickup_office;
  std::string section_id;
  std::string service_id;
  std::string name;
  std::string id_last4;
  int copies = 1;
  Date date;
  int slot = 0;
  Date pickup_date;
  PreServiceProgress progress;
  PreServiceRole role = PreServiceRole::None;
  bool operator==(const PreServiceItem&) const = default;
};
// `booking` must carry a request.
PreServiceItem pre_service_item(const Booking& booking, std::string_view office);

std::string pre_service_item_to_json(const PreServiceItem& item);
PreServiceItem pre_service_item_from_json(std::string_view text);  // throws std::invalid_argument
// GET /api/counter/{office}/pre-service: {"requests": [item, ...]}.
std::string pre_service_list_to_json(const std::vector<PreServiceItem>& items);
std::vector<PreServiceItem> pre_service_list_from_json(std::string_view text);  // throws std::invalid_argument

// What the citizen's booking view shows of the request (docs/API.md): no laser code, no staff name.
struct PreServiceView {
  std::string pickup_office;
  Date pickup_date;
  int copies = 1;
  PreServiceProgress progress;  // `by` left empty
  bool operator==(const PreServiceView&) const = default;
};
std::optional<PreServiceView> pre_service_view(const Booking& booking);
// The view's "pre_service" value: an object, or null for a booking without a request.
nlohmann::json pre_service_view_json(const std::optional<PreServiceView>& view);
// Reads the "pre_service" field of a booking view; absent or null is nullopt. Throws std::invalid_argument.
std::optional<PreServiceView> pre_service_view_from(const nlohmann::json& booking_view, const std::string& where);

// The progress fields of a JSON object (booking record, citizen's view, list item): "state",
// "fee_satang" (null until approved), "reason" (null unless rejected), "updated_at", "by". Reading,
// a missing "state" is a record from before progress was kept: pending.
void write_progress(nlohmann::json& object, const PreServiceProgress& progress);
PreServiceProgress read_progress(const nlohmann::json& object, const std::string& where);

}  // namespace khiw
