// .gitignore semantics: pattern tables; precedence, discovery and config in scratch folders;
// a fixture tree judged by both GitIgnore and the real `git check-ignore`, path by path.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "file_util.hpp"
#include "gitignore.hpp"

namespace ijl {
namespace {

namespace fs = std::filesystem;

using test::quoted;
using test::slurp;
using test::spit;

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

// ---- a work tree in a scratch folder --------------------------------------------------

// Clears the variables through which a user's git setup could leak in, for one test, and
// puts every old value back afterwards.
class GitEnv {
 public:
  GitEnv() {
    for (const char* name : kNames) {
      const char* v = std::getenv(name);
      saved_.emplace_back(name, v ? std::optional<std::string>(v) : std::nullopt);
      ::unsetenv(name);
    }
  }
  ~GitEnv() {
    for (const auto& [name, value] : saved_) {
      if (value) ::setenv(name, value->c_str(), 1);
      else ::unsetenv(name);
    }
  }
  GitEnv(const GitEnv&) = delete;
  GitEnv& operator=(const GitEnv&) = delete;
  static void set(const char* name, const std::string& value) { ::setenv(name, value.c_str(), 1); }

 private:
  static constexpr const char* kNames[] = {
      "HOME", "XDG_CONFIG_HOME", "GIT_CONFIG_GLOBAL", "GIT_CONFIG_NOSYSTEM", "GIT_CONFIG_SYSTEM",
      "GIT_CONFIG_PARAMETERS", "GIT_CONFIG_COUNT", "GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR",
      "GIT_INDEX_FILE", "GIT_CEILING_DIRECTORIES"};
  std::vector<std::pair<const char*, std::optional<std::string>>> saved_;
};

// A scratch folder with HOME, XDG_CONFIG_HOME and GIT_CONFIG_GLOBAL inside it, no system
// config, and a bare-bones repository in repo/ (a .git folder with a HEAD).
class GitIgnoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::fresh_test_dir("ijl_gitignore");
    home_ = dir_ / "home";
    repo_ = dir_ / "repo";
    fs::create_directories(home_);
    GitEnv::set("HOME", home_.string());
    GitEnv::set("XDG_CONFIG_HOME", (home_ / "xdg").string());
    GitEnv::set("GIT_CONFIG_GLOBAL", (home_ / "gitconfig").string());
    GitEnv::set("GIT_CONFIG_NOSYSTEM", "1");
    spit(repo_ / ".git" / "HEAD", "ref: refs/heads/main\n");
  }

  // (a missing work tree throws bad_optional_access, which fails the test)
  GitIgnore open() { return GitIgnore::open(repo_).value(); }

  // "source:line:pattern", or "-" when not ignored.
  static std::string why(const std::optional<IgnoreMatch>& m) { return m ? to_string(*m) : "-"; }

  GitEnv env_;
  fs::path dir_, home_, repo_;
};

TEST_F(GitIgnoreTest, DeeperFileBeatsHigherAndLastLineWins) {
  spit(repo_ / ".gitignore", "*.log\n!keep.log\nx.dat\n!x.dat\nx.dat\n");
  spit(repo_ / "sub" / ".gitignore", "!*.log\nkeep.log\n");
  auto g = open();
  EXPECT_EQ(why(g.check("a.log", false)), ".gitignore:1:*.log");
  EXPECT_EQ(why(g.check("keep.log", false)), "-");
  EXPECT_EQ(why(g.check("x.dat", false)), ".gitignore:5:x.dat");
  EXPECT_EQ(why(g.check("sub/a.log", false)), "-");
  EXPECT_EQ(why(g.check("sub/keep.log", false)), "sub/.gitignore:2:keep.log");
  EXPECT_EQ(why(g.check("sub/deeper/a.log", false)), "-");
}

TEST_F(GitIgnoreTest, GitignoreBeatsInfoExcludeWhichBeatsTheGlobalFile) {
  spit(repo_ / ".gitignore", "!a.x\n");
  spit(repo_ / ".git" / "info" / "exclude", "*.x\n!b.x\n*.y\n");
  spit(home_ / "xdg" / "git" / "ignore", "*.x\nb.x\n!c.y\n*.z\n");
  auto g = open();
  std::string global = (home_ / "xdg" / "git" / "ignore").string();
  EXPECT_EQ(why(g.check("a.x", false)), "-");
  EXPECT_EQ(why(g.check("b.x", false)), "-");
  EXPECT_EQ(why(g.check("c.y", false)), ".git/info/exclude:3:*.y");
  EXPECT_EQ(why(g.check("d/e.z", false)), global + ":4:*.z");
}

