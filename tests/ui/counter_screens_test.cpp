// Counter mode's screens drawn headless: what each shows, what a tap emits, and that each fits a phone
// and an office PC in Thai and English.
#include <gtest/gtest.h>

#include <algorithm>

#include "tests/pre_service_items.h"
#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

AppState staff_on(Screen screen) {
  AppState s = testing::state_on(screen);
  s.counter.session = {"tok", "staff1001", "1001", s.now + 3600};
  s.counter.desk = {"registration", 1};
  return s;
}

using testing::frame_of;
using testing::widget_of;

// Two waiting (one a booking), one remote holder, A001 at this counter for 7 minutes.
AppState busy_desk() {
  AppState s = staff_on(Screen::CounterDesk);
  SectionQueue& q = s.counter.queue;
  q = open_queue("1001", "registration", bkk_date(s.now), 2);
  q.tickets = {{"A001", TicketKind::Booked, TicketState::Serving, "7KQ2M9XD", 0, s.now - 900, s.now - 420, 0, 1},
               {"W001", TicketKind::WalkIn, TicketState::Waiting, "", 0, s.now - 600},
               {"A002", TicketKind::Booked, TicketState::Waiting, "9ABCDEFG", 0, s.now - 300},
               {"W002", TicketKind::RemoteWalkIn, TicketState::Remote, "", 0, s.now - 200}};
  q.line = {"A002", "W001", "W002"};
  s.counter.queue_status = LoadStatus::Ready;
  BookingView b;
  b.code = "7KQ2M9XD";
  b.office_code = "1001";
  b.section_id = "registration";
  b.service_id = "idcard_lost";
  b.date = bkk_date(s.now);
  b.start = "08:00";
  b.end = "09:00";
  b.state = BookingState::Serving;
  b.name = "สมชาย ใจดี";
  s.counter.roster = {b};
  s.counter.stream_connected = true;
  return s;
}

TEST(StaffLoginScreen, TheFieldsAndTheButtonWhichWaitsForBoth) {
  AppState s = staff_on(Screen::StaffLogin);
  s.counter.session = {};
  EXPECT_TRUE(testing::tap(s, "staff_login").empty());
  s.counter.login = {"staff1001", "pw"};
  EXPECT_EQ(widget_of(frame_of(s), "staff_password").label, "••");  // drawn as dots
  testing::single<SubmitStaffLogin>(testing::tap(s, "staff_login"));
  s.counter.login.expired = true;
  s.counter.login.error = "unauthorized";
  const auto shown = frame_of(s);
  EXPECT_TRUE(testing::has_widget(shown, "info_session_expired"));
  EXPECT_TRUE(testing::has_widget(shown, "error_login"));
  testing::expect_fits_phone_and_desktop(s);
  s.counter.login.error = "device_clock";
  for (const Lang lang : {Lang::Th, Lang::En}) {
    s.lang = lang;
    EXPECT_NE(widget_of(frame_of(s), "error_login").label.find(tr(Msg::ErrorDeviceClock, lang)), std::string::npos);
    testing::expect_fits_phone_and_desktop(s);
  }
}

TEST(CounterSetupScreen, EverySectionAndCounterAndOpenOnlyOnceBothAreChosen) {
  AppState s = staff_on(Screen::CounterSetup);
  EXPECT_EQ(testing::single<ChooseDeskSection>(testing::tap(s, "desk_section_revenue")).section_id, "revenue");
  EXPECT_EQ(testing::single<ChooseDeskCounter>(testing::tap(s, "desk_counter_2")).counter, 2);
  testing::single<OpenCounterDesk>(testing::tap(s, "desk_open"));
  s.counter.desk = {};
  EXPECT_TRUE(testing::tap(s, "desk_open").empty());
  testing::expect_fits_phone_and_desktop(s);
}

