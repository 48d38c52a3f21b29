// Shared JSON reading for core's parsers: malformed input throws std::invalid_argument whose message
// names the document, the record and the field.
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/bkk_time.h"

namespace khiw::json_fields {

using nlohmann::json;

// nlohmann's parser takes a NUL byte for the end of the text and ignores what follows it. A JSON text never
// holds a raw NUL (strings escape it), so one means a damaged or hostile text, whose tail need not even be
// UTF-8: such a text is not JSON here.
inline json parse_or_discarded(std::string_view text) {
  if (text.find('\0') != std::string_view::npos) return json(json::value_t::discarded);
  return json::parse(text, nullptr, /*allow_exceptions=*/false);
}
inline bool is_json_text(std::string_view text) {
  return text.find('\0') == std::string_view::npos && json::accept(text);
}

inline json parse(std::string_view text, const std::string& what) {
  json doc = parse_or_discarded(text);
  if (doc.is_discarded()) throw std::invalid_argument(what + ": not valid JSON");
  if (!doc.is_object()) throw std::invalid_argument(what + ": expected a JSON object");
  return doc;
}

// A versioned API document: {"version": N, ...}.
inline json parse_versioned(std::string_view text, const std::string& what, int version) {
  json doc = parse(text, what);
  const auto it = doc.find("version");
  if (it == doc.end() || !it->is_number_integer() || it->get<int64_t>() != version)
    throw std::invalid_argument(what + ": unsupported version (expected " + std::to_string(version) + ")");
  return doc;
}

// `value` as a T when it is a whole number that fits: nlohmann's get<T> would truncate 1.5, wrap 2^40 into
// an int, and convert 1e300 with undefined behaviour.
template <typename T>
std::optional<T> integer(const json& value) {
  if (!value.is_number_integer()) return std::nullopt;
  const bool fits =
      value.is_number_unsigned() ? std::in_range<T>(value.get<uint64_t>()) : std::in_range<T>(value.get<int64_t>());
  if (!fits) return std::nullopt;
  return value.get<T>();
}

template <typename T>
constexpr bool is_integer_v = std::is_integral_v<T> && !std::is_same_v<T, bool>;

template <typename T>
struct integer_list : std::false_type {};
template <typename T>
struct integer_list<std::vector<T>> : std::bool_constant<is_integer_v<T>> {};

[[noreturn]] inline void refuse_number(const json& value, const char* key, const std::string& where) {
  throw std::invalid_argument(where + ": \"" + key +
                              (value.is_number_integer() ? "\" is out of range" : "\" has the wrong type"));
}

template <typename T>
T required(const json& rec, const char* key, const std::string& where) {
  const auto it = rec.find(key);
  if (it == rec.end() || it->is_null()) throw std::invalid_argument(where + ": missing \"" + key + "\"");
  if constexpr (is_integer_v<T>) {
    if (const std::optional<T> n = integer<T>(*it)) return *n;
    refuse_number(*it, key, where);
  } else if constexpr (integer_list<T>::value) {
    // Element by element, for the same reason as integer(): get<std::vector<int>> converts 1e64 too.
    if (!it->is_array()) refuse_number(*it, key, where);
    T list;
    for (const json& element : *it) {
      const auto n = integer<typename T::value_type>(element);
      if (!n) refuse_number(element, key, where);
      list.push_back(*n);
    }
    return list;
  } else {
    try {
      return it->get<T>();
    } catch (const json::exception&) {
      throw std::invalid_argument(where + ": \"" + key + "\" has the wrong type");
    }
  }
}

template <typename T>
std::optional<T> optional(const json& rec, const char* key, const std::string& where) {
  const auto it = rec.find(key);
  if (it == rec.end() || it->is_null()) return std::nullopt;
  return required<T>(rec, key, where);
}

inline const json& required_array(const json& rec, const char* key, const std::string& where) {
  const auto it = rec.find(key);
  if (it == rec.end() || !it->is_array())
    throw std::invalid_argument(where + ": expected an array \"" + key + "\"");
  return *it;
}

inline const json& required_object(const json& rec, const char* key, const std::string& where) {
  const auto it = rec.find(key);
  if (it == rec.end() || !it->is_object()) throw std::invalid_argument(where + ": expected an object \"" + key + "\"");
  return *it;
}

inline Date required_date(const json& rec, const char* key, const std::string& where) {
  const auto d = parse_iso_date(required<std::string>(rec, key, where));
  if (!d) throw std::invalid_argument(where + ": \"" + key + "\" is not a YYYY-MM-DD date");
  return *d;
}

}  // namespace khiw::json_fields
