// Small helpers shared by rule modules: value access and message spelling.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "job.hpp"
#include "numbers.hpp"

namespace ijl::rules {

// The value of an integer field of the right type.
inline std::optional<std::int64_t> int_of(const Bound* b) {
  if (!b || !b->type_ok || !b->node->is_number()) return std::nullopt;
  return integer_value(b->node->text);
}

inline const std::string* str_of(const Bound* b) {
  if (!b || !b->type_ok || !b->node->is_string()) return nullptr;
  return &b->node->text;
}

// The string a shape rule judges: a map key, or a string value.
inline const std::string* text_of(const Bound& b) {
  if (b.is_map_key) return &b.member->key;
  return b.node->is_string() ? &b.node->text : nullptr;
}

// A string as it appears in a message: in double quotes, control characters escaped.
std::string quote(std::string_view s);

// Unicode code points of valid UTF-8.
std::size_t char_count(std::string_view s);

}  // namespace ijl::rules
