// Strict JSON (RFC 8259) into a Document tree with byte ranges, via nlohmann's SAX parser.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "document.hpp"

namespace ijl {

struct LoadError {
  std::uint32_t offset = 0;  // absolute byte offset of the first unacceptable character
  std::string message;
};

struct LoadResult {
  bool ok = false;
  Node root;
  LoadError error;
};

// Parses `text`, a slice that starts at byte `base` of its file, so that every
// range is an offset into the whole file (NDJSON lines share one line index).
// A UTF-8 BOM at the start of the slice is accepted.
LoadResult load_json(std::string_view text, std::uint32_t base = 0);

// nlohmann's SAX parser alone. load_json is this, unless the build has simdjson
// (-DIJL_SIMDJSON=ON): then simdjson parses first and only what it refuses comes here, so
// both give the same trees and the same IJ001.
LoadResult load_json_precise(std::string_view text, std::uint32_t base = 0);
bool fast_json_built();

}  // namespace ijl
