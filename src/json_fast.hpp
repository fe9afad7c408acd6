// The fast path of the JSON loader, for builds with simdjson (-DIJL_SIMDJSON=ON): the same
// tree, byte ranges and number literals as the precise path, or a refusal.
#pragma once

#include <cstdint>
#include <string_view>

#include "document.hpp"

namespace ijl {

// Parses `text` (a slice starting at byte `base` of its file) into `out` with simdjson's
// On-Demand API. False for anything it is not sure of: a syntax error, invalid UTF-8, a root
// that is not an object or an array, nesting past 1000, a number beyond the double range.
// The caller then runs the precise loader, whose IJ001 offsets and messages are the contract.
bool load_json_fast(std::string_view text, std::uint32_t base, Node& out);

}  // namespace ijl
