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
};

}  // namespace ijl
