#include "core/idempotency_keys.h"

namespace khiw {

std::string next_key(IdempotencyKeys& keys) {
  std::string key = keys.seed.empty() ? std::string("k") : keys.seed;
  return key + "-" + std::to_string(++keys.issued);
}

}  // namespace khiw
