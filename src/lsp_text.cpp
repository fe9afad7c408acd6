// LSP positions over UTF-8 text, in the three encodings a client may negotiate.
#include "lsp_text.hpp"

#include <algorithm>

namespace ijl::lsp {
namespace {

bool continuation(std::string_view s, std::size_t i) {
  return i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
}

struct Step {
  std::uint32_t bytes;
  std::uint32_t units;
};

// The code point starting at s[i]. A byte that starts no complete sequence is one unit of its
// own, so that counting never stalls on text that is not UTF-8.
Step step(std::string_view s, std::size_t i, Encoding e) {
  const auto b = static_cast<unsigned char>(s[i]);
  std::uint32_t n = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 1;
  for (std::uint32_t k = 1; k < n; ++k) {
    if (!continuation(s, i + k)) {
      n = 1;
      break;
    }
  }
  if (e == Encoding::Utf8) return {n, n};
  return {n, e == Encoding::Utf16 && n == 4 ? 2u : 1u};
}

}  // namespace

std::string_view encoding_name(Encoding e) {
  switch (e) {
    case Encoding::Utf8: return "utf-8";
    case Encoding::Utf16: return "utf-16";
    case Encoding::Utf32: return "utf-32";
  }
  return "utf-16";
}

std::optional<Encoding> parse_encoding(std::string_view name) {
  if (name == "utf-8") return Encoding::Utf8;
  if (name == "utf-16") return Encoding::Utf16;
  if (name == "utf-32") return Encoding::Utf32;
  return std::nullopt;
}

std::uint32_t count_units(std::string_view s, Encoding e) {
  if (e == Encoding::Utf8) return static_cast<std::uint32_t>(s.size());
  std::uint32_t units = 0;
  for (std::size_t i = 0; i < s.size();) {
    Step st = step(s, i, e);
    units += st.units;
    i += st.bytes;
  }
  return units;
}

TextLines::TextLines(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::uint32_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') {
      starts_.push_back(i + 1);
    } else if (text[i] == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      starts_.push_back(i + 1);
    }
  }
}

std::uint32_t TextLines::line_end(std::uint32_t line) const {
  if (line + 1 >= starts_.size()) return static_cast<std::uint32_t>(text_.size());
  std::uint32_t end = starts_[line + 1];
  // back over the line break: `\n`, `\r` or `\r\n`
  if (end > starts_[line] && text_[end - 1] == '\n') --end;
  if (end > starts_[line] && text_[end - 1] == '\r') --end;
  return end;
}

std::uint32_t TextLines::offset(TextPosition p, Encoding e) const {
  if (p.line >= starts_.size()) return static_cast<std::uint32_t>(text_.size());
  const std::uint32_t begin = starts_[p.line], end = line_end(p.line);
  if (e == Encoding::Utf8) {
    std::uint32_t at = std::min(begin + p.character, end);
    while (at > begin && continuation(text_, at)) --at;  // inside a code point: its start
    return at;
  }
  std::uint32_t units = 0, i = begin;
  while (i < end) {
    Step st = step(text_, i, e);
    if (units + st.units > p.character) break;
    units += st.units;
    i += st.bytes;
  }
  return std::min(i, end);
}

TextPosition TextLines::position(std::uint32_t offset, Encoding e) const {
  offset = std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text_.size()));
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const auto line = static_cast<std::uint32_t>(it - starts_.begin()) - 1;
  // an offset inside a `\r\n` belongs to the line's end
  const std::uint32_t to = std::min(offset, line_end(line));
  std::uint32_t from = starts_[line], units = 0;
  if (memo_ && memo_encoding_ == e && memo_line_ == line && memo_offset_ <= to) {
    from = memo_offset_;
    units = memo_units_;
  }
  if (e == Encoding::Utf8) {
    units += to - from;
  } else {
    for (std::uint32_t i = from; i < to;) {
      Step st = step(text_, i, e);
      units += st.units;
      i += st.bytes;
    }
  }
  memo_ = true;
  memo_encoding_ = e;
  memo_line_ = line;
  memo_offset_ = to;
  memo_units_ = units;
  return {line, units};
}

void apply_change(std::string& text, const std::optional<TextRange>& range, std::string_view replacement, Encoding e) {
  if (!range) {
    text.assign(replacement);
    return;
  }
  TextLines lines(text);
  std::uint32_t begin = lines.offset(range->start, e), end = lines.offset(range->end, e);
  if (end < begin) std::swap(begin, end);  // a reversed range: the protocol does not allow it; be lenient
  text.replace(begin, end - begin, replacement);
}

}  // namespace ijl::lsp
