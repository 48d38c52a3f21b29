#include "core/thai_shaping.h"

#include <gtest/gtest.h>

#include "core/utf8.h"

namespace khiw {
namespace {

// Shapes and returns code points so expectations can name each glyph.
std::u32string shaped(std::string_view s) { return utf8_decode(shape_thai(s)); }

TEST(ThaiShaping, LatinAndDigitsPassThrough) {
  EXPECT_EQ(shape_thai("Khet Phra Nakhon 1001"), "Khet Phra Nakhon 1001");
  EXPECT_EQ(shape_thai(""), "");
}

TEST(ThaiShaping, PlainThaiWithoutMarksIsUnchanged) {
  EXPECT_EQ(shape_thai("กรุงเทพ"), "กรุงเทพ");  // sara u under ร (normal consonant) stays
}

TEST(ThaiShaping, SaraAmDecomposesIntoNikhahitAndSaraAa) {
  EXPECT_EQ(shaped("คำ"), (std::u32string{0x0E04, 0x0E4D, 0x0E32}));
}

TEST(ThaiShaping, SaraAmMovesNikhahitBeforeToneMark) {
  // น้ำ = น ้ ำ → น ํ ้ า : the tone mark stays high, above the nikhahit.
  EXPECT_EQ(shaped("น้ำ"), (std::u32string{0x0E19, 0x0E4D, 0x0E49, 0x0E32}));
}

TEST(ThaiShaping, SaraAmAfterTallConsonantShiftsNikhahitAndToneLeft) {
  // ป่ำ: nikhahit shifts left (F711) and the tone above it too (F713).
  EXPECT_EQ(shaped("ป่ำ"), (std::u32string{0x0E1B, 0xF711, 0xF713, 0x0E32}));
}

TEST(ThaiShaping, ToneMarkWithoutUpperVowelIsLowered) {
  EXPECT_EQ(shaped("ก่"), (std::u32string{0x0E01, 0xF70A}));
  EXPECT_EQ(shaped("บ้าน"), (std::u32string{0x0E1A, 0xF70B, 0x0E32, 0x0E19}));
  EXPECT_EQ(shaped("ก๊"), (std::u32string{0x0E01, 0xF70C}));
  EXPECT_EQ(shaped("ก๋"), (std::u32string{0x0E01, 0xF70D}));
  EXPECT_EQ(shaped("ก์"), (std::u32string{0x0E01, 0xF70E}));
}

TEST(ThaiShaping, ToneMarkAboveUpperVowelStaysHigh) {
  EXPECT_EQ(shaped("กี่"), (std::u32string{0x0E01, 0x0E35, 0x0E48}));
  EXPECT_EQ(shaped("ทั้ง"), (std::u32string{0x0E17, 0x0E31, 0x0E49, 0x0E07}));
}

TEST(ThaiShaping, ToneAfterLowerVowelIsStillLowered) {
  // ผู้: below vowel does not raise the tone mark.
  EXPECT_EQ(shaped("ผู้"), (std::u32string{0x0E1C, 0x0E39, 0xF70B}));
}

TEST(ThaiShaping, MarksAfterTallConsonantsShiftLeft) {
  // ป ฝ ฟ ฬ: a lone tone mark goes down-left, an upper vowel left, a tone above that vowel left.
  EXPECT_EQ(shaped("ป่"), (std::u32string{0x0E1B, 0xF705}));
  EXPECT_EQ(shaped("ฝ้"), (std::u32string{0x0E1D, 0xF706}));
  EXPECT_EQ(shaped("ฟ๊"), (std::u32string{0x0E1F, 0xF707}));
  EXPECT_EQ(shaped("ฬ๋"), (std::u32string{0x0E2C, 0xF708}));
  EXPECT_EQ(shaped("ปี"), (std::u32string{0x0E1B, 0xF702}));
  EXPECT_EQ(shaped("ฟิ"), (std::u32string{0x0E1F, 0xF701}));
  EXPECT_EQ(shaped("ฝึ"), (std::u32string{0x0E1D, 0xF703}));
  EXPECT_EQ(shaped("ปื"), (std::u32string{0x0E1B, 0xF704}));
  EXPECT_EQ(shaped("ปั้น"), (std::u32string{0x0E1B, 0xF710, 0xF714, 0x0E19}));
  EXPECT_EQ(shaped("ป็"), (std::u32string{0x0E1B, 0xF712}));
  EXPECT_EQ(shaped("ป์"), (std::u32string{0x0E1B, 0xF709}));
}

TEST(ThaiShaping, ShiftStopsAtTheNextConsonant) {
  // ไปไหน: only the marks of ป are shifted; ห's tone-less syllable is untouched.
  EXPECT_EQ(shaped("ป่ก่"), (std::u32string{0x0E1B, 0xF705, 0x0E01, 0xF70A}));
}

TEST(ThaiShaping, YoYingAndThoThanLoseTheirTailBeforeLowerVowel) {
  EXPECT_EQ(shaped("ญุ"), (std::u32string{0xF70F, 0x0E38}));
  EXPECT_EQ(shaped("ฐู"), (std::u32string{0xF700, 0x0E39}));
  // Without a lower vowel they keep the tail.
  EXPECT_EQ(shaped("ญา"), (std::u32string{0x0E0D, 0x0E32}));
  EXPECT_EQ(shaped("ฐา"), (std::u32string{0x0E10, 0x0E32}));
}

TEST(ThaiShaping, LowerVowelDropsUnderStrictDescenders) {
  // ฎ ฏ keep their tails; the lower vowel moves down instead.
  EXPECT_EQ(shaped("ฎุ"), (std::u32string{0x0E0E, 0xF718}));
  EXPECT_EQ(shaped("ฏู"), (std::u32string{0x0E0F, 0xF719}));
}

TEST(ThaiShaping, RealServiceNames) {
  // ญ before sara u plus a lowered tone: both substitutions in one syllable.
  EXPECT_EQ(shaped("ญุ่"), (std::u32string{0xF70F, 0x0E38, 0xF70A}));
  // "ฝ่ายทะเบียน": the tone on ฝ goes down-left.
  EXPECT_EQ(shaped("ฝ่าย").substr(0, 2), (std::u32string{0x0E1D, 0xF705}));
}

TEST(ThaiShaping, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(shaped("ก\xFFข"), (std::u32string{0x0E01, 0xFFFD, 0x0E02}));
  EXPECT_EQ(shaped("\xE0\xB8"), (std::u32string{0xFFFD, 0xFFFD}));  // truncated sequence
}

TEST(Utf8, RoundTripsAllPlanes) {
  const std::u32string text{0x41, 0xE9, 0x0E01, 0xF700, 0x1F600};
  EXPECT_EQ(utf8_decode(utf8_encode(text)), text);
}

TEST(Utf8, RejectsOverlongAndSurrogates) {
  EXPECT_EQ(utf8_decode("\xC0\xAF"), (std::u32string{0xFFFD, 0xFFFD}));
  EXPECT_EQ(utf8_decode("\xED\xA0\x80"), (std::u32string{0xFFFD, 0xFFFD, 0xFFFD}));
}

TEST(Utf8, ValidIsWellFormedOnly) {
  for (const char* good : {"", "A", "สำนักงานเขต", "\xEF\xBF\xBD" /* U+FFFD itself */, "\xF0\x9F\x98\x80"})
    EXPECT_TRUE(utf8_valid(good)) << good;
  for (const char* bad : {"\xFA", "1040\xFA/registration", "\xC0\xAF", "\xED\xA0\x80", "\xE0\xB8"})
    EXPECT_FALSE(utf8_valid(bad)) << bad;
}

}  // namespace
}  // namespace khiw
