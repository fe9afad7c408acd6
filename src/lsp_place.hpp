// Where a position is in a JSON or YAML buffer that may not parse (it is being typed): the
// keys from the root down to it, and whether it is on a key or on a value. Hover and
// completion read this, never the Document tree: the tree exists only for text that parses,
// and block YAML's tree gives a mapping no end to test a position against.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "document.hpp"

namespace ijl::lsp {

struct Segment {
  std::string key;
  bool item = false;  // an array element (YAML: a `- ` entry)
};

enum class Slot : std::uint8_t { None, Key, Value };

struct Place {
  Slot slot = Slot::None;  // None: outside any object, or a structure the scan cannot follow
  // Key: the containers from the root to the object the key belongs to. Value: down to the
  // value itself (its key, or `item` for an array element).
  std::vector<Segment> path;
  Range token;                 // the key or scalar under the position (quotes included); empty: none
  std::string text;            // the token's text without quotes (a key's name)
  bool colon_follows = false;  // Key: the token is followed by `:`
  std::vector<std::string> present;  // Key, completion only: the object's other keys
};

// `Cursor` is a caret between characters (completion: the token being typed ends at it);
// `Character` is the character at the offset (hover).
enum class At : std::uint8_t { Cursor, Character };

// A JSON text (NDJSON: the caller passes the line) scanned token by token up to `offset`,
// tolerating anything unfinished.
Place locate_json(std::string_view text, std::uint32_t offset, At at);

// A YAML text read by indentation: the lines above `offset` at smaller indentation are its
// parents, `- ` entries are array elements, `---` starts a document. A document written in
// flow style (`{…}`, `[…]`) is read as JSON.
Place locate_yaml(std::string_view text, std::uint32_t offset, At at);

}  // namespace ijl::lsp
