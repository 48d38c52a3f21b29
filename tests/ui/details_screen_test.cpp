#include <gtest/gtest.h>

#include "tests/ui/ui_test_state.h"

namespace khiw {
namespace {

AppState details_state(const std::string& service = "idcard_first") {
  AppState s = testing::path_state(Screen::Details, service);
  s.flow.draft.date = Date{2026, 11, 25};
  s.flow.draft.slot = 2;
  return s;
}

const ui::TextFieldInfo* field(const ui::UiOutput& out, const std::string& id) {
  for (const auto& f : out.text_fields)
    if (f.rect.id == id) return &f;
  return nullptr;
}

TEST(DetailsScreen, NameAndIdOnlyForAServiceWithoutPreService) {
  testing::HeadlessUi ui;
  const auto out = ui.frame(details_state());
  ASSERT_NE(field(out, "name"), nullptr);
  ASSERT_NE(field(out, "national_id"), nullptr);
  EXPECT_EQ(field(out, "national_id")->inputmode, "numeric");
  EXPECT_EQ(field(out, "national_id")->max_length, 17);
  EXPECT_EQ(field(out, "mobile"), nullptr);
  EXPECT_EQ(field(out, "laser_code"), nullptr);
  EXPECT_FALSE(testing::has_widget(out, "copies_plus"));
}

TEST(DetailsScreen, PreServiceFieldsForHouseRegistrationCopies) {
  testing::HeadlessUi ui(800, 2400);
  AppState s = details_state("house_reg_copy");
  s.flow.draft.mobile = "0812345678";
  const auto out = ui.frame(s);
  ASSERT_NE(field(out, "mobile"), nullptr);
  EXPECT_EQ(field(out, "mobile")->inputmode, "tel");
  EXPECT_EQ(field(out, "mobile")->value, "0812345678");
  ASSERT_NE(field(out, "laser_code"), nullptr);
  EXPECT_TRUE(testing::has_widget(out, "pickup_2026-11-25"));  // the appointment day itself
  EXPECT_EQ(testing::single<SetPickupDate>(ui.click(s, "pickup_2026-11-26")).date, (Date{2026, 11, 26}));
}

TEST(DetailsScreen, TappingAFieldFocusesItAndTappingElsewhereUnfocuses) {
  testing::HeadlessUi ui;
  AppState s = details_state();
  ui.frame(s);
  EXPECT_EQ(testing::single<FocusField>(ui.click(s, "national_id")).field, Field::NationalId);
  s.flow.focused = Field::NationalId;
  ui.frame(s);
  // The press outside any field unfocuses (the keyboard goes down at the touch, as on a phone).
  const auto press = ui.frame(s, 5, 800, true);
  ASSERT_NE(testing::find_intent<FocusField>(press.intents), nullptr);
  EXPECT_EQ(testing::find_intent<FocusField>(press.intents)->field, Field::None);
  ui.frame(s, 5, 800, false);
  // A press on the focused field itself keeps it.
  const auto* rect = ui.widget("national_id");
  ui.frame(s, rect->x + 5, rect->y + 5, false);
  EXPECT_EQ(testing::find_intent<FocusField>(ui.frame(s, rect->x + 5, rect->y + 5, true).intents), nullptr);
}

TEST(DetailsScreen, CopiesStepperStopsAtItsLimits) {
  testing::HeadlessUi ui(800, 2400);
  AppState s = details_state("house_reg_copy");
  ui.frame(s);
  EXPECT_TRUE(ui.click(s, "copies_minus").empty());  // 1 is the least
  EXPECT_EQ(testing::single<SetCopies>(ui.click(s, "copies_plus")).copies, 2);
  s.flow.draft.copies = s.ref.rules.max_copies;
  ui.frame(s);
  EXPECT_TRUE(ui.click(s, "copies_plus").empty());
  EXPECT_EQ(testing::single<SetCopies>(ui.click(s, "copies_minus")).copies, s.ref.rules.max_copies - 1);
}

TEST(DetailsScreen, NextSubmits) { testing::single<SubmitDetails>(testing::tap(details_state(), "details_next")); }

TEST(DetailsScreen, ErrorsAppearUnderTheirFieldAfterSubmit) {
  // An empty name is not an error while typing; after "next" its message pushes the rest down.
  AppState s = details_state();
  float next_before = 0, id_before = 0;
  {
    testing::HeadlessUi ui;
    ui.frame(s);
    next_before = ui.widget("details_next")->y;
    id_before = ui.widget("national_id")->y;
  }
  s.flow.details_submitted = true;
  testing::HeadlessUi ui;
  ui.frame(s);
  EXPECT_GT(ui.widget("national_id")->y, id_before);  // the name's error sits between name and ID
  EXPECT_GT(ui.widget("details_next")->y, next_before);
}

TEST(DetailsScreen, FitsAPhoneWithLongValuesAndErrors) {
  AppState s = details_state("house_reg_copy");
  s.flow.details_submitted = true;
  s.flow.focused = Field::Name;
  s.flow.draft.name = "นางสาวกัลยาณี ศรีประเสริฐวงศ์ตระกูลไพบูลย์ยิ่งยงเจริญรุ่งเรืองสุขสันต์";
  s.flow.draft.national_id = "123456789012";
  testing::expect_fits_phone_and_desktop(s);
}

TEST(DetailsScreen, CopiesArePickedUpAtTheBookingsOfficeUnlessAnotherIsChosen) {
  AppState s = details_state("house_reg_copy");
  {
    testing::HeadlessUi ui(800, 4000);
    const auto out = ui.frame(s);
    const ui::WidgetRect* chosen = ui.widget("pickup_office");
    ASSERT_NE(chosen, nullptr);
    EXPECT_NE(chosen->label.find("เขตพระนคร"), std::string::npos);
    EXPECT_NE(chosen->label.find("ที่จอง"), std::string::npos);  // said to be the booking's own
    EXPECT_FALSE(testing::has_widget(out, "pickup_office_1040"));  // the list waits for a tap
    EXPECT_TRUE(testing::single<ShowPickupOffices>(ui.click(s, "pickup_office")).shown);
  }
  s.flow.pickup_offices_shown = true;
  {
    testing::HeadlessUi ui(800, 8000);
    const auto out = ui.frame(s);
    ASSERT_NE(field(out, "pickup_office_search"), nullptr);
    EXPECT_TRUE(testing::has_widget(out, "pickup_office_1001"));
    EXPECT_EQ(testing::single<SetPickupOffice>(ui.click(s, "pickup_office_1040")).code, "1040");
  }
  s.flow.pickup_search = "Bang Khae";
  const auto narrowed = testing::HeadlessUi(800, 8000).frame(s);
  EXPECT_TRUE(testing::has_widget(narrowed, "pickup_office_1040"));
  EXPECT_FALSE(testing::has_widget(narrowed, "pickup_office_1001"));
  testing::expect_fits_phone_and_desktop(s);
  s.flow.pickup_offices_shown = false;
  s.flow.draft.pickup_office = "1040";
  testing::HeadlessUi ui(800, 4000);
  ui.frame(s);
  EXPECT_NE(ui.widget("pickup_office")->label.find("เขตบางแค"), std::string::npos);
  EXPECT_EQ(ui.widget("pickup_office")->label.find("ที่จอง"), std::string::npos);
}

// Found looking at the screen: the offices opened below the fold of a phone, under the card tapped.
TEST(DetailsScreen, PickupOfficesOpenedComeIntoViewUnderTheirCard) {
  AppState s = details_state("house_reg_copy");
  testing::HeadlessUi phone(testing::kPhoneWidth, testing::kPhoneHeight);
  phone.frame(s);
  s.flow.pickup_offices_shown = true;
  EXPECT_GT(field(phone.frame(s), "pickup_office_search")->rect.y, testing::kPhoneHeight);
  phone.frame(s);  // the scroll asked for in the first frame applies from the next
  const auto out = phone.frame(s);
  EXPECT_GE(phone.widget("pickup_office")->y, 0.0f);  // the card stays in view, the offices under it
  const ui::WidgetRect first = testing::widget_of(out, "pickup_office_1001");
  EXPECT_LE(first.y + first.h, testing::kPhoneHeight);
}

}  // namespace
}  // namespace khiw
