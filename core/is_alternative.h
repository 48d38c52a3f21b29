// is_alternative<T, std::variant<...>>: whether T is one of the variant's types, to route an intent to
// the feature whose variant holds it.
#pragma once
#include <type_traits>
#include <variant>

namespace khiw {

template <typename T, typename Variant>
struct is_alternative;
template <typename T, typename... Ts>
struct is_alternative<T, std::variant<Ts...>> : std::bool_constant<(std::is_same_v<T, Ts> || ...)> {};

}  // namespace khiw
