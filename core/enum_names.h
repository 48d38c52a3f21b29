// Stable snake_case names for core's enums, kept in one array per enum in enum order.
#pragma once
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace khiw {

template <typename E, std::size_t N>
std::string_view enum_name(const std::array<std::string_view, N>& names, E value) {
  return names.at(static_cast<std::size_t>(value));
}

template <typename E, std::size_t N>
std::optional<E> enum_from_name(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == name) return static_cast<E>(i);
  return std::nullopt;
}

}  // namespace khiw
