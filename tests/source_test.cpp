// Tests for src/source.hpp: LineIndex line ends, code-point columns and the byte-order mark.
#include "source.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace ijl {
namespace {

std::string at(const LineIndex& index, std::uint32_t offset) {
  Position p = index.position(offset);
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

TEST(LineIndex, EmptyText) {
  LineIndex index("");
  EXPECT_EQ(at(index, 0), "1:1");
}

TEST(LineIndex, LineFeed) {
  LineIndex index("ab\ncd\n");
  EXPECT_EQ(at(index, 0), "1:1");
  EXPECT_EQ(at(index, 1), "1:2");
  EXPECT_EQ(at(index, 2), "1:3");  // the newline belongs to its line
  EXPECT_EQ(at(index, 3), "2:1");
  EXPECT_EQ(at(index, 5), "2:3");
  EXPECT_EQ(at(index, 6), "3:1");  // just past a final newline
}

TEST(LineIndex, CarriageReturnLineFeedIsOneLineEnd) {
  LineIndex index("a\r\nb");
  EXPECT_EQ(at(index, 1), "1:2");
  EXPECT_EQ(at(index, 2), "1:3");
  EXPECT_EQ(at(index, 3), "2:1");
  EXPECT_EQ(at(index, 4), "2:2");
}

TEST(LineIndex, LoneCarriageReturnEndsALine) {
  LineIndex index("a\rb\r\rc");
  EXPECT_EQ(at(index, 2), "2:1");
  EXPECT_EQ(at(index, 4), "3:1");
  EXPECT_EQ(at(index, 5), "4:1");
}

TEST(LineIndex, MixedLineEnds) {
  // \n, \r\n, \r, then \n\r (a line feed and a lone carriage return: two line ends)
  LineIndex index("1\n2\r\n3\r4\n\r6");
  EXPECT_EQ(at(index, 2), "2:1");
  EXPECT_EQ(at(index, 5), "3:1");
  EXPECT_EQ(at(index, 7), "4:1");
  EXPECT_EQ(at(index, 10), "6:1");
}

TEST(LineIndex, ColumnsCountCodePoints) {
  // é (2 bytes), 中 (3 bytes), 😀 (4 bytes), then x
  LineIndex index("\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80x\n\xC3\xA9y");
  EXPECT_EQ(at(index, 0), "1:1");
  EXPECT_EQ(at(index, 2), "1:2");
  EXPECT_EQ(at(index, 5), "1:3");
  EXPECT_EQ(at(index, 9), "1:4");
  EXPECT_EQ(at(index, 10), "1:5");
  EXPECT_EQ(at(index, 13), "2:2");
}

TEST(LineIndex, UnicodeLineSeparatorsDoNotEndLines) {
  LineIndex index("a\xE2\x80\xA8" "b\xE2\x80\xA9" "c\x85" "d");  // U+2028, U+2029, a stray NEL byte
  EXPECT_EQ(at(index, 4), "1:3");
  EXPECT_EQ(at(index, 8), "1:5");
}

TEST(LineIndex, ByteOrderMarkOccupiesNoColumn) {
  LineIndex index("\xEF\xBB\xBF{\n}");
  EXPECT_EQ(at(index, 0), "1:1");
  EXPECT_EQ(at(index, 3), "1:1");
  EXPECT_EQ(at(index, 4), "1:2");
  EXPECT_EQ(at(index, 5), "2:1");
  // only at the start of the text
  LineIndex later("a\n\xEF\xBB\xBF" "b");
  EXPECT_EQ(at(later, 5), "2:2");
}

TEST(LineIndex, OffsetPastTheEndIsClamped) {
  LineIndex index("ab\ncd");
  EXPECT_EQ(at(index, 5), "2:3");
  EXPECT_EQ(at(index, 500), "2:3");
}

TEST(LineIndex, ManyLines) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "line\n";
  LineIndex index(text);
  EXPECT_EQ(at(index, 0), "1:1");
  EXPECT_EQ(at(index, 5 * 999 + 2), "1000:3");
  EXPECT_EQ(at(index, 5 * 1000), "1001:1");
}

// The index scans from line end to line end; on random mixes of every line end (a `\r` at
// the end of the text and before another `\r` too) it must agree with a byte-by-byte count.
TEST(LineIndex, AgreesWithAByteByByteCountOnRandomText) {
  std::mt19937 rng(20261204);
  const std::string pieces[] = {"a", "\n", "\r", "\r\n", "\xC3\xA9", "xyz"};
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    for (int n = static_cast<int>(rng() % 24); n > 0; --n) text += pieces[rng() % std::size(pieces)];
    LineIndex index(text);
    std::uint32_t line = 1, column = 1;
    for (std::uint32_t i = 0; i <= text.size(); ++i) {
      ASSERT_EQ(at(index, i), std::to_string(line) + ":" + std::to_string(column)) << round << " at " << i;
      if (i == text.size()) break;
      const char c = text[i];
      if (c == '\n' || (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
        ++line;
        column = 1;
      } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {  // a CRLF's `\r` is a column
        ++column;
      }
    }
  }
}

}  // namespace
}  // namespace ijl