TEST_F(GitIgnoreTest, NothingBelowAnExcludedFolderComesBack) {
  spit(repo_ / ".gitignore", "ex/\n!ex/keep\npkg/*\n!pkg/keepdir/\n");
  spit(repo_ / "ex" / ".gitignore", "!*\n");
  fs::create_directories(repo_ / "pkg" / "keepdir");
  auto g = open();
  // git check-ignore reports a path below an excluded folder with the folder's pattern
  EXPECT_EQ(why(g.check("ex/keep", false)), ".gitignore:1:ex/");
  EXPECT_EQ(why(g.check("ex/a/b", false)), ".gitignore:1:ex/");
  EXPECT_EQ(why(g.check("pkg/keepdir", true)), "-");
  EXPECT_EQ(why(g.check("pkg/keepdir/f", false)), "-");
  EXPECT_EQ(why(g.check("pkg/other/f", false)), ".gitignore:3:pkg/*");
  // ignored() trusts its caller that the folders above are not ignored
  EXPECT_EQ(why(g.ignored("ex/keep", false)), "-");
}

TEST_F(GitIgnoreTest, LineEndsBomAndSymbolicLinks) {
  spit(repo_ / ".gitignore", "\xEF\xBB\xBF" "bom\r\ncrlf\r\nlast");
  spit(repo_ / "lnk" / "real", "lnkd\n");
  fs::create_symlink("real", repo_ / "lnk" / ".gitignore");
  auto g = open();
  EXPECT_EQ(why(g.check("bom", false)), ".gitignore:1:bom");
  EXPECT_EQ(why(g.check("crlf", false)), ".gitignore:2:crlf");
  EXPECT_EQ(why(g.check("last", false)), ".gitignore:3:last");
  EXPECT_EQ(why(g.check("lnk/lnkd", false)), "-");  // git does not follow a linked .gitignore
}

TEST_F(GitIgnoreTest, EachGitignoreIsReadOnce) {
  spit(repo_ / "a" / ".gitignore", "x\n");
  auto g = open();
  EXPECT_EQ(why(g.ignored("a/x", false)), "a/.gitignore:1:x");
  spit(repo_ / "a" / ".gitignore", "y\n");
  EXPECT_EQ(why(g.ignored("a/x", false)), "a/.gitignore:1:x");
}

TEST_F(GitIgnoreTest, UnreadableFilesAreAbsent) {
  spit(repo_ / ".gitignore", "x\n");
  fs::create_directories(repo_ / "d" / ".gitignore");  // a folder, not a file
  fs::create_directories(repo_ / "f");
  ASSERT_EQ(::mkfifo((repo_ / "f" / ".gitignore").c_str(), 0600), 0);  // must not hang
  auto g = open();
  EXPECT_EQ(why(g.check("d/x", false)), ".gitignore:1:x");
  EXPECT_EQ(why(g.check("f/y", false)), "-");
}

TEST_F(GitIgnoreTest, FindsTheTopFromBelowAndPassesOverAFolderThatIsNoRepository) {
  fs::create_directories(repo_ / "a" / "b" / ".git");  // no HEAD: git looks further up
  auto g = GitIgnore::open(repo_ / "a" / "b" / "c");
  ASSERT_TRUE(g);
  EXPECT_EQ(g->top(), repo_);
  EXPECT_FALSE(GitIgnore::open(dir_ / "elsewhere"));
}

TEST_F(GitIgnoreTest, LinkedWorktreeTakesInfoExcludeFromTheCommonDir) {
  fs::path wt = dir_ / "wt";
  fs::path admin = repo_ / ".git" / "worktrees" / "wt";
  spit(admin / "HEAD", "ref: refs/heads/other\n");
  spit(admin / "commondir", "../..\n");
  spit(wt / ".git", "gitdir: ../repo/.git/worktrees/wt\n");
  spit(repo_ / ".git" / "info" / "exclude", "*.tmp\n");
  auto g = GitIgnore::open(wt / "sub");
  ASSERT_TRUE(g);
  EXPECT_EQ(g->top(), wt);
  EXPECT_EQ(why(g->check("a.tmp", false)), (repo_ / ".git" / "info" / "exclude").string() + ":1:*.tmp");

  spit(wt / ".git", "gitdir: ../nowhere\n");  // git refuses such a work tree
  EXPECT_FALSE(GitIgnore::open(wt));
}

// ---- core.excludesFile ----------------------------------------------------------------

struct ConfigCase {
  const char* global_config;  // the GIT_CONFIG_GLOBAL file
  const char* repo_config;
  const char* global_file;    // which file is the global excludes file: "HOME/..." or "-" for none
};

