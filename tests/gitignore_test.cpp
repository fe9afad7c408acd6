// .gitignore pattern semantics: tables of {line, path, is_dir, matches} and of parsed lines.
#include <gtest/gtest.h>

#include <string_view>

#include "gitignore.hpp"

namespace ijl {
namespace {

// ---- one pattern ----------------------------------------------------------------------

struct MatchCase {
  const char* line;
  const char* path;  // relative to the folder of the ignore file
  bool is_dir;
  bool matches;
};

class GitIgnorePattern : public ::testing::TestWithParam<MatchCase> {};

TEST_P(GitIgnorePattern, Matches) {
  const MatchCase& c = GetParam();
  auto p = IgnorePattern::parse(c.line);
  ASSERT_TRUE(p) << c.line;
  EXPECT_EQ(p->matches(c.path, c.is_dir), c.matches)
      << "pattern " << c.line << ", path " << c.path << (c.is_dir ? " (folder)" : "");
}

constexpr bool kDir = true, kFile = false;

INSTANTIATE_TEST_SUITE_P(GitIgnore, GitIgnorePattern, ::testing::Values(
    // no `/`: the name at any depth, file or folder
    MatchCase{"out", "out", kFile, true},
    MatchCase{"out", "out", kDir, true},
    MatchCase{"out", "a/b/out", kFile, true},
    MatchCase{"out", "output", kFile, false},
    MatchCase{"out", "out/x", kFile, false},  // the folder matches, its content only through it
    MatchCase{"*.log", "a/b.log", kFile, true},
    MatchCase{"*.log", "a.log/b", kFile, false},
    // a trailing `/`: folders only
    MatchCase{"build/", "build", kDir, true},
    MatchCase{"build/", "build", kFile, false},
    MatchCase{"build/", "a/build", kDir, true},
    MatchCase{"a/build/", "a/build", kDir, true},
    MatchCase{"a/build/", "x/a/build", kDir, false},
    // a `/` at the start or in the middle anchors to the ignore file's folder
    MatchCase{"/out", "out", kFile, true},
    MatchCase{"/out", "a/out", kFile, false},
    MatchCase{"a/out", "a/out", kFile, true},
    MatchCase{"a/out", "x/a/out", kFile, false},
    MatchCase{"a/*.c", "a/x.c", kFile, true},
    MatchCase{"a/*.c", "a/b/x.c", kFile, false},
    MatchCase{"//out", "out", kFile, false},  // only one leading `/` goes
    // `*`, `?` and classes never match `/`
    MatchCase{"a*c", "abc", kFile, true},
    MatchCase{"/a*c", "ab/c", kFile, false},
    MatchCase{"/a?c", "a/c", kFile, false},
    MatchCase{"/a[/]c", "a/c", kFile, false},
    MatchCase{"/a[!x]c", "a/c", kFile, false},
    MatchCase{"a?c", "abc", kFile, true},
    MatchCase{"a?c", "ac", kFile, false},
    MatchCase{"caf?", "caf\xC3\xA9", kFile, false},  // `?` is one byte, é is two
    MatchCase{"caf??", "caf\xC3\xA9", kFile, true},
    // `**`: leading, trailing, in the middle, and elsewhere like `*`
    MatchCase{"**/cache", "cache", kDir, true},
    MatchCase{"**/cache", "a/b/cache", kDir, true},
    MatchCase{"**/a/cache", "x/a/cache", kDir, true},
    MatchCase{"**/a/cache", "a/cache", kDir, true},
    MatchCase{"logs/**", "logs/a", kFile, true},
    MatchCase{"logs/**", "logs/a/b", kFile, true},
    MatchCase{"logs/**", "logs", kDir, false},
    MatchCase{"doc/**/gen", "doc/gen", kFile, true},
    MatchCase{"doc/**/gen", "doc/a/gen", kFile, true},
    MatchCase{"doc/**/gen", "doc/a/b/gen", kFile, true},
    MatchCase{"doc/**/gen", "doc/agen", kFile, false},
    MatchCase{"doc/**/gen", "x/doc/gen", kFile, false},
    MatchCase{"a/**b", "a/xb", kFile, true},
    MatchCase{"a/**b", "a/x/b", kFile, false},  // not a whole segment: one `*`
    MatchCase{"deep**name", "a/deepXname", kFile, true},
    MatchCase{"/x**y/z", "xay/z", kFile, true},
    MatchCase{"/x**y/z", "xa/by/z", kFile, false},
    // git compares the lead before the first wildcard literally and then sees `**/` at the
    // start of the rest: so `a**/z` spans folders and even matches `az`
    MatchCase{"a**/z", "az", kFile, true},
    MatchCase{"a**/z", "ab/c/z", kFile, true},
    MatchCase{"a**/z", "b/z", kFile, false},
    MatchCase{"/y/**\\/z", "y/q/z", kFile, true},  // before an escaped `/`, `**` cannot be empty
    MatchCase{"/y/**\\/z", "y/z", kFile, false},
    // classes
    MatchCase{"[Tt]emp", "Temp", kFile, true},
    MatchCase{"[Tt]emp", "xemp", kFile, false},
    MatchCase{"d[0-9]", "d5", kFile, true},
    MatchCase{"d[0-9]", "da", kFile, false},
    MatchCase{"d[!0-9]", "da", kFile, true},
    MatchCase{"d[^0-9]", "d5", kFile, false},
    MatchCase{"b[]]x", "b]x", kFile, true},  // `]` first is a member
    MatchCase{"n[!]]x", "n]x", kFile, false},
    MatchCase{"n[!]]x", "nax", kFile, true},
    MatchCase{"r[a-]x", "r-x", kFile, true},  // `-` last is a member
    MatchCase{"r[a-]x", "rbx", kFile, false},
    MatchCase{"r[a-c-e]x", "r-x", kFile, true},  // no range right after a range
    MatchCase{"r[a-c-e]x", "rdx", kFile, false},
    MatchCase{"c[[:upper:]][[:digit:]]", "cA1", kFile, true},
    MatchCase{"c[[:upper:]][[:digit:]]", "ca1", kFile, false},
    MatchCase{"s[[:space:]]c", "s\tc", kFile, true},
    MatchCase{"s[[:space:]]c", "s\vc", kFile, false},  // git's own ctype
    MatchCase{"p[[:punct:]]", "p_", kFile, true},
    MatchCase{"x[[:xdigit:]]", "xF", kFile, true},
    MatchCase{"x[[:xdigit:]]", "xg", kFile, false},
    MatchCase{"c[:alpha:]x", "cpx", kFile, true},  // a plain class of `:alph`
    MatchCase{"m[[:digit:]-z]x", "m-x", kFile, true},
    MatchCase{"m[[:digit:]-z]x", "myx", kFile, false},
    MatchCase{"e[\\]]x", "e]x", kFile, true},
    // malformed: never matches, not even literally
    MatchCase{"unc[", "unc[", kFile, false},
    MatchCase{"u[[:nope:]]", "ua", kFile, false},
    MatchCase{"back\\", "back\\", kFile, false},
    MatchCase{"back\\", "back", kFile, false},
    // escapes
    MatchCase{"\\#hash", "#hash", kFile, true},
    MatchCase{"\\!bang", "!bang", kFile, true},
    MatchCase{"esc\\*star", "esc*star", kFile, true},
    MatchCase{"esc\\*star", "escXstar", kFile, false},
    MatchCase{"trail\\ ", "trail ", kFile, true},
    MatchCase{"trail\\ ", "trail", kFile, false},
    MatchCase{"spaces   ", "spaces", kFile, true},
    MatchCase{"tab\t", "tab\t", kFile, true},  // only spaces are trimmed
    MatchCase{"foo\\/", "foo", kDir, false},   // the pattern is `foo\`, which never matches
    // a negated pattern matches; the caller reads negated()
    MatchCase{"!keep.log", "a/keep.log", kFile, true},
    MatchCase{"!dir/", "dir", kFile, false}));

struct ParseCase {
  const char* line;
  bool pattern;  // false: blank or comment
  bool negated;
  const char* text;
};

class GitIgnoreParse : public ::testing::TestWithParam<ParseCase> {};

TEST_P(GitIgnoreParse, Parses) {
  const ParseCase& c = GetParam();
  auto p = IgnorePattern::parse(c.line, 7);
  ASSERT_EQ(p.has_value(), c.pattern) << c.line;
  if (!p) return;
  EXPECT_EQ(p->negated(), c.negated) << c.line;
  EXPECT_EQ(p->text(), c.text) << c.line;
  EXPECT_EQ(p->line(), 7u);
}

INSTANTIATE_TEST_SUITE_P(GitIgnore, GitIgnoreParse, ::testing::Values(
    ParseCase{"", false, false, ""},
    ParseCase{"# comment", false, false, ""},
    ParseCase{"   ", false, false, ""},
    ParseCase{" # not a comment", true, false, " # not a comment"},
    ParseCase{"\\#x", true, false, "\\#x"},
    ParseCase{"!x", true, true, "!x"},
    ParseCase{"\\!x", true, false, "\\!x"},
    ParseCase{"x  ", true, false, "x"},
    ParseCase{"x\\  ", true, false, "x\\ "},
    ParseCase{"x  \\", true, false, "x  \\"},  // a final lone `\` keeps the line whole
    ParseCase{"build/", true, false, "build/"},
    ParseCase{"!build/ ", true, true, "!build/"}));

TEST(GitIgnoreLine, NulEndsIt) {
  auto p = IgnorePattern::parse(std::string_view("nul\0x", 5));
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->matches("nul", false));
  EXPECT_FALSE(p->matches("nulx", false));
}

}  // namespace
}  // namespace ijl
