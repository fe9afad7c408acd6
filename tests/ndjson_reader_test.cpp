// NdjsonReader hands out whole lines with the right first line numbers, whatever the block size.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "engine.hpp"
#include "ndjson_reader.hpp"

namespace {

struct Block {
  std::string text;
  std::uint64_t first_line;
};

std::vector<Block> blocks_of(const std::string& content, std::size_t block_size) {
  std::FILE* f = std::tmpfile();
  std::fwrite(content.data(), 1, content.size(), f);
  std::rewind(f);
  ijl::NdjsonReader reader(f, block_size);
  std::vector<Block> out;
  std::string_view block;
  std::uint64_t line = 0;
  while (reader.next(block, line)) out.push_back({std::string(block), line});
  EXPECT_TRUE(reader.error().empty());
  std::fclose(f);
  return out;
}

TEST(NdjsonReader, BlocksHoldWholeLinesAndCoverTheFile) {
  std::string content;
  for (int i = 1; i <= 100; ++i) content += "{\"n\":" + std::to_string(i) + "}\n";
  for (std::size_t size : {1u, 7u, 64u, 1u << 20}) {
    std::string joined;
    std::uint64_t expected_line = 1;
    for (const auto& b : blocks_of(content, size)) {
      EXPECT_EQ(b.first_line, expected_line);
      ASSERT_FALSE(b.text.empty());
      EXPECT_EQ(b.text.back(), '\n') << "a block ends inside a line (block size " << size << ")";
      expected_line += static_cast<std::uint64_t>(std::count(b.text.begin(), b.text.end(), '\n'));
      joined += b.text;
    }
    EXPECT_EQ(joined, content) << "block size " << size;
  }
}

TEST(NdjsonReader, LastLineWithoutNewline) {
  auto blocks = blocks_of("{}\n{}", 2);
  ASSERT_FALSE(blocks.empty());
  EXPECT_EQ(blocks.back().text.back(), '}');
  std::string joined;
  for (const auto& b : blocks) joined += b.text;
  EXPECT_EQ(joined, "{}\n{}");
}

TEST(NdjsonReader, EmptyStreamHasNoBlocks) { EXPECT_TRUE(blocks_of("", 16).empty()); }

}  // namespace

// A block that starts mid-file reports the file's line numbers, in positions and messages.
TEST(LintNdjson, LaterBlockUsesTheFileLines) {
  std::string block = "\n{\"account_id\": \"123456789012\", \"account_id\": \"123456789012\", \"job\": {\"job_id\": \"a\"}}\n";
  ijl::LintOptions options;
  options.registry = &ijl::registry();
  ijl::FileReport r = ijl::lint_ndjson(block, 5000, options, true);
  auto dup = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                          [](const ijl::Diagnostic& d) { return d.rule->code == "IJ002"; });
  ASSERT_NE(dup, r.diagnostics.end());
  EXPECT_EQ(dup->start.line, 5001u);
  EXPECT_EQ(dup->start.column, 32u);
  EXPECT_EQ(dup->record, 5001u);
  EXPECT_EQ(dup->message, "duplicate key \"account_id\"");
  ASSERT_EQ(dup->related.size(), 1u);
  EXPECT_EQ(dup->related[0].start.line, 5001u);
  EXPECT_EQ(dup->related[0].start.column, 2u);
  EXPECT_EQ(dup->related[0].end.line, 5001u);
  EXPECT_EQ(dup->related[0].end.column, 14u);
}

// Each record's related locations are placed through that record's lines: after a record that
// a lone `\r` splits over two lines, and for the record that follows a blank line.
TEST(LintNdjson, RelatedLocationsFollowEachRecordsLines) {
  std::string block =
      "{\"account_id\": \"123456789012\",\r\"job\": {\"job_id\": \"a\"}}\n"
      "\n"
      "{\"job\": {\"job_id\": \"b\", \"job_id\": \"c\"}, \"account_id\": \"123456789012\"}\n";
  ijl::LintOptions options;
  options.registry = &ijl::registry();
  ijl::FileReport r = ijl::lint_ndjson(block, 41, options, true);
  auto dup = std::find_if(r.diagnostics.begin(), r.diagnostics.end(),
                          [](const ijl::Diagnostic& d) { return d.rule->code == "IJ002"; });
  ASSERT_NE(dup, r.diagnostics.end());
  EXPECT_EQ(dup->record, 44u);
  EXPECT_EQ(dup->start.line, 44u);
  EXPECT_EQ(dup->start.column, 25u);
  ASSERT_EQ(dup->related.size(), 1u);
  EXPECT_EQ(dup->related[0].start.line, 44u);
  EXPECT_EQ(dup->related[0].start.column, 10u);
  EXPECT_EQ(dup->related[0].end.column, 18u);
}
