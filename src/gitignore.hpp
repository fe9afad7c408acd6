// One line of a .gitignore file, compiled and matched the way git does.
#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ijl {

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

}  // namespace ijl