TEST(CounterDeskScreen, NowServingWithItsActionsAndTheLine) {
  const AppState s = busy_desk();
  const auto out = frame_of(s, 1280);
  EXPECT_NE(widget_of(out, "serving").label.find("สมชาย"), std::string::npos);  // the booked citizen's name
  EXPECT_EQ(testing::single<CounterAct>(testing::tap(s, "act_done")).ticket, "A001");
  EXPECT_EQ(testing::single<CounterAct>(testing::tap(s, "act_no_show")).action, CounterAction::NoShow);
  EXPECT_EQ(testing::single<CounterAct>(testing::tap(s, "act_recall")).action, CounterAction::Recall);
  EXPECT_EQ(testing::single<CounterAct>(testing::tap(s, "act_return")).action, CounterAction::Return);
  // Busy: neither call next nor a row of the line calls anyone.
  EXPECT_TRUE(testing::tap(s, "act_call_next").empty());
  EXPECT_TRUE(testing::tap(s, "line_W001").empty());
  EXPECT_TRUE(testing::has_widget(out, "info_counts"));
  EXPECT_TRUE(testing::has_widget(out, "info_roster_7KQ2M9XD"));
  testing::expect_fits_phone_and_desktop(s);
}

TEST(CounterDeskScreen, AFreeCounterCallsNextOrATappedRowButNotSomeoneAway) {
  AppState s = busy_desk();
  s.counter.queue.tickets[0].state = TicketState::Done;
  EXPECT_EQ(testing::single<CounterAct>(testing::tap(s, "act_call_next")).action, CounterAction::CallNext);
  const CounterAct call = testing::single<CounterAct>(testing::tap(s, "line_W001"));
  EXPECT_EQ(call.action, CounterAction::Call);
  EXPECT_EQ(call.ticket, "W001");
  EXPECT_TRUE(testing::tap(s, "line_W002").empty());  // remote: not at the office
}

TEST(CounterDeskScreen, AWalkInTicketIsIssuedWithThePriorityTapped) {
  const AppState s = busy_desk();
  const CounterAct regular = testing::single<CounterAct>(testing::tap(s, "act_desk_walk_in_none"));
  EXPECT_EQ(regular.action, CounterAction::DeskWalkIn);
  EXPECT_EQ(regular.priority, "");
  EXPECT_EQ(testing::single<CounterAct>(testing::tap(s, "act_desk_walk_in_pregnancy")).priority, "pregnancy");
}

TEST(CounterDeskScreen, APausedCounterSaysWhyCallsNobodyAndResumes) {
  AppState s = busy_desk();
  s.counter.queue.tickets[0].state = TicketState::Done;
  s.counter.queue.paused.push_back({1, "พักกลางวัน", s.now - 60});
  const auto out = frame_of(s);
  EXPECT_NE(widget_of(out, "info_paused").label.find("พักกลางวัน"), std::string::npos);
  EXPECT_TRUE(testing::tap(s, "act_call_next").empty());
  EXPECT_TRUE(testing::tap(s, "line_W001").empty());
  EXPECT_EQ(testing::single<CounterAct>(testing::tap(s, "act_resume")).action, CounterAction::Resume);
  testing::expect_fits_phone_and_desktop(s);
}

TEST(CounterDeskScreen, APriorityCitizenIsMarkedInTheLine) {
  AppState s = busy_desk();
  s.counter.queue.tickets[1].priority = Priority::Elderly;
  AppState en = s;
  en.lang = Lang::En;
  EXPECT_NE(widget_of(frame_of(en), "line_W001").label.find("Elderly"), std::string::npos);
}

TEST(CounterDeskScreen, TransferNeedsAnotherSectionChosen) {
  AppState s = busy_desk();
  testing::single<OpenTransfer>(testing::tap(s, "act_transfer_open"));
  EXPECT_FALSE(testing::has_widget(frame_of(s), "transfer_revenue"));  // hidden until opened
  s.counter.transfer_open = true;
  EXPECT_EQ(testing::single<ChooseTransferSection>(testing::tap(s, "transfer_revenue")).section_id, "revenue");
  s.counter.transfer_to = "revenue";
  const CounterAct t = testing::single<CounterAct>(testing::tap(s, "act_transfer"));
  EXPECT_EQ(t.action, CounterAction::Transfer);
  EXPECT_EQ(t.ticket, "A001");
}

TEST(CounterDeskScreen, ADroppedStreamAndUnsentActionsAreSaid) {
  AppState s = busy_desk();
  s.counter.stream_connected = false;
  s.counter.ops.push_back({"done", "staff1001", http_post(Reply::CounterAction, "/x", "{}", "k1"), false, s.now + 5});
  const auto out = frame_of(s);
  EXPECT_TRUE(testing::has_widget(out, "info_live"));
  EXPECT_NE(widget_of(out, "info_ops_waiting").label.find("1"), std::string::npos);
  testing::expect_fits_phone_and_desktop(s);
}

