// Idempotency keys for booking requests without reading a random source in core: the shell hands over a
// random seed at start and keys are seed + a counter, unique across reloads because the seed is new.
#pragma once
#include <string>

namespace khiw {

struct IdempotencyKeys {
  std::string seed;  // hex from the browser's crypto.getRandomValues
  int issued = 0;
  bool operator==(const IdempotencyKeys&) const = default;
};

// "<seed>-<n>": only A-Za-z0-9 and '-', as the server requires.
std::string next_key(IdempotencyKeys& keys);

}  // namespace khiw
