// What the citizen does with a saved booking: open its ticket, tick documents, add it to the calendar,
// save the QR image, cancel it (asked once), and refresh the list from the server.
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "core/effects.h"
#include "core/i18n.h"
#include "core/my_bookings.h"
#include "core/navigation.h"
#include "core/reference_state.h"

namespace khiw {

struct OpenTicket { std::string code; };
struct ToggleDocument { std::string code; int index = 0; };
struct AddToCalendar { std::string code; };
struct SaveQrImage { std::string code; };
struct AskCancel { std::string code; };
struct AnswerCancel { bool yes = false; };
struct RefreshMyBookings {};

using MineIntent =
    std::variant<OpenTicket, ToggleDocument, AddToCalendar, SaveQrImage, AskCancel, AnswerCancel, RefreshMyBookings>;

struct MineContext {
  Navigation& nav;
  const ReferenceState& ref;
  Lang lang = Lang::Th;
  UnixSeconds now = 0;
};

std::vector<Effect> apply_mine_intent(MyBookings& mine, MineContext ctx, const MineIntent& intent);
// Lookup and cancel replies; `context` is the booking code.
void apply_lookup_reply(MyBookings& mine, UnixSeconds now, int status, const std::string& body,
                        const std::string& context);
void apply_cancel_reply(MyBookings& mine, UnixSeconds now, int status, const std::string& body,
                        const std::string& context);

// A cancel's answer however it came (directly, or through the offline queue): true when the booking is
// now cancelled.
bool apply_cancel_answer(MyBookings& mine, UnixSeconds now, int status, const std::string& body,
                         const std::string& code);
// POST /api/bookings/lookup for a saved booking (its state as the server has it now).
HttpRequest lookup_request(const SavedBooking& saved);
// The server's error code of a refusal, or "network" when there was no answer.
std::string error_code_or_network(int status, const std::string& body);

// The .ics and PNG downloads of a saved booking (exposed for tests).
DownloadFile calendar_file(const SavedBooking& saved, const ReferenceState& ref, Lang lang, UnixSeconds now);
DownloadQrImage qr_image(const SavedBooking& saved, const ReferenceState& ref, Lang lang);

}  // namespace khiw
