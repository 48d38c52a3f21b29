// What every fuzz target shares: a property check that libFuzzer reports as a crash, and the round-trip
// property of core's JSON readers and writers.
#pragma once
#include <concepts>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

// A broken property aborts, so libFuzzer keeps the input and reports it like any crash.
#define FUZZ_CHECK(cond)                                                                           \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      std::fprintf(stderr, "fuzz property broken: %s (%s:%d)\n", #cond, __FILE__, __LINE__);       \
      std::abort();                                                                                \
    }                                                                                              \
  } while (0)

namespace khiw::fuzz {

inline std::string_view as_text(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Reads `text` where no writer exists: refused only with std::invalid_argument.
template <typename Read>
void check_reads(std::string_view text, Read read) {
  try {
    read(text);
  } catch (const std::invalid_argument&) {
  }
}

// Reads `text`; input a reader refuses must be refused with std::invalid_argument (what the app and the
// server catch): any other exception escapes and libFuzzer reports it. What it accepts must survive
// write → read as the same value, and writing that again gives the same text.
template <typename Read, typename Write>
void check_round_trip(std::string_view text, Read read, Write write) {
  using Value = decltype(read(text));
  std::optional<Value> first;
  try {
    first.emplace(read(text));
  } catch (const std::invalid_argument&) {
    return;
  }
  const std::string written = write(*first);
  const Value again = read(written);
  if constexpr (std::equality_comparable<Value>) FUZZ_CHECK(again == *first);
  FUZZ_CHECK(write(again) == written);
}

// The first byte picks one of `count` readers; the rest is its input.
struct Picked {
  size_t which = 0;
  std::string_view text;
};
inline Picked pick(const uint8_t* data, size_t size, size_t count) {
  if (size == 0) return {0, {}};
  return {data[0] % count, as_text(data + 1, size - 1)};
}

}  // namespace khiw::fuzz
