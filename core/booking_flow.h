// The citizen's booking path as a state machine: office → section → service → date → slot → details →
// consent → review → confirm. Each choice moves the navigation forward; confirming sends one request with
// the draft's idempotency key, so a double tap, a reload or a retry can never book twice.
#pragma once
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/availability.h"
#include "core/booking_draft.h"
#include "core/effects.h"
#include "core/idempotency_keys.h"
#include "core/my_bookings.h"
#include "core/navigation.h"
#include "core/reference_state.h"

namespace khiw {

// Idle: not sent. Sending: on its way (confirm disabled). NotSent: the server failed (5xx) — the draft
// and its key are kept for a retry (no answer at all queues the request instead: core/outbox.h). Refused: the server said no (slot_full, duplicate_booking, ...).
enum class SendStatus { Idle, Sending, NotSent, Refused };
std::string_view send_status_name(SendStatus s);

struct BookingFlow {
  BookingDraft draft;
  Field focused = Field::None;
  bool details_submitted = false;  // after "next" on the details screen every field shows its error
  LoadStatus availability_status = LoadStatus::Idle;
  Availability availability;
  bool seats_offline = false;   // no answer: the window worked out on the device, seats maybe out of date
  UnixSeconds seats_as_of = 0;  // offline: when the kept seats came from the server (0: none kept)
  SendStatus send = SendStatus::Idle;
  std::optional<ErrorCode> refusal;     // a rule's refusal of the last send
  std::string refusal_code;             // the server's code when it is not a rule's (shown as detail)
  std::vector<SlotChoice> alternatives; // offered after slot_full / duplicate_booking
  bool pickup_offices_shown = false;    // the list of offices to pick the copies up at is open
  std::string pickup_search;            // narrows that list
  bool operator==(const BookingFlow&) const = default;
};

// Emitted by the booking screens.
struct ChooseOffice { std::string code; };
struct ChooseSection { std::string id; };
struct ChooseService { std::string id; };
struct ChooseDate { Date date; };
struct ChooseSlot { int slot = 0; };
struct FocusField { Field field = Field::None; };  // None: no field has the keyboard
struct EditField {
  Field field = Field::None;
  std::string value;  // the whole text of the field (the hidden input's value is the truth)
};
struct SetCopies { int copies = 1; };
struct SetPickupDate { Date date; };
struct ShowPickupOffices { bool shown = true; };
struct SetPickupOffice { std::string code; };  // any district office; the booking's own is the default
struct SubmitDetails {};
struct SetConsent { bool agreed = false; };
struct AcceptConsent {};
struct ConfirmBooking {};
struct PickAlternative { Date date; int slot = 0; };
struct RetryAvailability {};

using FlowIntent = std::variant<ChooseOffice, ChooseSection, ChooseService, ChooseDate, ChooseSlot, FocusField,
                                EditField, SetCopies, SetPickupDate, ShowPickupOffices, SetPickupOffice,
                                SubmitDetails, SetConsent, AcceptConsent, ConfirmBooking, PickAlternative,
                                RetryAvailability>;

// What a flow step may touch besides the flow itself.
struct FlowContext {
  Navigation& nav;
  IdempotencyKeys& keys;
  const ReferenceState& ref;
  UnixSeconds now = 0;
};

std::vector<Effect> apply_flow_intent(BookingFlow& flow, FlowContext ctx, const FlowIntent& intent);

// GET /api/availability reply; `context` is "office/section" of the request (stale answers are dropped).
void apply_availability_reply(BookingFlow& flow, const FlowContext& ctx, int status, const std::string& body,
                              const std::string& context);
// No answer for the availability: the window worked out on the device from the rules and calendar, with
// the kept answer's seats where there is one (`kept` may be null; `kept_as_of` is its time).
void apply_offline_availability(BookingFlow& flow, const FlowContext& ctx, const Availability* kept,
                                UnixSeconds kept_as_of, const std::string& context);
// POST /api/bookings reply. On 201 returns the booking to file under my bookings and clears the draft;
// on a refusal keeps the draft, records why, and asks for fresh availability to offer alternatives.
std::optional<SavedBooking> apply_create_reply(BookingFlow& flow, FlowContext ctx, int status,
                                               const std::string& body, std::vector<Effect>& effects);

// The request for the draft as it stands (used again after a reload that caught it in flight).
HttpRequest create_booking_request(const ReferenceState& ref, const BookingDraft& draft);
HttpRequest availability_request(const std::string& office_code, const std::string& section_id);

}  // namespace khiw
