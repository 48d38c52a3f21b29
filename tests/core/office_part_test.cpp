// The citizens' bundle runs core without the office part (counter mode and the board): every way into
// them reopens the page in the office bundle, nothing of theirs runs, and the staff record a counter left
// on the device stays as it was.
#include "core/office_part.h"

#include <gtest/gtest.h>

#include "tests/core/app_fixture.h"

namespace khiw {
namespace {

using testing::kAppNow;
using testing::of_type;

AppState citizens_app(const std::string& route = "") {
  AppState s = testing::started_app();
  s.office = nullptr;
  apply_intent(s, StartApp{"", "seed", kAppNow, "", route});
  return s;
}

TEST(OfficePart, TheCitizensAppOpensCounterModeInTheOfficeBundle) {
  AppState s = citizens_app();
  const auto effects = apply_intent(s, OpenCounterMode{});
  EXPECT_EQ(of_type<OpenOfficeApp>(effects), (std::vector<OpenOfficeApp>{{"counter"}}));
  EXPECT_TRUE(of_type<HttpRequest>(effects).empty());
  EXPECT_EQ(s.nav.current(), Screen::Start);
}

TEST(OfficePart, ABoardRouteReachingTheCitizensAppReopensThere) {
  AppState s;
  const auto effects = apply_intent(s, StartApp{"", "seed", kAppNow, "", "board/1040"});
  EXPECT_EQ(of_type<OpenOfficeApp>(effects), (std::vector<OpenOfficeApp>{{"board/1040"}}));
  EXPECT_TRUE(s.board.office.empty());
  EXPECT_EQ(s.nav.current(), Screen::Start);
}

TEST(OfficePart, TheCitizensAppLeavesTheStaffRecordAlone) {
  AppState counter = testing::started_app();
  apply_intent(counter, OpenCounterMode{});
  apply_intent(counter, ChooseDeskCounter{3});
  const std::string record = counter_record_to_json(counter.counter);

  AppState s = citizens_app("counter");
  const auto effects = apply_intent(s, StoredRecordsLoaded{"", "", "", true, "", "", record});
  EXPECT_EQ(of_type<OpenOfficeApp>(effects), (std::vector<OpenOfficeApp>{{"counter"}}));
  EXPECT_EQ(s.counter.desk.counter, 0);  // not read: the office bundle reads it
  for (int i = 0; i < 3; ++i) {
    auto more = apply_intent(s, ToggleLanguage{});
    for (const StoreRecord& r : of_type<StoreRecord>(more)) EXPECT_NE(r.key, kStaffRecord);
  }
  EXPECT_TRUE(apply_intent(s, Tick{kAppNow + 60}).size() <= 1);  // no counter polls, at most the sync
}

TEST(OfficePart, ACounterScreenRestoredByTheCitizensAppReopensInTheOfficeBundle) {
  AppState counter = testing::started_app();
  counter.nav.stack = {Screen::Start, Screen::StaffLogin};
  const std::string session = session_to_json(counter);

  AppState s = citizens_app();
  const auto effects = apply_intent(s, StoredRecordsLoaded{"", session, "", true});
  EXPECT_EQ(of_type<OpenOfficeApp>(effects), (std::vector<OpenOfficeApp>{{"counter"}}));
}

}  // namespace
}  // namespace khiw
