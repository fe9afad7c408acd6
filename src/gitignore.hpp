// Which paths of a git work tree git ignores: .gitignore files, info/exclude, core.excludesFile.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ijl {

// The pattern that made a path ignored, as `git check-ignore -v` names it.
struct IgnoreMatch {
  // The file: ".gitignore" or "jobs/.gitignore" (relative to the work tree top),
  // ".git/info/exclude" (an absolute path when the git folder is elsewhere), or the global
  // excludes file as configured, after `~` expansion.
  std::string source;
  std::size_t line = 0;  // 1-based
  std::string pattern;   // the line as git shows it: trailing spaces trimmed, e.g. "build/"
};

// "source:line:pattern", the first field of `git check-ignore -v`.
std::string to_string(const IgnoreMatch& m);

// One line of an ignore file, compiled once, with git's semantics (gitignore(5)): `!`
// negates, a trailing `/` matches folders only, a `/` elsewhere anchors the pattern to the
// file's folder (otherwise it matches a name at any depth); `*`, `?` and `[...]` never
// match `/`; `**/`, `/**/` and `/**` span folders. Matching is byte-wise and case-sensitive.
class IgnorePattern {
 public:
  // nullopt for a blank line or a comment. `line` is the text without its line break.
  static std::optional<IgnorePattern> parse(std::string_view line, std::size_t line_no = 0);

  // `rel`: the path relative to the folder of the file holding the pattern, '/'-separated.
  // A negated pattern matches too; the caller reads negated().
  bool matches(std::string_view rel, bool is_dir) const;
  bool negated() const { return negated_; }
  std::size_t line() const { return line_; }
  const std::string& text() const { return text_; }

 private:
  // Byte: that byte; AnyByte: `?`; Class: `[...]`; Star: `*`, any run without `/`; AnyRun:
  // `**`, any run. `**/` is Folders, AnyRun, Byte '/': Folders consumes nothing and may skip
  // the other two, so that `**/` matches nothing or any run that ends with `/`.
  enum class Op : unsigned char { Byte, AnyByte, Class, Star, AnyRun, Folders };
  struct Step {
    Op op;
    std::uint32_t arg = 0;  // Byte: the byte; Class: the index in `classes`
  };
  // The wildcard part, which git hands to its wildmatch.
  struct Wild {
    std::vector<Step> steps;
    std::vector<std::bitset<256>> classes;
    bool never = false;  // malformed (unclosed `[`, unknown `[:class:]`, a trailing `\`)
  };
  static Wild compile(std::string_view p);
  static bool run(const Wild& w, std::string_view text);

  std::string text_;
  std::size_t line_ = 0;
  bool negated_ = false;
  bool dir_only_ = false;
  bool anchored_ = false;
  std::string prefix_;  // anchored: the literal lead, compared before the wildcard part
  Wild wild_;
};

// The ignore rules of one work tree. Paths are relative to top() and '/'-separated, such as
// "jobs/a.json"; a symbolic link is not a folder (pass is_dir = false, as git does). Missing
// or unreadable ignore and config files count as empty; nothing here throws for the file system.
class GitIgnore {
 public:
  // The work tree holding `dir`: the nearest folder at or above it with a `.git` folder (that
  // has a HEAD) or a `.git` file (`gitdir: ...`, as in linked worktrees and submodules; the
  // `commondir` file there names the folder holding info/exclude and config). nullopt outside
  // any work tree, or when a `.git` file does not lead to a git folder (git refuses those).
  static std::optional<GitIgnore> open(const std::filesystem::path& dir);

  const std::filesystem::path& top() const { return top_; }

  // For a walker that does not enter ignored folders: the folders above `rel` are taken as not
  // ignored. Each folder's .gitignore is read once.
  std::optional<IgnoreMatch> ignored(std::string_view rel, bool is_dir);

  // The whole answer: `rel` is also ignored when a folder above it is (by that folder's
  // pattern), whatever the lines below say, because git never reads further down.
  std::optional<IgnoreMatch> check(std::string_view rel, bool is_dir);

 private:
  struct PatternFile {
    std::string source;
    std::vector<IgnorePattern> patterns;
  };
  static PatternFile load(const std::filesystem::path& file, std::string source, bool in_tree);
  const PatternFile& folder(std::string_view rel_dir);

  std::filesystem::path top_;
  PatternFile info_exclude_, global_;
  std::map<std::string, PatternFile, std::less<>> folders_;  // by folder, "" for the top
};

}  // namespace ijl