class GitIgnoreConfig : public GitIgnoreTest, public ::testing::WithParamInterface<ConfigCase> {};

TEST_P(GitIgnoreConfig, FindsTheGlobalExcludesFile) {
  const ConfigCase& c = GetParam();
  spit(home_ / "gitconfig", c.global_config);
  spit(repo_ / ".git" / "config", c.repo_config);
  std::string expected = c.global_file;
  if (expected.substr(0, 4) == "HOME") expected = home_.string() + expected.substr(4);
  if (expected != "-") spit(expected, "ignored-globally\n");
  auto g = open();
  EXPECT_EQ(why(g.check("ignored-globally", false)), expected == "-" ? "-" : expected + ":1:ignored-globally")
      << c.global_config << "\n--- repo:\n" << c.repo_config;
}

INSTANTIATE_TEST_SUITE_P(GitIgnore, GitIgnoreConfig, ::testing::Values(
    // unset: $XDG_CONFIG_HOME/git/ignore
    ConfigCase{"", "", "HOME/xdg/git/ignore"},
    ConfigCase{"[core]\n\texcludesFile = ~/gi\n", "", "HOME/gi"},
    ConfigCase{"[CORE]\n\tEXCLUDESFILE=~/gi\n", "", "HOME/gi"},
    ConfigCase{"[core] excludesfile = \"~/with space\" ; comment\n", "", "HOME/with space"},
    ConfigCase{"[core]\n\texcludesfile = ~/a\\\"b # comment\n", "", "HOME/a\"b"},
    ConfigCase{"[core]\n\texcludesfile = ~/line\\\n-continued\n", "", "HOME/line-continued"},
    ConfigCase{"[core]\r\n\texcludesfile = ~/crlf\r\n", "", "HOME/crlf"},
    ConfigCase{"[core]\n\texcludesfile = ~/first\n\texcludesfile = ~/second\n", "", "HOME/second"},
    // the repository's config comes last
    ConfigCase{"[core]\n\texcludesfile = ~/global\n", "[core]\n\texcludesfile = ~/repo\n", "HOME/repo"},
    // other sections and keys do not count
    ConfigCase{"[user]\n\texcludesfile = ~/no\n[core \"sub\"]\n\texcludesfile = ~/no\n", "", "HOME/xdg/git/ignore"},
    ConfigCase{"[core.sub]\n\texcludesfile = ~/no\n", "", "HOME/xdg/git/ignore"},
    ConfigCase{"excludesfile = ~/no\n[core]\n\t# excludesfile = ~/no\n\tbare\n", "", "HOME/xdg/git/ignore"},
    // an empty value turns the global file off
    ConfigCase{"[core]\n\texcludesfile =\n", "", "-"},
    // git stops at a malformed line; what came before it stands
    ConfigCase{"[core]\n\texcludesfile = ~/before\n\texcludesfile = \"~/unclosed\n", "", "HOME/before"}));

TEST_F(GitIgnoreTest, XdgDefaultsToDotConfigUnderHome) {
  ::unsetenv("XDG_CONFIG_HOME");
  spit(home_ / ".config" / "git" / "ignore", "g\n");
  auto g = open();
  EXPECT_EQ(why(g.check("g", false)), (home_ / ".config" / "git" / "ignore").string() + ":1:g");
}

TEST_F(GitIgnoreTest, WithoutGitConfigGlobalTheXdgAndHomeConfigsCount) {
  ::unsetenv("GIT_CONFIG_GLOBAL");
  spit(home_ / "xdg" / "git" / "config", "[core]\n\texcludesfile = ~/from-xdg\n");
  spit(home_ / ".gitconfig", "[core]\n\texcludesfile = ~/from-home\n");
  spit(home_ / "from-home", "h\n");
  auto g = open();
  EXPECT_EQ(why(g.check("h", false)), (home_ / "from-home").string() + ":1:h");
}

TEST_F(GitIgnoreTest, SystemConfigComesFirstUnlessTurnedOff) {
  spit(dir_ / "system", "[core]\n\texcludesfile = ~/from-system\n");
  spit(home_ / "from-system", "s\n");
  GitEnv::set("GIT_CONFIG_SYSTEM", (dir_ / "system").string());
  EXPECT_EQ(why(open().check("s", false)), "-");  // GIT_CONFIG_NOSYSTEM=1
  GitEnv::set("GIT_CONFIG_NOSYSTEM", "0");         // git reads it as a boolean
  EXPECT_EQ(why(open().check("s", false)), (home_ / "from-system").string() + ":1:s");
  spit(home_ / "gitconfig", "[core]\n\texcludesfile = ~/from-global\n");
  EXPECT_EQ(why(open().check("s", false)), "-");
}

