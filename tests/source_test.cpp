// Tests for src/source.hpp: LineIndex line ends, code-point columns and the byte-order mark.
#include "source.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace ijl
