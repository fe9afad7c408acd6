// Line index: `\n`, `\r\n` and a lone `\r` end a line; U+2028/U+2029 do not.
#include "source.hpp"

#include <algorithm>

namespace ijl {

std::uint64_t lone_carriage_returns(std::string_view text, bool newline_follows) {
  std::uint64_t n = 0;
  for (std::size_t i = text.find('\r'); i != std::string_view::npos; i = text.find('\r', i + 1)) {
    bool crlf = i + 1 < text.size() ? text[i + 1] == '\n' : newline_follows;
    n += crlf ? 0 : 1;
  }
  return n;
}

LineIndex::LineIndex(std::string_view text, std::uint64_t first_line) : text_(text), first_line_(first_line) {}

void LineIndex::build() const {
  std::string_view text = text_;
  std::uint32_t first = 0;
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") first = 3;
  starts_.push_back(first);
  // from line end to line end (find is memchr): an NDJSON block's lines are hundreds of bytes
  for (std::size_t pos = 0;;) {
    const std::size_t nl = text.find('\n', pos);
    // a `\r` before it ends a line unless it is the `\r` of `\r\n`
    const std::string_view line = text.substr(0, nl);
    for (std::size_t cr = line.find('\r', pos); cr != std::string_view::npos; cr = line.find('\r', cr + 1)) {
      if (cr + 1 != nl) starts_.push_back(static_cast<std::uint32_t>(cr + 1));
    }
    if (nl == std::string_view::npos) break;
    starts_.push_back(static_cast<std::uint32_t>(nl + 1));
    pos = nl + 1;
  }
}

std::uint32_t LineIndex::count_columns(std::uint32_t from, std::uint32_t to) const {
  std::uint32_t n = 0;
  for (std::uint32_t i = from; i < to; ++i) {
    // continuation bytes do not start a code point
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

Position LineIndex::position(std::uint32_t offset) const {
  if (starts_.empty()) build();
  if (offset > text_.size()) offset = static_cast<std::uint32_t>(text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  std::size_t line = (it == starts_.begin()) ? 0 : static_cast<std::size_t>(it - starts_.begin()) - 1;
  std::uint32_t start = starts_[line];
  std::uint32_t column;
  if (memo_column_ != 0 && memo_line_ == line && memo_offset_ <= offset && memo_offset_ >= start) {
    column = memo_column_ + count_columns(memo_offset_, offset);
  } else {
    column = 1 + count_columns(start, offset);
  }
  memo_offset_ = offset;
  memo_line_ = static_cast<std::uint32_t>(line);
  memo_column_ = column;
  return {static_cast<std::uint32_t>(line + first_line_), column};
}

}  // namespace ijl
