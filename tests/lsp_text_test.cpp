// Tests for src/lsp_text.hpp: LSP positions in UTF-8, UTF-16 and UTF-32, clamping, incremental edits.
#include "lsp_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace ijl::lsp {
namespace {

// "é" is 2 bytes and 1 UTF-16 unit; "😀" (U+1F600) is 4 bytes and 2 UTF-16 units.
const std::string kText = "{\n  \"d\": \"é😀x\",\r\n  \"k\": 1\r}";

TEST(LspText, PositionsCountTheNegotiatedUnits) {
  TextLines lines(kText);
  const std::uint32_t x = static_cast<std::uint32_t>(kText.find('x'));
  EXPECT_EQ(lines.position(x, Encoding::Utf8), (TextPosition{1, 14}));
  EXPECT_EQ(lines.position(x, Encoding::Utf16), (TextPosition{1, 11}));
  EXPECT_EQ(lines.position(x, Encoding::Utf32), (TextPosition{1, 10}));
  for (Encoding e : {Encoding::Utf8, Encoding::Utf16, Encoding::Utf32}) {
    EXPECT_EQ(lines.offset(lines.position(x, e), e), x) << encoding_name(e);
  }
}

TEST(LspText, EveryLineBreakEndsALine) {
  TextLines lines(kText);
  ASSERT_EQ(lines.line_count(), 4u);  // `\n`, `\r\n` and a lone `\r`
  const std::uint32_t k = static_cast<std::uint32_t>(kText.find("\"k\""));
  EXPECT_EQ(lines.position(k, Encoding::Utf16), (TextPosition{2, 2}));
  const std::uint32_t close = static_cast<std::uint32_t>(kText.size() - 1);
  EXPECT_EQ(lines.position(close, Encoding::Utf16), (TextPosition{3, 0}));
  // the `\n` of a `\r\n` is the end of its line, not a position of its own
  const std::uint32_t crlf = static_cast<std::uint32_t>(kText.find("\r\n"));
  EXPECT_EQ(lines.position(crlf + 1, Encoding::Utf16), lines.position(crlf, Encoding::Utf16));
}

TEST(LspText, OffsetsClampAsTheProtocolSays) {
  TextLines lines(kText);
  const std::uint32_t line1_end = static_cast<std::uint32_t>(kText.find("\r\n"));
  EXPECT_EQ(lines.offset({1, 500}, Encoding::Utf16), line1_end);  // past the line's end: its end
  EXPECT_EQ(lines.offset({9, 0}, Encoding::Utf16), kText.size());  // past the last line: the end
  // between the two UTF-16 units of 😀 (9 and 10): the code point's start
  const std::uint32_t emoji = static_cast<std::uint32_t>(kText.find("😀"));
  EXPECT_EQ(lines.offset({1, 9}, Encoding::Utf16), emoji);
  EXPECT_EQ(lines.offset({1, 10}, Encoding::Utf16), emoji);
  EXPECT_EQ(lines.offset({1, 11}, Encoding::Utf16), emoji + 4);
  // inside the UTF-8 bytes of é: its start
  const std::uint32_t e_acute = static_cast<std::uint32_t>(kText.find("é"));
  EXPECT_EQ(lines.offset({1, e_acute - lines.line_start(1) + 1}, Encoding::Utf8), e_acute);
}

TEST(LspText, CountUnits) {
  EXPECT_EQ(count_units("é😀x", Encoding::Utf8), 7u);
  EXPECT_EQ(count_units("é😀x", Encoding::Utf16), 4u);
  EXPECT_EQ(count_units("é😀x", Encoding::Utf32), 3u);
  EXPECT_EQ(count_units("\xFF\x80", Encoding::Utf16), 2u);  // not UTF-8: a unit a byte
}

TEST(LspText, IncrementalEditsUseTheEncoding) {
  std::string text = kText;
  // replace "x" (UTF-16 line 1, characters 11..12) with "yz"
  apply_change(text, TextRange{{1, 11}, {1, 12}}, "yz", Encoding::Utf16);
  EXPECT_EQ(text, "{\n  \"d\": \"é😀yz\",\r\n  \"k\": 1\r}");
  // delete the emoji: code point 9 in UTF-32
  apply_change(text, TextRange{{1, 9}, {1, 10}}, "", Encoding::Utf32);
  EXPECT_EQ(text, "{\n  \"d\": \"éyz\",\r\n  \"k\": 1\r}");
  // across lines, in UTF-8 bytes
  apply_change(text, TextRange{{1, 0}, {2, 2}}, "", Encoding::Utf8);
  EXPECT_EQ(text, "{\n\"k\": 1\r}");
  apply_change(text, std::nullopt, "new", Encoding::Utf16);
  EXPECT_EQ(text, "new");
  apply_change(text, TextRange{{0, 3}, {0, 3}}, "er", Encoding::Utf16);
  EXPECT_EQ(text, "newer");
}

TEST(LspText, EncodingNames) {
  for (Encoding e : {Encoding::Utf8, Encoding::Utf16, Encoding::Utf32}) EXPECT_EQ(parse_encoding(encoding_name(e)), e);
  EXPECT_FALSE(parse_encoding("utf-7"));
}

}  // namespace
}  // namespace ijl::lsp
