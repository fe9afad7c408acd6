// Byte offsets to line/column positions, resolved in one place for every reporter.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace ijl {

// 1-based line; 1-based column counting Unicode code points (a BOM takes no column).
struct Position {
  std::uint32_t line = 1;
  std::uint32_t column = 1;
};

class LineIndex {
 public:
  explicit LineIndex(std::string_view text);
  Position position(std::uint32_t offset) const;

 private:
  void build() const;

  std::string_view text_;
  // byte offset where each line starts; built on first use: clean files never need it
  mutable std::vector<std::uint32_t> starts_;
};

}  // namespace ijl
