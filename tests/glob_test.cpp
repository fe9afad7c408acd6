// Glob matching (include, exclude, per-file-ignores): tables of {pattern, path, matches}
// and of malformed patterns with their reason.
#include <gtest/gtest.h>

#include "glob.hpp"

namespace ijl {
namespace {

struct MatchCase {
  const char* pattern;
  const char* path;
  bool matches;
};

class GlobMatch : public ::testing::TestWithParam<MatchCase> {};

TEST_P(GlobMatch, Matches) {
  const MatchCase& c = GetParam();
  std::string error;
  auto g = Glob::compile(c.pattern, error);
  ASSERT_TRUE(g) << c.pattern << ": " << error;
  EXPECT_EQ(g->matches(c.path), c.matches) << "pattern " << c.pattern << ", path " << c.path;
}

INSTANTIATE_TEST_SUITE_P(Glob, GlobMatch, ::testing::Values(
    // literals and anchoring
    MatchCase{"jobs/a.json", "jobs/a.json", true},
    MatchCase{"jobs/a.json", "jobs/a.jsonx", false},
    MatchCase{"jobs/a.json", "x/jobs/a.json", false},  // a `/` anchors at the base folder
    MatchCase{"jobs/a.json", "jobs", false},
    MatchCase{"./jobs/a.json", "jobs/a.json", true},
    MatchCase{"jobs//a.json", "jobs/a.json", true},
    MatchCase{"jobs/", "jobs", true},  // a trailing `/` is dropped
    // no `/`: the name at any depth
    MatchCase{"*.json", "a.json", true},
    MatchCase{"*.json", "jobs/sub/a.json", true},
    MatchCase{"*.json", "jobs/a.yaml", false},
    MatchCase{"package.json", "web/package.json", true},
    MatchCase{"archive/", "jobs/archive", true},
    MatchCase{"/package.json", "package.json", true},  // a leading `/` anchors
    MatchCase{"/package.json", "web/package.json", false},
    // `*` stays within a segment
    MatchCase{"jobs/*.json", "jobs/a.json", true},
    MatchCase{"jobs/*.json", "jobs/.json", true},
    MatchCase{"jobs/*.json", "jobs/sub/a.json", false},
    MatchCase{"jobs/*", "jobs/sub", true},
    MatchCase{"jobs/*", "jobs", false},
    MatchCase{"jobs/a*b*c", "jobs/abc", true},
    MatchCase{"jobs/a*b*c", "jobs/aXbYbZc", true},
    MatchCase{"jobs/a*b*c", "jobs/aXbYcZ", false},
    MatchCase{"*", "anything", true},
    MatchCase{"jobs/fw-*-v2.json", "jobs/fw-sensor-v2.json", true},
    MatchCase{"jobs/fw-*-v2.json", "jobs/fw-v2.json", false},
    // `?` is one character, a code point, never `/`
    MatchCase{"jobs/?.json", "jobs/a.json", true},
    MatchCase{"jobs/?.json", "jobs/ab.json", false},
    MatchCase{"jobs/?.json", "jobs/.json", false},
    MatchCase{"jobs/?.json", "jobs/\xC3\xA9.json", true},  // é
    MatchCase{"jobs?a.json", "jobs/a.json", false},
    // classes
    MatchCase{"jobs/[abc].json", "jobs/b.json", true},
    MatchCase{"jobs/[abc].json", "jobs/d.json", false},
    MatchCase{"jobs/[a-c].json", "jobs/c.json", true},
    MatchCase{"jobs/[a-c].json", "jobs/C.json", false},
    MatchCase{"jobs/[!a-c].json", "jobs/d.json", true},
    MatchCase{"jobs/[!a-c].json", "jobs/a.json", false},
    MatchCase{"jobs/[^a-c].json", "jobs/a.json", false},
    MatchCase{"jobs/[]a].json", "jobs/].json", true},  // `]` first is literal
    MatchCase{"jobs/[a-].json", "jobs/-.json", true},  // `-` last is literal
    MatchCase{"jobs/[\\]].json", "jobs/].json", true},
    MatchCase{"jobs/[\xC3\xA0-\xC3\xBF].json", "jobs/\xC3\xA9.json", true},  // à-ÿ contains é
    MatchCase{"jobs/v[0-9][0-9].json", "jobs/v12.json", true},
    MatchCase{"jobs/v[0-9][0-9].json", "jobs/v1x.json", false},
    // escapes
    MatchCase{"jobs/\\*.json", "jobs/*.json", true},
    MatchCase{"jobs/\\*.json", "jobs/a.json", false},
    MatchCase{"jobs/\\[a].json", "jobs/[a].json", true},
    // `**` spans folders, none included
    MatchCase{"jobs/**/*.json", "jobs/a.json", true},
    MatchCase{"jobs/**/*.json", "jobs/x/a.json", true},
    MatchCase{"jobs/**/*.json", "jobs/x/y/z/a.json", true},
    MatchCase{"jobs/**/*.json", "other/a.json", false},
    MatchCase{"jobs/**/*.json", "jobs/x/a.yaml", false},
    MatchCase{"jobs/archive/**", "jobs/archive/a.json", true},
    MatchCase{"jobs/archive/**", "jobs/archive/old/a.json", true},
    MatchCase{"jobs/archive/**", "jobs/archive", true},
    MatchCase{"jobs/archive/**", "jobs/archived/a.json", false},
    MatchCase{"**/templates/**", "templates/a.json", true},
    MatchCase{"**/templates/**", "a/b/templates/c/d.json", true},
    MatchCase{"**/templates/**", "a/templatesx/d.json", false},
    MatchCase{"**", "a/b/c.json", true},
    MatchCase{"a/**/b/**/c", "a/b/c", true},
    MatchCase{"a/**/b/**/c", "a/x/b/y/z/c", true},
    MatchCase{"a/**/b/**/c", "a/x/y/c", false},
    MatchCase{"**/**/x", "x", true},
    // case matters
    MatchCase{"*.JSON", "a.json", false}));

struct BadCase {
  const char* pattern;
  const char* reason;
};

class GlobBad : public ::testing::TestWithParam<BadCase> {};

TEST_P(GlobBad, IsRejectedWithAReason) {
  std::string error;
  EXPECT_FALSE(Glob::compile(GetParam().pattern, error)) << GetParam().pattern;
  EXPECT_EQ(error, GetParam().reason);
}

INSTANTIATE_TEST_SUITE_P(Glob, GlobBad, ::testing::Values(
    BadCase{"jobs/[ab.json", "unclosed '[' (write '\\[' for a literal '[')"},
    BadCase{"jobs/[", "unclosed '[' (write '\\[' for a literal '[')"},
    BadCase{"jobs/[]", "unclosed '[' (write '\\[' for a literal '[')"},
    BadCase{"jobs/[!]", "unclosed '[' (write '\\[' for a literal '[')"},
    BadCase{"jobs/[a/b]", "'/' cannot appear in a character class"},
    BadCase{"jobs/[z-a].json", "the character range in '[z-a' is reversed"},
    BadCase{"jobs/a\\", "the pattern ends with an escaping '\\'"},
    BadCase{"jobs/**.json", "'**' must be a whole path segment, as in 'jobs/**/*.json'"},
    BadCase{"a**/b", "'**' must be a whole path segment, as in 'jobs/**/*.json'"},
    BadCase{"***", "'**' must be a whole path segment, as in 'jobs/**/*.json'"},
    BadCase{"", "the pattern is empty"},
    BadCase{"/", "the pattern names no file"},
    BadCase{"./", "the pattern names no file"}));

TEST(Glob, KeepsThePatternAsWritten) {
  std::string error;
  EXPECT_EQ(Glob::compile("./jobs/**/", error)->pattern(), "./jobs/**/");
}

TEST(Glob, NonUtf8NamesAreMatchedByteByByte) {
  std::string error;
  auto g = Glob::compile("jobs/?.json", error);
  ASSERT_TRUE(g);
  EXPECT_TRUE(g->matches("jobs/\xFF.json"));
  EXPECT_FALSE(g->matches("jobs/\xFF\xFE.json"));
  EXPECT_TRUE(Glob::compile("jobs/*.json", error)->matches("jobs/\xC3.json"));  // truncated sequence
}

TEST(Glob, ManyStarsDoNotBacktrackExponentially) {
  std::string error;
  auto seg = Glob::compile("a*a*a*a*a*a*a*a*a*a*b", error);
  ASSERT_TRUE(seg);
  EXPECT_FALSE(seg->matches(std::string(200, 'a')));
  auto deep = Glob::compile("**/a/**/a/**/a/**/a/**/b", error);
  ASSERT_TRUE(deep);
  std::string path;
  for (int i = 0; i < 60; ++i) path += "a/";
  EXPECT_FALSE(deep->matches(path + "c"));
  EXPECT_TRUE(deep->matches(path + "b"));
}

// `*.json` is tested as a suffix of the last name; `*.jso[n]` is not (a class): both must
// agree everywhere.
TEST(Glob, TheSuffixShortcutAgreesWithTheGeneralMatcher) {
  std::string error;
  auto fast = Glob::compile("*.json", error);
  auto slow = Glob::compile("*.jso[n]", error);
  ASSERT_TRUE(fast && slow);
  for (const char* path : {"a.json", ".json", "json", "a.jsonx", "a.JSON", "sub/a.json", "a.json/b", "\xC3.json",
                           "\xC3\xA9.json", "\xE2\x82.json", "a.js\xC3n", "x/.json", "x.json.json", "x/y/a.json/",
                           "x//a.json", "/", "", "a.json//"}) {
    EXPECT_EQ(fast->matches(path), slow->matches(path)) << path;
  }
  // A non-ASCII suffix takes the general path: there a lone byte is the character of its
  // value, so Latin-1 \xE9 matches a pattern's é; comparing bytes would say no.
  auto accented = Glob::compile("*.d\u00e9", error);
  ASSERT_TRUE(accented);
  EXPECT_TRUE(accented->matches("a.d\u00e9"));
  EXPECT_TRUE(accented->matches("a.d\xE9"));
}

// Deeper than the matcher's stack buffers (32 segments, 512 cells): the heap takes over.
TEST(Glob, DeepPathsMatchBeyondTheStackBuffers) {
  std::string error;
  auto g = Glob::compile("**/x/**/*.json", error);
  ASSERT_TRUE(g);
  std::string path;
  for (int i = 0; i < 100; ++i) path += "d/";
  EXPECT_TRUE(g->matches(path + "x/a.json"));
  EXPECT_TRUE(g->matches("x/" + path + "a.json"));
  EXPECT_FALSE(g->matches(path + "a.json"));
  EXPECT_FALSE(g->matches(path + "x/a.yaml"));
}

}  // namespace
}  // namespace ijl
