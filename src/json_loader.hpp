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

// nlohmann's SAX parser alone. load_json is this, unless a fast loader is in use: then it
// parses first and only what it refuses comes here, so both give the same trees and IJ001.
LoadResult load_json_precise(std::string_view text, std::uint32_t base = 0);

// simdjson's loader (json_fast.hpp) is in use from the start in a -DIJL_SIMDJSON=ON build;
// the companion executable (iotjob-lint-simdjson) installs it first thing in main, before
// any thread starts.
using FastJsonLoader = bool (*)(std::string_view text, std::uint32_t base, Node& out);
void use_fast_json(FastJsonLoader loader);
bool fast_json_built();  // a fast loader is in use

}  // namespace ijl
