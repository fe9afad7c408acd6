// Line index: `\n`, `\r\n` and a lone `\r` end a line; U+2028/U+2029 do not.
#include "source.hpp"

#include <algorithm>

namespace ijl {

LineIndex::LineIndex(std::string_view text, std::uint64_t first_line) : text_(text), first_line_(first_line) {}

void LineIndex::build() const {
  std::string_view text = text_;
  std::uint32_t first = 0;
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") first = 3;
  starts_.push_back(first);
  for (std::uint32_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      starts_.push_back(i + 1);
    } else if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      starts_.push_back(i + 1);
    }
  }
}

Position LineIndex::position(std::uint32_t offset) const {
  if (starts_.empty()) build();
  if (offset > text_.size()) offset = static_cast<std::uint32_t>(text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  std::size_t line = (it == starts_.begin()) ? 0 : static_cast<std::size_t>(it - starts_.begin()) - 1;
  std::uint32_t start = starts_[line];
  std::uint32_t column = 1;
  for (std::uint32_t i = start; i < offset; ++i) {
    // continuation bytes do not start a code point
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return {static_cast<std::uint32_t>(line + first_line_), column};
}

}  // namespace ijl
