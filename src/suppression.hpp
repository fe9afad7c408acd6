// Inline suppression in YAML files: `# iotjob-lint: disable=IJ106,IJ302` on the line a
// diagnostic starts on, `# iotjob-lint: disable-file=IJ106` anywhere for the whole file.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostic.hpp"
#include "source.hpp"

namespace ijl {

// What one file's comments suppress. An entry is a code (`IJ106`), a code prefix (`IJ1`) or a
// rule name (`schedule-window`), as `--select` takes them; one that names no rule suppresses
// nothing and is not an error (a code from a newer release must not break an older one).
struct Suppressions {
  std::vector<std::string> file;                             // disable-file=
  std::vector<std::pair<std::uint32_t, std::string>> lines;  // disable=, by 1-based line

  bool empty() const { return file.empty() && lines.empty(); }
  // IJ001 is never suppressed: a file that does not parse must not pass.
  bool suppresses(const Diagnostic& d) const;
};

// Reads the directives in `comments` (each a range of `text` from `#` to the end of its line).
Suppressions parse_suppressions(std::string_view text, const std::vector<Range>& comments, const LineIndex& lines);

// Removes every diagnostic `s` suppresses, keeping the order of the rest.
void apply_suppressions(const Suppressions& s, std::vector<Diagnostic>& diagnostics);

}  // namespace ijl
