// The one place the app's state changes: intents from the UI and results from the shell go in, the new
// state and the effects the shell must carry out come out. Each feature owns its intents and update
// (booking_flow.h, my_bookings_update.h); this file routes to them and does what spans features.
// Pure, so it runs in tests.
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "core/app_state.h"
#include "core/compiled_once.h"
#include "core/booking_flow.h"
#include "core/counter_update.h"
#include "core/day_summary.h"
#include "core/effects.h"
#include "core/my_bookings_update.h"
#include "core/nearby.h"
#include "core/open_data.h"
#include "core/outbox.h"
#include "core/rating_prompt.h"
#include "core/pre_service_update.h"
#include "core/walk_in_update.h"

namespace khiw {

// Emitted by screens.
struct ToggleLanguage {};
struct GoBack {};  // on-screen back and the browser's back button
struct OpenScreen { Screen screen = Screen::Start; };
struct LoadOffices {};  // retry after a failed load
// Delivered by the shell.
struct StartApp {
  std::string saved_lang;  // "th", "en" or empty when nothing was stored
  std::string key_seed;    // random hex for idempotency keys
  UnixSeconds now = 0;
  std::string saved_district;  // the district the citizen chose as where they are, or empty
  std::string route;           // the page's #fragment: "counter" opens counter mode, "board/1040" a board,
                               // "open-data" the open-data page
};
struct StoredRecordsLoaded {
  std::string bookings_json;  // empty when absent
  std::string session_json;
  std::string walk_ins_json;
  bool storage_available = true;  // false: private mode or blocked, nothing will be kept
  std::string outbox_json;
  std::string kept_json;
  std::string staff_json;  // counter mode's session and desk
};
// The device refused to write a record (full: out of quota).
struct StorageWriteFailed {
  std::string key;
  bool full = false;
};
struct Tick { UnixSeconds now = 0; };
struct HttpReplied {
  Reply reply = Reply::Offices;
  int status = 0;  // 0 when the request never reached the server
  std::string body;
  std::string context;
  std::string etag;  // the ETag header, when the server sent one
};

using IntentVariant = std::variant<ToggleLanguage, GoBack, OpenScreen, LoadOffices, StartApp, StoredRecordsLoaded,
                            StorageWriteFailed, Tick,
                            HttpReplied,
                            // booking flow
                            ChooseOffice, ChooseSection, ChooseService, ChooseDate, ChooseSlot, FocusField,
                            EditField, SetCopies, SetPickupDate, ShowPickupOffices, SetPickupOffice, SubmitDetails,
                            SetConsent, AcceptConsent, ConfirmBooking, PickAlternative, RetryAvailability,
                            // my bookings
                            OpenTicket, ToggleDocument, AddToCalendar, SaveQrImage, AskCancel, AnswerCancel,
                            RefreshMyBookings,
                            // offices near the citizen
                            SetNearbyMode, MapViewport, PanMap, ZoomMap, PinchMap, PinchEnded, TapMap, SelectOffice,
                            AskLocation, ChoosePlace, ChooseDistrict, LocationFound, LocationFailed, PageVisibility,
                            // walk-in tickets
                            OpenWalkIn, TakeWalkIn, OpenWalkInTicket, SetSetOffMinutes, AllowNotifications,
                            NotificationPermission,
                            // rating a finished service
                            RateStars, SendRating, SkipRating,
                            // offline queue
                            ConnectionChanged, OpenPendingBooking, RemovePendingBooking, DismissOutboxNotice, Rebook,
                            // counter mode
                            OpenCounterMode, SubmitStaffLogin, StaffLogout, ChooseDeskSection, ChooseDeskCounter,
                            OpenCounterDesk, CounterAct, OpenTransfer, ChooseTransferSection, OpenCheckIn, CodeScanned,
                            SubmitTypedCode, ToggleShownDocument, SetPriority, ConfirmCheckIn, WalkInInstead,
                            NextCheckIn, CounterStreamState, CounterStreamEvent, ScannerFailed,
                            // counter mode: copy requests
                            OpenPreServiceList, OpenPreServiceForm, SubmitPreServiceAction,
                            // display board
                            OpenBoard, BoardStreamState, BoardStreamEvent,
                            // director's summary and open data
                            OpenDaySummary, ChooseSummaryRange, DownloadSummaryCsv, OpenOpenData, ChooseOpenDataDay,
                            ChooseOpenDataOffice, DownloadOpenDataCsv>;

using Intent = CompiledOnce<IntentVariant>;
extern template struct CompiledOnce<IntentVariant>;  // in app_update.cpp

inline constexpr const char* kLangSetting = "khiw.lang";
inline constexpr const char* kBookingsRecord = "bookings";
inline constexpr const char* kSessionRecord = "session";
inline constexpr const char* kWalkInsRecord = "walk_ins";
inline constexpr const char* kOutboxRecord = "outbox";
inline constexpr const char* kKeptRecord = "kept";
inline constexpr const char* kStaffRecord = "staff";

std::vector<Effect> apply_intent(AppState& state, const Intent& intent);

// The session record: screens, the open ticket and the unfinished draft (see booking_draft.h).
std::string session_to_json(const AppState& state);

}  // namespace khiw
