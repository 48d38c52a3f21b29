#include "core/validation.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>

#include "tests/test_files.h"

namespace khiw {
namespace {

std::vector<std::string> published_valid_ids() {
  const auto formats = nlohmann::json::parse(testing::read_source_file("data/formats.json"));
  return formats["thai_national_id"]["checksum"]["test_vectors_valid"].get<std::vector<std::string>>();
}

TEST(NationalId, PublishedTestVectorsAreValid) {
  const auto ids = published_valid_ids();
  ASSERT_GE(ids.size(), 4u);
  for (const std::string& id : ids) {
    const auto r = normalize_national_id(id);
    ASSERT_TRUE(r) << id << " " << error_code_name(r.error());
    EXPECT_EQ(r.value(), id);
  }
}

TEST(NationalId, EveryWrongCheckDigitIsRejected) {
  for (const std::string& id : published_valid_ids()) {
    const int good = id.back() - '0';
    for (int delta = 1; delta <= 9; ++delta) {
      std::string wrong = id;
      wrong.back() = static_cast<char>('0' + (good + delta) % 10);
      const auto r = normalize_national_id(wrong);
      ASSERT_FALSE(r) << wrong;
      EXPECT_EQ(r.error(), ErrorCode::NationalIdCheckDigit) << wrong;
    }
  }
  // Off by one in the check digit, and a changed body digit.
  EXPECT_EQ(normalize_national_id("3100600445636").error(), ErrorCode::NationalIdCheckDigit);
  EXPECT_EQ(normalize_national_id("3100600445634").error(), ErrorCode::NationalIdCheckDigit);
  EXPECT_EQ(normalize_national_id("3100600445735").error(), ErrorCode::NationalIdCheckDigit);
}

TEST(NationalId, CheckDigitFollowsMod11) {
  // 1-2345-45678-78-?: 1*13+2*12+3*11+4*10+5*9+4*8+5*7+6*6+7*5+8*4+7*3+8*2 = 362; 362 mod 11 = 10; (11-10) mod 10 = 1.
  EXPECT_EQ(national_id_check_digit("123454567878"), 1);
  // Remainders 0 and 1 give 11 and 10 before the final mod 10.
  EXPECT_EQ(national_id_check_digit("000000000006"), 0);  // sum 12, remainder 1: (11 - 1) mod 10
  EXPECT_EQ(national_id_check_digit("000000000000"), 1);  // sum 0: (11 - 0) mod 10
}

TEST(NationalId, MadeUpIdsPassTheCheckAndDiffer) {
  std::set<std::string> seen;
  for (const unsigned n : {0u, 1u, 42u, 99999u, 4294967295u}) {
    const std::string id = made_up_national_id('9', n);
    const auto r = normalize_national_id(id);
    ASSERT_TRUE(r) << id << " " << error_code_name(r.error());
    EXPECT_EQ(id.front(), '9') << id;
    EXPECT_EQ(id.substr(1, 11), std::string(11 - std::to_string(n).size(), '0') + std::to_string(n)) << id;
    EXPECT_TRUE(seen.insert(id).second) << id;
  }
  EXPECT_EQ(made_up_national_id('1', 5).front(), '1');
}

TEST(NationalId, ShapeErrorsAndSeparators) {
  EXPECT_EQ(normalize_national_id("1-2345-45678-78-1").value(), "1234545678781");
  EXPECT_EQ(normalize_national_id("1 2345 45678 78 1").value(), "1234545678781");
  EXPECT_EQ(normalize_national_id("123454567878").error(), ErrorCode::InvalidNationalId);
  EXPECT_EQ(normalize_national_id("12345456787810").error(), ErrorCode::InvalidNationalId);
  EXPECT_EQ(normalize_national_id("12345456787a1").error(), ErrorCode::InvalidNationalId);
  EXPECT_EQ(normalize_national_id("").error(), ErrorCode::InvalidNationalId);
  EXPECT_EQ(national_id_last4("1234545678781"), "8781");
}

TEST(LaserCode, TwoLettersAndTenDigits) {
  EXPECT_EQ(normalize_laser_code("JC1-1234567-89").value(), "JC1123456789");
  EXPECT_EQ(normalize_laser_code("jc1123456789").value(), "JC1123456789");
  EXPECT_EQ(normalize_laser_code("JC1 1234567 89").value(), "JC1123456789");
  EXPECT_EQ(normalize_laser_code("J11-1234567-89").error(), ErrorCode::InvalidLaserCode);
  EXPECT_EQ(normalize_laser_code("JC1-1234567-8").error(), ErrorCode::InvalidLaserCode);
  EXPECT_EQ(normalize_laser_code("JC1-1234567-890").error(), ErrorCode::InvalidLaserCode);
  EXPECT_EQ(normalize_laser_code("JCA-1234567-89").error(), ErrorCode::InvalidLaserCode);
  EXPECT_EQ(normalize_laser_code("ฉช1-1234567-89").error(), ErrorCode::InvalidLaserCode);
}

TEST(Mobile, ThaiMobilePrefixesAndInternationalForm) {
  EXPECT_EQ(normalize_mobile("0812345678").value(), "0812345678");
  EXPECT_EQ(normalize_mobile("081-234-5678").value(), "0812345678");
  EXPECT_EQ(normalize_mobile("0912345678").value(), "0912345678");
  EXPECT_EQ(normalize_mobile("0612345678").value(), "0612345678");
  EXPECT_EQ(normalize_mobile("+66812345678").value(), "0812345678");
  EXPECT_EQ(normalize_mobile("+66 81 234 5678").value(), "0812345678");
  EXPECT_EQ(normalize_mobile("0212345678").error(), ErrorCode::InvalidMobile);   // Bangkok landline prefix
  EXPECT_EQ(normalize_mobile("0712345678").error(), ErrorCode::InvalidMobile);
  EXPECT_EQ(normalize_mobile("081234567").error(), ErrorCode::InvalidMobile);
  EXPECT_EQ(normalize_mobile("08123456789").error(), ErrorCode::InvalidMobile);
  EXPECT_EQ(normalize_mobile("+660812345678").error(), ErrorCode::InvalidMobile);
  EXPECT_EQ(normalize_mobile("+6681234567").error(), ErrorCode::InvalidMobile);
  EXPECT_EQ(normalize_mobile("1812345678").error(), ErrorCode::InvalidMobile);
  EXPECT_EQ(normalize_mobile("08123x5678").error(), ErrorCode::InvalidMobile);
}

TEST(Name, TrimmedBoundedAndPrintable) {
  EXPECT_EQ(normalize_name("  สมชาย ใจดี ", 100).value(), "สมชาย ใจดี");
  EXPECT_EQ(normalize_name("", 100).error(), ErrorCode::NameEmpty);
  EXPECT_EQ(normalize_name(" \u00A0 ", 100).error(), ErrorCode::NameEmpty);
  EXPECT_EQ(normalize_name("Somchai\tJaidee", 100).error(), ErrorCode::NameInvalidCharacters);
  EXPECT_EQ(normalize_name("Som\nchai", 100).error(), ErrorCode::NameInvalidCharacters);
  EXPECT_EQ(normalize_name("Som\x7F", 100).error(), ErrorCode::NameInvalidCharacters);
  EXPECT_EQ(normalize_name("\xC3(", 100).error(), ErrorCode::NameInvalidCharacters);  // broken UTF-8
  // The limit counts characters, not bytes: 5 Thai letters are 15 bytes.
  EXPECT_TRUE(normalize_name("กขคงจ", 5));
  EXPECT_EQ(normalize_name("กขคงจฉ", 5).error(), ErrorCode::NameTooLong);
}

}  // namespace
}  // namespace khiw