TEST(CounterCheckInScreen, CameraBoxAndTypedCodeFirst) {
  AppState s = staff_on(Screen::CounterCheckIn);
  const auto out = frame_of(s);
  ASSERT_TRUE(out.camera.has_value());
  EXPECT_GT(out.camera->w, 300);
  EXPECT_TRUE(testing::tap(s, "find_code").empty());
  s.counter.check_in.typed = "7KQ2M9XD";
  testing::single<SubmitTypedCode>(testing::tap(s, "find_code"));
  testing::expect_fits_phone_and_desktop(s);
}

// The check-in screen at `step` with the desk's booked citizen found.
AppState checking_in(CheckInStep step) {
  AppState s = busy_desk();
  s.nav.stack.back() = Screen::CounterCheckIn;
  CheckInDesk& d = s.counter.check_in;
  d.step = step;
  d.booking = s.counter.roster[0];
  d.section_id = "registration";
  return s;
}

TEST(CounterCheckInScreen, AFoundBookingShowsDocumentsPriorityAndCheckIn) {
  AppState s = checking_in(CheckInStep::Found);
  CheckInDesk& d = s.counter.check_in;
  d.shown.assign(find_service(s.ref.catalog, "idcard_lost")->documents->size(), false);
  EXPECT_FALSE(frame_of(s).camera.has_value());  // the camera stops once someone is found
  EXPECT_EQ(testing::single<ToggleShownDocument>(testing::tap(s, "shown_0")).index, 0);
  EXPECT_EQ(testing::single<SetPriority>(testing::tap(s, "priority_elderly")).priority, "elderly");
  testing::single<ConfirmCheckIn>(testing::tap(s, "confirm_check_in"));
  testing::expect_fits_phone_and_desktop(s);
}

TEST(CounterCheckInScreen, LateOffersAWalkInTicket) {
  AppState s = checking_in(CheckInStep::Refused);
  CheckInDesk& d = s.counter.check_in;
  d.error = "too_late";
  testing::single<WalkInInstead>(testing::tap(s, "walk_in_instead"));
  testing::expect_fits_phone_and_desktop(s);
  d.step = CheckInStep::WalkInIssued;
  d.result_ticket = "W003";
  EXPECT_NE(widget_of(frame_of(s), "info_walk_in_issued").label.find("W003"), std::string::npos);
}

TEST(CounterDeskScreen, TheWalkInWithoutPriorityIsRegular) {
  AppState s = busy_desk();
  EXPECT_EQ(widget_of(frame_of(s), "act_desk_walk_in_none").label, "ทั่วไป");
  s.lang = Lang::En;
  EXPECT_EQ(widget_of(frame_of(s), "act_desk_walk_in_none").label, "Regular");
}

TEST(CounterDeskScreen, TheCopyRequestsOpenFromTheDesk) {
  testing::single<OpenPreServiceList>(testing::tap(busy_desk(), "open_pre_service"));
}

// The copy requests of office 1001 in every state and role, read.
AppState requests_screen() {
  AppState s = staff_on(Screen::CounterPreService);
  s.counter.stream_connected = true;
  PreServiceDesk& d = s.counter.pre_service;
  d.status = LoadStatus::Ready;
  d.items = {testing::copy_request_item("PENDING1", PreServiceState::Pending, PreServiceRole::Prepare),
             testing::copy_request_item("PREPARE2", PreServiceState::Prepared, PreServiceRole::Both),
             testing::copy_request_item("APPROVE3", PreServiceState::Approved, PreServiceRole::Pickup),
             testing::copy_request_item("APPROVE4", PreServiceState::Approved, PreServiceRole::Prepare),
             testing::copy_request_item("PENDING5", PreServiceState::Pending, PreServiceRole::Pickup)};
  d.items[2].progress.fee_satang = 4000;
  return s;
}

