#include "core/errors.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <set>
#include <string>

#include "core/result.h"

namespace khiw {
namespace {

bool is_snake_case(std::string_view s) {
  if (s.empty() || s.front() == '_' || s.back() == '_') return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

TEST(Errors, EveryCodeHasAStableNameAndBothLanguages) {
  std::set<std::string_view> names;
  for (int i = 0; i < static_cast<int>(ErrorCode::kCount); ++i) {
    const auto code = static_cast<ErrorCode>(i);
    const std::string_view name = error_code_name(code);
    EXPECT_TRUE(is_snake_case(name)) << i << " " << name;
    EXPECT_TRUE(names.insert(name).second) << "duplicate name " << name;
    EXPECT_EQ(error_code_from_name(name), code) << name;
    EXPECT_FALSE(error_message(code, Lang::Th).empty()) << name;
    EXPECT_FALSE(error_message(code, Lang::En).empty()) << name;
    EXPECT_NE(error_message(code, Lang::Th), error_message(code, Lang::En)) << name;
  }
  EXPECT_EQ(error_code_from_name("no_such_error"), std::nullopt);
}

TEST(Errors, CodesTheApiPromisesKeepTheirNames) {
  EXPECT_EQ(error_code_name(ErrorCode::SlotFull), "slot_full");
  EXPECT_EQ(error_code_name(ErrorCode::TooLate), "too_late");
  EXPECT_EQ(error_code_name(ErrorCode::OutsideWindow), "outside_window");
  EXPECT_EQ(error_code_name(ErrorCode::NonWorkingDay), "non_working_day");
  EXPECT_EQ(error_code_name(ErrorCode::DuplicateBooking), "duplicate_booking");
  EXPECT_EQ(error_code_name(ErrorCode::IllegalTransition), "illegal_transition");
  EXPECT_EQ(error_code_name(ErrorCode::InvalidNationalId), "invalid_national_id");
}

TEST(Errors, ThaiMessagesAreInThaiScript) {
  for (int i = 0; i < static_cast<int>(ErrorCode::kCount); ++i) {
    const std::string_view th = error_message(static_cast<ErrorCode>(i), Lang::Th);
    // Thai block U+0E00..U+0E7F starts with the UTF-8 lead bytes E0 B8 / E0 B9.
    EXPECT_NE(th.find("\xE0\xB8"), std::string_view::npos) << error_code_name(static_cast<ErrorCode>(i));
  }
}

TEST(Errors, ServerBodyCarriesCodeAndBothMessages) {
  const auto body = nlohmann::json::parse(error_body_json(ErrorCode::SlotFull));
  EXPECT_EQ(body["error"], "slot_full");
  EXPECT_EQ(body["message"]["th"], std::string(error_message(ErrorCode::SlotFull, Lang::Th)));
  EXPECT_EQ(body["message"]["en"], std::string(error_message(ErrorCode::SlotFull, Lang::En)));
}

TEST(Result, HoldsAValueOrAnError) {
  Result<int> good = 42;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(good.value(), 42);
  Result<int> bad = ErrorCode::SlotFull;
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error(), ErrorCode::SlotFull);
  EXPECT_THROW((void)bad.value(), std::bad_variant_access);
}

TEST(Errors, TheCodeIsReadBackFromABody) {
  EXPECT_EQ(error_code_in_body(error_body_json(ErrorCode::SlotFull)), "slot_full");
  EXPECT_EQ(error_code_in_body(R"({"error":"bad_json","message":{}})"), "bad_json");
  EXPECT_EQ(error_code_in_body("not json"), "");
  EXPECT_EQ(error_code_in_body(R"({"error":7})"), "");
}

}  // namespace
}  // namespace khiw
