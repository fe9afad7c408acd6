// YAML 1.2 (core schema) into Document trees with byte ranges, via yaml-cpp's event parser.
#pragma once

#include <string_view>
#include <vector>

#include "document.hpp"
#include "json_loader.hpp"

namespace ijl {

// Every document of a stream. An empty document (a bare `---`, a file of comments only) is
// left out. On a syntax error `ok` is false, `error` says where (IJ001), and `documents`
// holds the documents that were complete before it. Aliases are expanded: the copy's root
// takes the alias's range, the nodes inside it keep the anchored node's ranges.
struct YamlLoadResult {
  bool ok = false;
  std::vector<Node> documents;
  LoadError error;
  std::vector<Range> comments;  // every comment: its `#` to the end of its line
};

// Ranges: a scalar from its first character (its opening quote when quoted, the `|`/`>`
// header of a block scalar) to just past its end (a multi-line plain scalar: its first
// line); a block collection: its first character; a flow collection: bracket to bracket.
// A UTF-8 BOM at the start is accepted.
YamlLoadResult load_yaml(std::string_view text);

}  // namespace ijl
