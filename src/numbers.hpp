// Numbers judged as written: decimal places of a literal and formatting of limits.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ijl {

// Decimal places of the value a JSON number literal denotes, trailing zeros ignored:
// "1.099e1" → 2, "1e-3" → 3, "10.100" → 1, "100e-2" → 0.
int decimal_places(std::string_view literal);

// The literal as a 64-bit integer when it is an integer literal in range.
std::optional<std::int64_t> integer_value(std::string_view literal);

// A limit for a message: "1.1", "1000".
std::string format_number(double v);

}  // namespace ijl
