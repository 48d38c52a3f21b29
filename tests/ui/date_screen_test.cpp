#include <gtest/gtest.h>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

AppState date_state() {
  AppState s = testing::path_state(Screen::Date);
  s.flow.availability_status = LoadStatus::Ready;
  s.flow.availability = testing::open_availability(s);
  return s;
}

std::vector<DayChoice> days_of(const AppState& s) {
  return day_choices(s.flow.availability, s.ref.calendar, s.ref.rules, s.now);
}

const DayChoice* first_with(const std::vector<DayChoice>& days, DayStatus status) {
  for (const DayChoice& d : days)
    if (d.status == status) return &d;
  return nullptr;
}

TEST(DateScreen, EveryDayOfTheWindowIsATile) {
  testing::HeadlessUi ui(1280, 3000);
  const AppState s = date_state();
  const auto out = ui.frame(s);
  const auto days = days_of(s);
  ASSERT_FALSE(days.empty());
  for (const DayChoice& d : days) EXPECT_TRUE(testing::has_widget(out, "date_" + iso_date(d.date)));
}

TEST(DateScreen, AnOpenDayIsChosen) {
  testing::HeadlessUi ui(1280, 3000);
  const AppState s = date_state();
  ui.frame(s);
  const auto days = days_of(s);
  const DayChoice* open = first_with(days, DayStatus::Open);
  ASSERT_NE(open, nullptr);
  EXPECT_EQ(testing::single<ChooseDate>(ui.click(s, "date_" + iso_date(open->date))).date, open->date);
}

TEST(DateScreen, WeekendsAndFullDaysEmitNothing) {
  testing::HeadlessUi ui(1280, 3000);
  AppState s = date_state();
  for (SlotSeats& slot : s.flow.availability.days.front().slots) slot.remaining = 0;
  ui.frame(s);
  const auto days = days_of(s);
  for (const DayStatus status : {DayStatus::Weekend, DayStatus::Full}) {
    const DayChoice* day = first_with(days, status);
    ASSERT_NE(day, nullptr) << static_cast<int>(status);
    EXPECT_TRUE(ui.click(s, "date_" + iso_date(day->date)).empty()) << iso_date(day->date);
  }
}

TEST(DateScreen, TwoColumnsOnAPhoneMoreOnADesktop) {
  const AppState s = date_state();
  const auto days = days_of(s);
  ASSERT_GE(days.size(), 3u);
  const std::string first = "date_" + iso_date(days[0].date), second = "date_" + iso_date(days[1].date),
                    third = "date_" + iso_date(days[2].date);
  {
    testing::HeadlessUi phone(testing::kPhoneWidth, testing::kPhoneHeight);
    phone.frame(s);
    phone.frame(s);
    EXPECT_EQ(phone.widget(first)->y, phone.widget(second)->y);
    EXPECT_GT(phone.widget(third)->y, phone.widget(first)->y);
  }
  testing::HeadlessUi desktop(1280, 900);
  desktop.frame(s);
  desktop.frame(s);
  EXPECT_EQ(desktop.widget(first)->y, desktop.widget(third)->y);
}

TEST(DateScreen, LoadingAndFailedStates) {
  testing::HeadlessUi ui;
  AppState s = date_state();
  s.flow.availability_status = LoadStatus::Loading;
  auto out = ui.frame(s);
  EXPECT_FALSE(testing::has_widget(out, "availability_retry"));
  s.flow.availability_status = LoadStatus::Failed;
  ui.frame(s);
  testing::single<RetryAvailability>(ui.click(s, "availability_retry"));
}

TEST(DateScreen, FitsAPhone) { testing::expect_fits_phone_and_desktop(date_state()); }

}  // namespace
}  // namespace khiw
