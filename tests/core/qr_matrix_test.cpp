#include "core/qr_matrix.h"

#include <gtest/gtest.h>

#include <string>

namespace khiw {
namespace {

// The shape of a ticket payload: scheme.code.number.date.flags. + a 43-character base64url signature.
const std::string kTicket =
    "KHIW1.7KQ2M9XD.1001.2026-11-25.0.q9Zx-4Lk_2mT8vW1bN3cR5yH7pJ0sD6fG8aK2eU4iO1";

// A 7x7 finder pattern with its top-left module at (x, y): dark ring, light ring, dark 3x3 centre.
void expect_finder_at(const QrMatrix& m, int x0, int y0) {
  for (int y = 0; y < 7; ++y) {
    for (int x = 0; x < 7; ++x) {
      const bool ring = x == 0 || y == 0 || x == 6 || y == 6;
      const bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
      EXPECT_EQ(m.dark(x0 + x, y0 + y), ring || centre) << "finder at " << x0 << "," << y0 << " module " << x << "," << y;
    }
  }
}

// The light separator around a finder: the row and column of modules between it and the data.
void expect_separator(const QrMatrix& m, int sx, int sy, bool right, bool below) {
  const int col = right ? sx + 7 : sx - 1, row = below ? sy + 7 : sy - 1;
  for (int i = 0; i < 8; ++i) {
    EXPECT_FALSE(m.dark(col, sy + (below ? i : i - 1))) << "separator column of " << sx << "," << sy;
    EXPECT_FALSE(m.dark(sx + (right ? i : i - 1), row)) << "separator row of " << sx << "," << sy;
  }
}

TEST(QrMatrix, TicketPayloadHasAValidVersionSize) {
  ASSERT_EQ(kTicket.size() - kTicket.rfind('.') - 1, 43u);
  const QrMatrix m = encode_qr(kTicket);
  ASSERT_GE(m.size, 21);
  EXPECT_LE(m.size, 177);
  EXPECT_EQ((m.size - 21) % 4, 0) << m.size;
  EXPECT_EQ(m.modules.size(), static_cast<size_t>(m.size * m.size));
  for (auto v : m.modules) ASSERT_LE(v, 1);
  // 76 bytes at level M need version 5 (37 modules) in byte mode; a small phone screen still reads it.
  EXPECT_LE(m.size, 37);
}

TEST(QrMatrix, FinderPatternsSitInThreeCorners) {
  const QrMatrix m = encode_qr(kTicket);
  ASSERT_GT(m.size, 0);
  const int far = m.size - 7;
  expect_finder_at(m, 0, 0);
  expect_finder_at(m, far, 0);
  expect_finder_at(m, 0, far);
  expect_separator(m, 0, 0, true, true);
  expect_separator(m, far, 0, false, true);
  expect_separator(m, 0, far, true, false);
  // No finder in the bottom-right corner: the module pattern there is data, not a 7x7 dark ring.
  bool ring = true;
  for (int i = 0; i < 7; ++i) ring = ring && m.dark(far + i, far) && m.dark(far, far + i);
  EXPECT_FALSE(ring);
  // Timing patterns between the finders alternate dark/light, starting dark.
  for (int i = 8; i < far - 1; ++i) {
    EXPECT_EQ(m.dark(i, 6), i % 2 == 0) << "row timing " << i;
    EXPECT_EQ(m.dark(6, i), i % 2 == 0) << "column timing " << i;
  }
  // The dark module every symbol has next to the bottom-left separator.
  EXPECT_TRUE(m.dark(8, m.size - 8));
}

TEST(QrMatrix, SameInputGivesTheSameMatrix) {
  const QrMatrix a = encode_qr(kTicket);
  const QrMatrix b = encode_qr(kTicket);
  EXPECT_EQ(a, b);
  std::string other = kTicket;
  other[6] = '8';
  EXPECT_NE(encode_qr(other), a);
}

TEST(QrMatrix, LongerPayloadsGrowTheSymbol) {
  const QrMatrix small = encode_qr("KHIW1");
  EXPECT_EQ(small.size, 21);
  const QrMatrix big = encode_qr(std::string(500, 'x'));
  EXPECT_GT(big.size, encode_qr(kTicket).size);
  EXPECT_EQ((big.size - 21) % 4, 0);
}

TEST(QrMatrix, EmptyAndUnencodableInputs) {
  // An empty payload still gives a well-formed matrix (or none at all), never garbage.
  const QrMatrix empty = encode_qr("");
  EXPECT_EQ(empty.modules.size(), static_cast<size_t>(empty.size * empty.size));
  if (empty.size > 0) expect_finder_at(empty, 0, 0);
  // A NUL inside would cut the payload short in libqrencode: refused rather than truncated.
  const QrMatrix with_nul = encode_qr(std::string_view("KHIW1\0tail", 10));
  EXPECT_EQ(with_nul.size, 0);
  EXPECT_TRUE(with_nul.modules.empty());
  // Beyond version 40 at level M (2331 bytes) nothing fits.
  const QrMatrix too_long = encode_qr(std::string(3000, '\xE0'));
  EXPECT_EQ(too_long.size, 0);
  EXPECT_TRUE(too_long.modules.empty());
}

}  // namespace
}  // namespace khiw
