// Parses `# iotjob-lint: disable=...` comments and filters diagnostics by them.
#include "suppression.hpp"

#include <algorithm>

namespace ijl {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_entry_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

void skip_blanks(std::string_view s, std::size_t& i) {
  while (i < s.size() && is_blank(s[i])) ++i;
}

bool eat(std::string_view s, std::size_t& i, std::string_view word) {
  if (s.substr(i, word.size()) != word) return false;
  i += word.size();
  return true;
}

// `IJ106`, `IJ1` (a prefix of codes) or `schedule-window`.
bool matches(std::string_view entry, const RuleInfo& rule) {
  if (entry == rule.name) return true;
  return entry.size() >= 2 && entry.substr(0, 2) == "IJ" && rule.code.substr(0, entry.size()) == entry;
}

}  // namespace

// Grammar: `#` blanks `iotjob-lint:` blanks (`disable=` | `disable-file=`) entry (`,` entry)*,
// blanks allowed around the commas; anything after the list (a reason) is ignored.
Suppressions parse_suppressions(std::string_view text, const std::vector<Range>& comments, const LineIndex& lines) {
  Suppressions out;
  for (const Range& c : comments) {
    std::string_view s = text.substr(c.begin, c.end - c.begin);
    std::size_t i = 1;  // past the `#`
    skip_blanks(s, i);
    if (!eat(s, i, "iotjob-lint:")) continue;
    skip_blanks(s, i);
    bool whole_file = eat(s, i, "disable-file=");
    if (!whole_file && !eat(s, i, "disable=")) continue;
    std::uint32_t line = lines.position(c.begin).line;
    while (true) {
      skip_blanks(s, i);
      std::size_t start = i;
      while (i < s.size() && is_entry_char(s[i])) ++i;
      if (i == start) break;
      std::string entry(s.substr(start, i - start));
      if (whole_file) {
        out.file.push_back(std::move(entry));
      } else {
        out.lines.emplace_back(line, std::move(entry));
      }
      std::size_t j = i;
      skip_blanks(s, j);
      if (j >= s.size() || s[j] != ',') break;
      i = j + 1;
    }
  }
  return out;
}

bool Suppressions::suppresses(const Diagnostic& d) const {
  if (d.rule->code == "IJ001") return false;
  for (const auto& e : file) {
    if (matches(e, *d.rule)) return true;
  }
  for (const auto& [line, e] : lines) {
    if (line == d.start.line && matches(e, *d.rule)) return true;
  }
  return false;
}

void apply_suppressions(const Suppressions& s, std::vector<Diagnostic>& diagnostics) {
  if (s.empty()) return;
  diagnostics.erase(std::remove_if(diagnostics.begin(), diagnostics.end(),
                                   [&](const Diagnostic& d) { return s.suppresses(d); }),
                    diagnostics.end());
}

}  // namespace ijl
