#include "core/i18n.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace khiw {
namespace {

TEST(I18n, EveryKeyHasThaiAndEnglish) {
  for (int k = 0; k < static_cast<int>(Msg::kCount); ++k) {
    const auto key = static_cast<Msg>(k);
    EXPECT_FALSE(tr(key, Lang::Th).empty()) << "Thai text missing for key " << k;
    EXPECT_FALSE(tr(key, Lang::En).empty()) << "English text missing for key " << k;
  }
}

TEST(I18n, ThaiTextIsThaiAndEnglishIsNot) {
  // A swapped column would show English to a Thai reader; the toggle label is the one deliberate exception.
  auto has_thai = [](std::string_view s) { return s.find("\xE0\xB8") != std::string_view::npos; };
  for (int k = 0; k < static_cast<int>(Msg::kCount); ++k) {
    const auto key = static_cast<Msg>(k);
    if (key == Msg::LanguageToggle) continue;
    EXPECT_TRUE(has_thai(tr(key, Lang::Th))) << "key " << k;
    EXPECT_FALSE(has_thai(tr(key, Lang::En))) << "key " << k;
  }
  EXPECT_EQ(tr(Msg::LanguageToggle, Lang::Th), "English");
}

TEST(I18n, LangCodes) {
  EXPECT_EQ(lang_code(Lang::Th), "th");
  EXPECT_EQ(lang_code(Lang::En), "en");
  EXPECT_EQ(other_lang(Lang::Th), Lang::En);
  EXPECT_EQ(other_lang(Lang::En), Lang::Th);
}

TEST(I18n, CountIsFilledIntoTheText) {
  EXPECT_EQ(tr_n(Msg::OfficesCount, Lang::Th, 50), "ทั้งหมด 50 แห่ง");
  EXPECT_EQ(tr_n(Msg::OfficesCount, Lang::En, 7), "7 offices");
  EXPECT_EQ(tr_n(Msg::Retry, Lang::En, 7), "Try again");  // no placeholder: text unchanged
}

}  // namespace
}  // namespace khiw
