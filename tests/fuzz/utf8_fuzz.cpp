// utf8_decode / utf8_encode / utf8_prefix on any bytes: valid UTF-8 round trips byte for byte, anything
// decoded encodes to valid UTF-8, and a prefix is never cut inside a character.
#include "core/utf8.h"
#include "tests/fuzz/fuzz_check.h"

using namespace khiw;

namespace {

// Independent of utf8.cpp: well-formed UTF-8 as RFC 3629 defines it (no overlong forms, no surrogates,
// nothing above U+10FFFF).
bool well_formed(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    const auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const auto cont = [&](size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
      return i + k < s.size() && b(k) >= lo && b(k) <= hi;
    };
    const unsigned c = b(0);
    size_t len = 0;
    if (c < 0x80) len = 1;
    else if (c >= 0xC2 && c <= 0xDF && cont(1)) len = 2;
    else if (c == 0xE0 && cont(1, 0xA0) && cont(2)) len = 3;
    else if (((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) && cont(1) && cont(2)) len = 3;
    else if (c == 0xED && cont(1, 0x80, 0x9F) && cont(2)) len = 3;
    else if (c == 0xF0 && cont(1, 0x90) && cont(2) && cont(3)) len = 4;
    else if (c >= 0xF1 && c <= 0xF3 && cont(1) && cont(2) && cont(3)) len = 4;
    else if (c == 0xF4 && cont(1, 0x80, 0x8F) && cont(2) && cont(3)) len = 4;
    else return false;
    i += len;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view in = fuzz::as_text(data, size);
  const std::u32string decoded = utf8_decode(in);
  FUZZ_CHECK(decoded.size() <= in.size());
  const std::string encoded = utf8_encode(decoded);
  FUZZ_CHECK(well_formed(encoded));
  FUZZ_CHECK(utf8_decode(encoded) == decoded);
  if (well_formed(in)) FUZZ_CHECK(encoded == in);
  else FUZZ_CHECK(decoded.find(U'\uFFFD') != std::u32string::npos);

  for (size_t max : {size_t{0}, size_t{1}, in.size() / 2, in.size() > 0 ? in.size() - 1 : 0}) {
    const std::string prefix = utf8_prefix(in, max);
    FUZZ_CHECK(prefix.size() <= max || prefix == in);
    FUZZ_CHECK(in.substr(0, prefix.size()) == prefix);
    if (well_formed(in)) {
      FUZZ_CHECK(well_formed(prefix));
      FUZZ_CHECK(prefix.size() + 3 >= std::min(max, in.size()));
    }
  }
  return 0;
}
