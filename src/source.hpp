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

// The carriage returns in `text` that end a line on their own (not followed by `\n`; a final
// one counts only when no `\n` follows the text): the line ends `\n` alone does not count.
std::uint64_t lone_carriage_returns(std::string_view text, bool newline_follows);

class LineIndex {
 public:
  // `first_line`: the line number of the text's first line (an NDJSON block starts mid-file).
  explicit LineIndex(std::string_view text, std::uint64_t first_line = 1);
  std::string_view text() const { return text_; }
  Position position(std::uint32_t offset) const;

 private:
  void build() const;
  std::uint32_t count_columns(std::uint32_t from, std::uint32_t to) const;

  std::string_view text_;
  std::uint64_t first_line_;
  // byte offset where each line starts; built on first use: clean files never need it
  mutable std::vector<std::uint32_t> starts_;
  // the last answer: a query further along the same line counts on from it, so positions
  // asked in file order cost one pass over a line however many land on it
  mutable std::uint32_t memo_offset_ = 0, memo_line_ = 0, memo_column_ = 0;
};

}  // namespace ijl