// ---- against git itself ----------------------------------------------------------------

// The fixture: ignore files, then the tree. Lines whose ends matter spell them with escapes.
const std::vector<std::pair<std::string, std::string>> kIgnoreFiles = {
    {".gitignore",
     "# a comment, a blank line, escapes and trailing spaces\n"
     "\n"
     "\\#hash\n"
     "\\!bang\n"
     "trail\\ \n"
     "spaces   \n"
     "crlf.txt\r\n"
     "*.log\n"
     "!keep.log\n"
     "/anchored.txt\n"
     "build/\n"
     "out\n"
     "doc/**/gen\n"
     "**/cache\n"
     "logs/**\n"
     "!logs/keep.txt\n"
     "!logs/deep/keep.txt\n"
     "deep**name\n"
     "a**/z\n"
     "[Tt]emp?.txt\n"
     "data[0-9][!0-9].bin\n"
     "cls[[:upper:]][[:digit:]]\n"
     "[^x]neg\n"
     "ex/\n"
     "!ex/reinc.txt\n"
     "pkg/*\n"
     "!pkg/keepdir/\n"
     "twice.dat\n"
     "!twice.dat\n"
     "twice.dat\n"
     "vendor\n"
     "unclosed[\n"
     "escaped\\*star\n"
     "caf?\n"},
    {"sub/.gitignore",
     "!important.log\n"
     "mid/file.txt\n"
     "/top-only\n"
     "*.cfg\n"
     "!special.cfg\n"
     "inner/\n"
     "!vendor\n"},
    {"sub/inner/.gitignore", "!*\n"},  // never read: its folder is excluded
    {"sub/deep/.gitignore", "/*.txt\n!*.log\n"},
    {"lnk/real", "lnkd\n"},
    {".git/info/exclude", "*.info\n!also.log\n!keep.glob\nexcluded-by-info\n"},
    {"../home/global ignore", "*.glob\n!keep.info\nglobal-only\n"},
    {"../home/xdg/git/ignore", "xdg-only\n"},  // not read: core.excludesFile names another file
    {"../home/gitconfig", "[core]\n\texcludesFile = \"~/global ignore\"  # a comment\n"},
};

// Files, and folders (a trailing '/'), besides the ignore files.
const char* const kTree[] = {
    "#hash", "!bang", "trail ", "trail", "spaces", "crlf.txt", "a.log", "keep.log", "also.log",
    "important.log", "anchored.txt", "sub/anchored.txt", "build/x.o", "sub/build", "out",
    "sub/out/f", "doc/gen", "doc/a/gen", "doc/a/b/gen", "doc/genx", "sub/doc/gen", "cache/c",
    "sub/cache", "sub/deep/cache/", "logs/a.txt", "logs/keep.txt", "logs/deep/keep.txt",
    "logs/deep/b.txt", "deepname", "deep-x-name", "sub/deepXname", "az", "a/z", "ab/z",
    "ab/c/z", "b/z", "temp1.txt", "Temp2.txt", "temp.txt", "temp12.txt", "data1a.bin",
    "data12.bin", "clsA1", "clsa1", "aneg", "xneg", "ex/reinc.txt", "ex/other.txt", "pkg/file",
    "pkg/keepdir/f", "pkg/other/f", "twice.dat", "vendor/lib.c", "sub/vendor/lib.c", "unclosed[",
    "escaped*star", "escapedXstar", "caf\xC3\xA9", "cafe", "sub/important.log",
    "sub/x/important.log", "sub/mid/file.txt", "sub/deep/mid/file.txt", "mid/file.txt",
    "sub/top-only", "sub/deep/top-only", "sub/a.cfg", "sub/special.cfg", "sub/inner/a.txt",
    "sub/deep/inner/f", "sub/deep/x/inner", "sub/deep/a.txt", "sub/deep/x/a.txt",
    "sub/deep/x.log", "lnk/lnkd", "x.info", "keep.info", "y.glob", "keep.glob",
    "excluded-by-info", "global-only", "xdg-only"};

// Paths that do not exist: git judges them by their names alone, as files.
//
// Below an excluded folder, git check-ignore walks down the folders above the path and
// asks of each, as a folder, whether the patterns read so far ignore it (before reading
// that folder's own .gitignore). The first folder ignored by a non-negated pattern decides
// for the path: it is reported ignored, with that folder's source, line and pattern, even
// where a negation names the path itself (`!ex/reinc.txt` reports `.gitignore:N:ex/`), even
// where the folder's own .gitignore says `!*` (never read), and even for a path that does
// not exist (`ex/ghost/deeper.txt`). GitIgnore::check() answers the same way.
const char* const kGhosts[] = {"ex/ghost/deeper.txt", "ghost/cache/x", "sub/inner/ghost", "ghost/build"};

