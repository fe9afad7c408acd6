// The one diagnostic value type and the rule metadata it carries.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document.hpp"
#include "fields.hpp"
#include "source.hpp"

namespace ijl {

enum class Severity : std::uint8_t { Info, Warning, Error };
std::string_view severity_name(Severity s);
std::optional<Severity> parse_severity(std::string_view s);

// Everything user-facing about a rule: --list-rules, --explain, docs and SARIF read it.
struct RuleInfo {
  std::string_view code;
  std::string_view name;
  Severity severity = Severity::Error;
  std::string_view summary;
  std::string_view rationale;
  std::string_view fail_example;  // a create-job request unless it says otherwise
  std::string_view pass_example;
  std::string_view fail_filename = "job.json";  // names the example's format and dialect
};

// One replacement of a fix: the bytes of `range` become `text`.
struct Edit {
  Range range;
  Position start, end;  // of `range`, resolved with the diagnostic's
  std::string text;
};

// The one unambiguous repair of a finding (a misspelt key, an enum in the wrong case): never
// a change of meaning.
struct Fix {
  std::string title;  // "rename \"jobID\" to \"jobId\""
  std::vector<Edit> edits;
};

// FNV-1a, 64 bits: the same in every build and on every platform (std::hash is not), for
// what is stored or compared between runs: baselines and fingerprints.
constexpr std::uint64_t stable_hash(std::string_view s, std::uint64_t h = 14695981039346656037ull) {
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// The hash of the text a finding points at, as baselines and fingerprints key it: the bytes of
// `range` up to its first line break, blanks at either end trimmed. A scalar is its whole token
// (`10.999`, `"snapshot"`); an object or a block is its first line, so an edit further inside it,
// re-indenting, or an edit anywhere else in the file leaves the hash alone.
constexpr std::uint64_t value_hash(std::string_view bytes, Range range) {
  if (range.begin > bytes.size()) return stable_hash({});
  std::string_view text = bytes.substr(range.begin, range.end > range.begin ? range.end - range.begin : 0);
  text = text.substr(0, text.find_first_of("\r\n"));
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return stable_hash(text);
}

// Another place in the same document that a finding names: where a repeated key was first
// defined, the entry an entry repeats, the ARN another disagrees with.
struct Related {
  std::string message;               // "first defined here": reads beside the diagnostic's
  std::vector<std::string> pointer;  // RFC 6901 segments, as the diagnostic's
  Range range;                       // bytes in the file
  Position start, end;               // as the diagnostic's: end exclusive, columns count code points
};

struct Diagnostic {
  const RuleInfo* rule = nullptr;
  Severity severity = Severity::Error;
  std::string message;
  std::vector<std::string> pointer;  // RFC 6901 segments; rendered only by reporters
  Range range;                       // bytes in the file
  Position start, end;               // end exclusive; columns count code points
  std::optional<std::uint64_t> record;  // 1-based line of an NDJSON record
  std::optional<Dialect> dialect;       // of the document it is in (none: IJ001, IJ006)
  std::optional<Fix> fix;
  std::vector<Related> related;  // in the order the message names them
  std::uint64_t value_hash = 0;  // value_hash() of range in the file's bytes; set by the engine
};

}  // namespace ijl
