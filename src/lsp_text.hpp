// An editor's buffer as the language server sees it: LSP positions (line, character in the
// negotiated encoding) to byte offsets and back, and the edits of incremental sync.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ijl::lsp {

// What a position's `character` counts (LSP 3.17 `PositionEncodingKind`): UTF-8 bytes,
// UTF-16 code units (the protocol's default: a character above U+FFFF takes two) or code points.
enum class Encoding : std::uint8_t { Utf8, Utf16, Utf32 };
std::string_view encoding_name(Encoding e);
std::optional<Encoding> parse_encoding(std::string_view name);

struct TextPosition {
  std::uint32_t line = 0;       // 0-based
  std::uint32_t character = 0;  // 0-based, in the encoding's units
  bool operator==(const TextPosition&) const = default;
};

struct TextRange {
  TextPosition start, end;
};

// The lines of a text as LSP splits them: `\n`, `\r\n` and a lone `\r` end a line (as the
// linter's LineIndex does). Conversions clamp as the protocol says: a character past the end of
// its line means the line's end, a line past the last means the end of the text; a character
// inside a code point rounds down to its start.
class TextLines {
 public:
  explicit TextLines(std::string_view text);
  std::string_view text() const { return text_; }
  std::uint32_t line_count() const { return static_cast<std::uint32_t>(starts_.size()); }
  std::uint32_t line_start(std::uint32_t line) const { return starts_[line]; }
  // Where the line's text ends: before its line break.
  std::uint32_t line_end(std::uint32_t line) const;

  std::uint32_t offset(TextPosition p, Encoding e) const;
  // Asked in increasing offset order, positions on one long line cost one pass over it.
  TextPosition position(std::uint32_t offset, Encoding e) const;

 private:
  std::string_view text_;
  std::vector<std::uint32_t> starts_;
  mutable std::uint32_t memo_line_ = 0, memo_offset_ = 0, memo_units_ = 0;
  mutable Encoding memo_encoding_ = Encoding::Utf8;
  mutable bool memo_ = false;
};

// Units of `e` the UTF-8 text `s` takes (a byte that starts no valid sequence counts as one).
std::uint32_t count_units(std::string_view s, Encoding e);

// One `TextDocumentContentChangeEvent`: replaces `range` (in `e`) by `text`, or the whole text
// when there is no range.
void apply_change(std::string& text, const std::optional<TextRange>& range, std::string_view replacement, Encoding e);

}  // namespace ijl::lsp