TEST(CounterPreServiceScreen, EachRequestWithItsCitizenAndOnlyTheActionsThisOfficeMayTake) {
  const AppState s = requests_screen();
  const auto out = frame_of(s, 1280);
  EXPECT_NE(widget_of(out, "info_ps_PENDING1").label.find("รอจัดเตรียมเอกสาร"), std::string::npos);
  EXPECT_NE(widget_of(out, "info_ps_APPROVE3").label.find("40 บาท"), std::string::npos);
  const std::vector<std::pair<std::string, std::vector<std::string>>> offered = {
      {"PENDING1", {"prepare", "reject"}},
      {"PREPARE2", {"approve", "reject"}},
      {"APPROVE3", {"pickup"}},
      {"APPROVE4", {}},  // approved here, handed over at another office
      {"PENDING5", {}}};  // prepared at another office
  for (const auto& [code, actions] : offered)
    for (const char* action : {"prepare", "approve", "reject", "pickup"}) {
      const bool shown = std::find(actions.begin(), actions.end(), action) != actions.end();
      EXPECT_EQ(testing::has_widget(out, "ps_" + std::string(action) + "_" + code), shown) << code << " " << action;
    }
  const SubmitPreServiceAction prepare = testing::single<SubmitPreServiceAction>(testing::tap(s, "ps_prepare_PENDING1"));
  EXPECT_EQ(prepare.code, "PENDING1");
  EXPECT_EQ(prepare.kind, PreServiceActionKind::Prepare);
  const OpenPreServiceForm approve = testing::single<OpenPreServiceForm>(testing::tap(s, "ps_approve_PREPARE2"));
  EXPECT_EQ(approve.code, "PREPARE2");
  EXPECT_EQ(approve.kind, PreServiceActionKind::Approve);
  EXPECT_EQ(testing::single<OpenPreServiceForm>(testing::tap(s, "ps_pickup_APPROVE3")).kind, PreServiceActionKind::Pickup);
  testing::expect_fits_phone_and_desktop(s);
}

TEST(CounterPreServiceScreen, TheOpenFormTakesWhatItsActionNeedsAndSendsIt) {
  AppState s = requests_screen();
  s.counter.pre_service.form_code = "APPROVE3";
  s.counter.pre_service.form_kind = PreServiceActionKind::Pickup;
  s.counter.pre_service.national_id = "1101700203450";
  const auto out = frame_of(s, 1280);
  EXPECT_EQ(widget_of(out, "pickup_national_id").label, "1-1017-00203-45-0");  // grouped as on the card
  EXPECT_TRUE(testing::has_widget(out, "pickup_laser_code"));
  EXPECT_FALSE(testing::has_widget(out, "pre_service_fee"));
  const SubmitPreServiceAction sent = testing::single<SubmitPreServiceAction>(testing::tap(s, "ps_submit"));
  EXPECT_EQ(sent.code, "APPROVE3");
  EXPECT_EQ(sent.kind, PreServiceActionKind::Pickup);
  EXPECT_EQ(testing::single<OpenPreServiceForm>(testing::tap(s, "ps_form_close")).code, "");
  testing::expect_fits_phone_and_desktop(s);

  s.counter.pre_service.form_code = "PREPARE2";
  s.counter.pre_service.form_kind = PreServiceActionKind::Reject;
  EXPECT_TRUE(testing::has_widget(frame_of(s), "pre_service_reason"));
  s.counter.pre_service.form_kind = PreServiceActionKind::Approve;
  EXPECT_TRUE(testing::has_widget(frame_of(s), "pre_service_fee"));
  testing::expect_fits_phone_and_desktop(s);
}

TEST(CounterPreServiceScreen, ARefusalIsSaidUnderItsRequestAndASentActionWaits) {
  AppState s = requests_screen();
  s.counter.pre_service.error_code = "APPROVE3";
  s.counter.pre_service.error = "id_mismatch";
  s.lang = Lang::En;
  EXPECT_NE(widget_of(frame_of(s), "error_ps_APPROVE3").label.find("not the requester"), std::string::npos);
  s.counter.ops.push_back({"pre_service_prepare", "staff1001",
                           http_post(Reply::CounterAction, "/api/counter/1001/pre-service/PENDING1/prepare", "{}", "k1")});
  EXPECT_TRUE(testing::tap(s, "ps_prepare_PENDING1").empty());  // one at a time
  testing::expect_fits_phone_and_desktop(s);
}

TEST(CounterPreServiceScreen, LoadingFailedAndEmpty) {
  AppState s = requests_screen();
  s.counter.pre_service = {};
  s.counter.pre_service.status = LoadStatus::Failed;
  testing::single<OpenPreServiceList>(testing::tap(s, "ps_retry"));
  s.counter.pre_service.status = LoadStatus::Ready;
  EXPECT_TRUE(testing::has_widget(frame_of(s), "info_ps_none"));
  testing::expect_fits_phone_and_desktop(s);
}

}  // namespace
}  // namespace khiw
