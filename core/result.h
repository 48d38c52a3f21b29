// Rule outcomes: a value or a typed error code. Rules never throw; the server turns the code into a 4xx
// body and the UI into a message in the user's language (see errors.h).
#pragma once
#include <utility>
#include <variant>

#include "core/errors.h"

namespace khiw {

// For rules that only accept or refuse.
struct Ok {
  bool operator==(const Ok&) const = default;
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(ErrorCode error) : v_(error) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }

  // Calling value() on an error (or error() on a value) is a programming error: std::bad_variant_access.
  const T& value() const& { return std::get<0>(v_); }
  T& value() & { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  const T* operator->() const { return &value(); }
  ErrorCode error() const { return std::get<1>(v_); }

 private:
  std::variant<T, ErrorCode> v_;
};

using Status = Result<Ok>;

}  // namespace khiw