struct GitVerdict {
  std::string source, line, pattern;
};

// `git check-ignore --no-index -v -n` about every path: path → verdict, with an empty source
// for paths it does not ignore (no pattern, or a negated one).
std::map<std::string, GitVerdict> ask_git(const fs::path& repo, const std::vector<std::string>& paths) {
  fs::path in = repo.parent_path() / "paths", out = repo.parent_path() / "out", err = repo.parent_path() / "err";
  std::string list;
  for (const auto& p : paths) list += p + '\0';
  spit(in, list);
  auto r = test::run_captured("git -C " + quoted(repo.string()) + " check-ignore --no-index --stdin -z -v -n < " +
                                  quoted(in.string()) + " > " + quoted(out.string()) + " 2> " + quoted(err.string()),
                              out, err);
  EXPECT_TRUE(r.code == 0 || r.code == 1) << r.err;
  std::vector<std::string> fields;
  for (std::size_t start = 0, nul; (nul = r.out.find('\0', start)) != std::string::npos; start = nul + 1)
    fields.push_back(r.out.substr(start, nul - start));
  std::map<std::string, GitVerdict> verdicts;
  for (std::size_t i = 0; i + 3 < fields.size(); i += 4) {
    GitVerdict v{fields[i], fields[i + 1], fields[i + 2]};
    if (v.pattern.substr(0, 1) == "!") v = {};
    verdicts[fields[i + 3]] = v;
  }
  return verdicts;
}

TEST_F(GitIgnoreTest, AgreesWithGitCheckIgnore) {
  if (std::system("git --version > /dev/null 2>&1") != 0) GTEST_SKIP() << "git is not installed";
  fs::remove_all(repo_);
  auto init = test::run_captured("git init -q " + quoted(repo_.string()) + " > " + quoted((dir_ / "o").string()) +
                                     " 2> " + quoted((dir_ / "e").string()),
                                 dir_ / "o", dir_ / "e");
  ASSERT_EQ(init.code, 0) << init.err;
  for (const auto& [path, text] : kIgnoreFiles) spit(repo_ / path, text);
  fs::create_symlink("real", repo_ / "lnk" / ".gitignore");
  for (std::string path : kTree) {
    if (path.back() == '/') fs::create_directories(repo_ / path);
    else spit(repo_ / path, "");
  }
  fs::create_symlink("../../build", repo_ / "sub" / "deep" / "build");  // a link is no folder

  std::vector<std::string> paths;
  for (auto it = fs::recursive_directory_iterator(repo_); it != fs::recursive_directory_iterator(); ++it) {
    if (it->path().filename() == ".git") {
      it.disable_recursion_pending();
      continue;
    }
    paths.push_back(it->path().lexically_relative(repo_).generic_string());
  }
  paths.insert(paths.end(), std::begin(kGhosts), std::end(kGhosts));
  ASSERT_GE(paths.size(), 100u);

  auto git = ask_git(repo_, paths);
  ASSERT_EQ(git.size(), paths.size());
  auto g = open();
  std::size_t ignored = 0;
  for (const auto& path : paths) {
    bool is_dir = fs::is_directory(fs::symlink_status(repo_ / path));
    auto ours = g.check(path, is_dir);
    const GitVerdict& theirs = git.at(path);
    std::string want = theirs.source.empty() ? "-" : theirs.source + ":" + theirs.line + ":" + theirs.pattern;
    EXPECT_EQ(why(ours), want) << path << (is_dir ? " (folder)" : "");
    ignored += ours.has_value();
  }
  // the fixture exercises both answers
  EXPECT_GT(ignored, paths.size() / 3);
  EXPECT_LT(ignored, paths.size() * 2 / 3);

  // A walker that skips ignored folders gets the same answers from ignored().
  auto walker = *GitIgnore::open(repo_);
  for (const auto& path : paths) {
    bool is_dir = fs::is_directory(fs::symlink_status(repo_ / path));
    bool parents_visible = true;
    for (std::size_t s = path.find('/'); s != std::string::npos && parents_visible; s = path.find('/', s + 1))
      parents_visible = !g.check(path.substr(0, s), true);
    if (parents_visible) {
      EXPECT_EQ(why(walker.ignored(path, is_dir)), why(g.check(path, is_dir))) << path;
    }
  }
}

}  // namespace
}  // namespace ijl
