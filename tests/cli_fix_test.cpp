// --fix and --diff's pure parts: which fixes are applied, and the unified diff.
#include "cli_fix.hpp"

#include <gtest/gtest.h>

namespace ijl::cli {
namespace {

Fix fix(std::vector<std::tuple<std::uint32_t, std::uint32_t, std::string>> edits) {
  Fix f{"t", {}};
  for (auto& [begin, end, text] : edits) f.edits.push_back(Edit{{begin, end}, {}, {}, text});
  return f;
}

TEST(ApplyFixes, BackToFrontAndNoOverlap) {
  std::size_t applied = 0;
  // offsets:           0123456789
  const std::string text = "abcdefghij";
  EXPECT_EQ(apply_fixes(text, {fix({{7, 9, "XYZ"}}), fix({{1, 3, ""}})}, applied), "adefgXYZj");
  EXPECT_EQ(applied, 2u);
  // the later of two overlapping fixes (in file order) is left out, whole
  EXPECT_EQ(apply_fixes(text, {fix({{2, 5, "1"}}), fix({{4, 6, "2"}, {8, 9, "3"}})}, applied), "ab1fghij");
  EXPECT_EQ(applied, 1u);
  // an edit past the end is no fix
  EXPECT_EQ(apply_fixes(text, {fix({{9, 11, "x"}})}, applied), text);
  EXPECT_EQ(applied, 0u);
  // two insertions at one point: the first only
  EXPECT_EQ(apply_fixes(text, {fix({{5, 5, "<"}}), fix({{5, 5, ">"}})}, applied), "abcde<fghij");
  EXPECT_EQ(applied, 1u);
}

std::string lines(int from, int to, const std::string& changed = "", int at = -1) {
  std::string out;
  for (int i = from; i <= to; ++i) out += (i == at ? changed : "line " + std::to_string(i)) + "\n";
  return out;
}

TEST(UnifiedDiff, HunksWithThreeLinesOfContext) {
  EXPECT_EQ(unified_diff("a.json", "same\n", "same\n"), "");
  EXPECT_EQ(unified_diff("a.json", lines(1, 10), lines(1, 10, "LINE 5", 5)),
            "--- a/a.json\n+++ b/a.json\n@@ -2,7 +2,7 @@\n line 2\n line 3\n line 4\n-line 5\n+LINE 5\n line 6\n line 7\n line 8\n");
  // changes 7 lines apart share a hunk; 8 apart do not
  std::string after = lines(1, 20);
  after.replace(after.find("line 2\n"), 6, "LINE 2");
  after.replace(after.find("line 9\n"), 6, "LINE 9");
  after.replace(after.find("line 17\n"), 7, "LINE 17");
  EXPECT_EQ(unified_diff("a", lines(1, 20), after),
            "--- a/a\n+++ b/a\n@@ -1,12 +1,12 @@\n line 1\n-line 2\n+LINE 2\n line 3\n line 4\n line 5\n line 6\n line 7\n"
            " line 8\n-line 9\n+LINE 9\n line 10\n line 11\n line 12\n"
            "@@ -14,7 +14,7 @@\n line 14\n line 15\n line 16\n-line 17\n+LINE 17\n line 18\n line 19\n line 20\n");
}

TEST(UnifiedDiff, LastLineWithoutLineBreak) {
  EXPECT_EQ(unified_diff("a", "x\ny", "x\nz"),
            "--- a/a\n+++ b/a\n@@ -1,2 +1,2 @@\n x\n-y\n\\ No newline at end of file\n+z\n\\ No newline at end of file\n");
  // lines that come or go: the part between the common head and tail is one change
  EXPECT_EQ(unified_diff("a", "x\ny\n", "x\ny"),
            "--- a/a\n+++ b/a\n@@ -1,2 +1,2 @@\n x\n-y\n+y\n\\ No newline at end of file\n");
  EXPECT_EQ(unified_diff("a", "a\nb\nc\n", "a\nB1\nB2\nc\n"), "--- a/a\n+++ b/a\n@@ -1,3 +1,4 @@\n a\n-b\n+B1\n+B2\n c\n");
}

}  // namespace
}  // namespace ijl::cli
