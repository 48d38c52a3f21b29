// Every way a rule can refuse, as one enum used three ways: a stable snake_case code (API, logs, tests),
// and a message in Thai and English (UI, API body {"error": code, "message": {"th":..., "en":...}}).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "core/i18n.h"

namespace khiw {

enum class ErrorCode {
  // Citizen input
  InvalidNationalId,        // not 13 digits
  NationalIdCheckDigit,     // 13 digits but the mod-11 check digit is wrong
  InvalidLaserCode,
  InvalidMobile,
  MobileNotCollected,       // the service does not need a phone number, so none is taken (PDPA)
  NameEmpty,
  NameTooLong,
  NameInvalidCharacters,
  InvalidDate,
  MissingRequestFields,     // the service needs the pre-service request (laser code, copies, pickup date)
  InvalidCopies,
  InvalidPickupDate,
  // Catalog
  UnknownOffice,
  UnknownSection,
  UnknownService,
  ServiceNotInSection,
  // Booking window and capacity
  DateInPast,
  OutsideWindow,            // today, or beyond the last bookable working day
  NonWorkingDay,
  InvalidSlot,
  SlotStarted,
  SlotFull,
  DuplicateBooking,
  // Lifecycle
  IllegalTransition,
  NotPermitted,             // that actor may not take that action
  TooEarly,
  TooLate,                  // checked in after slot start + grace: the booking is a no-show
  WrongDay,
  // Queue
  QueueEmpty,
  TicketNotFound,
  CounterBusy,
  InvalidCounter,
  AlreadyCheckedIn,
  CounterPaused,            // calls to a counter on a break are refused until it resumes
  CounterNotPaused,
  NotServingHere,           // that ticket is not the one being served at that counter
  NotCheckedIn,             // a remote ticket's holder is not at the office yet
  SameSection,              // a transfer must go to another section
  InvalidReason,            // free-text reason (a pause, a refusal) of 1 to 200 characters
  // Pre-service requests
  InvalidPickupOffice,      // the pickup office must be one of the 50 district offices
  InvalidFee,               // an approved request's fee: 0 to 100000 satang
  IdMismatch,               // the national ID shown at pickup is not the requester's
  LaserMismatch,            // the laser code shown at pickup is not the one requested with
  BookingCancelled,         // a cancelled booking's request takes no more actions
  NotPreparingOffice,       // only the booking's office prepares, approves or rejects
  NotPickupOffice,          // only the chosen pickup office hands the copies over
  kCount  // keep last
};

// Stable across releases: clients match on these strings.
std::string_view error_code_name(ErrorCode code);
std::optional<ErrorCode> error_code_from_name(std::string_view name);
std::string_view error_message(ErrorCode code, Lang lang);
// {"error": code, "message": {"th": ..., "en": ...}} — the server's 4xx body.
std::string error_body_json(ErrorCode code);
// The "error" code of such a body (also the server's own codes, e.g. "bad_json"); empty when there is none.
std::string error_code_in_body(std::string_view body);

}  // namespace khiw
