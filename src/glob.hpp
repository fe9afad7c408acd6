// Path globs for the config file's include, exclude and per-file-ignores (docs/configuration.md).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ijl {

// A compiled glob over `/`-separated relative paths. Within a segment `*` matches any run
// of characters, `?` one character (a code point), `[abc]`, `[a-z]`, `[!a-z]`/`[^a-z]` one
// character of (or not of) a class, and `\` escapes the next character; none of them
// matches `/`. A `**` segment matches any number of folders, none included. A pattern with
// no `/` but a trailing one matches a name at any depth (`*.json` is `**/*.json`, as in
// .gitignore); otherwise it is anchored at the base folder. A leading `/` or `./` anchors
// and is dropped; a trailing `/` is dropped.
class Glob {
 public:
  // The compiled pattern, or nullopt with the reason in `error` ("unclosed '['").
  static std::optional<Glob> compile(std::string_view pattern, std::string& error);

  // `path` is relative and `/`-separated, such as `jobs/a.json`.
  bool matches(std::string_view path) const;
  const std::string& pattern() const { return pattern_; }

 private:
  struct Range {
    char32_t first, last;
  };
  struct Token {
    enum class Kind { Literal, Any, Star, Class };
    explicit Token(Kind k, char32_t c = 0) : kind(k), ch(c) {}
    Kind kind;
    char32_t ch;                // Literal
    bool negated = false;       // Class
    std::vector<Range> ranges;  // Class
  };
  struct Segment {
    bool globstar = false;  // `**`
    std::vector<Token> tokens;
    // `*` then ASCII only (`*.json`, the usual include): a suffix test, without decoding
    bool star_suffix = false;
    std::string suffix;
  };

  static bool match_segment(const std::vector<Token>& tokens, std::string_view name);
  static bool segment_matches(const Segment& seg, std::string_view name);

  std::string pattern_;
  std::vector<Segment> segments_;
};

}  // namespace ijl
