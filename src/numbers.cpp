// Decimal-place counting on the literal text, never on the binary double.
#include "numbers.hpp"

#include <charconv>
#include <cstdio>

namespace ijl {

int decimal_places(std::string_view s) {
  std::string digits;
  long point = 0;  // digits before the decimal point
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  bool seen_point = false;
  for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; ++i) {
    if (s[i] == '.') {
      seen_point = true;
    } else {
      digits.push_back(s[i]);
      if (!seen_point) ++point;
    }
  }
  long exponent = 0;
  if (i < s.size()) {
    ++i;
    if (i < s.size() && s[i] == '+') ++i;
    auto [p, ec] = std::from_chars(s.data() + i, s.data() + s.size(), exponent);
    // an absurd exponent: far beyond any limit anyway
    if (ec != std::errc()) exponent = s[i] == '-' ? -100000 : 100000;
  }
  std::size_t last = digits.find_last_not_of('0');
  if (last == std::string::npos) return 0;
  long places = static_cast<long>(last) + 1 - (point + exponent);
  if (places <= 0) return 0;
  return places > 100000 ? 100000 : static_cast<int>(places);
}

std::optional<std::int64_t> integer_value(std::string_view s) {
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

std::string format_number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

}  // namespace ijl
