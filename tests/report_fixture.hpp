// The fixture set every reporter is golden-tested on (STYLE.md): a clean file, a syntax
// error, non-ASCII text, characters that need escaping (in a path and in a message), a
// related location, NDJSON with a fix. Expectations too long to read inline are files in
// testdata/report/, compared by expect_golden and rewritten with IJL_UPDATE_GOLDEN=1 (golden.hpp).
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "golden.hpp"
#include "report.hpp"
#include "source.hpp"

namespace ijl::report_fixture {

// Most reporters read only code and name; `sarif` also describes each rule, so each has a
// default severity, a summary and a rationale (the examples stay empty).
constexpr RuleInfo test_rule(std::string_view code, std::string_view name, Severity severity,
                             std::string_view summary, std::string_view rationale) {
  RuleInfo info;
  info.code = code;
  info.name = name;
  info.severity = severity;
  info.summary = summary;
  info.rationale = rationale;
  return info;
}

inline constexpr RuleInfo kSyntax =
    test_rule("IJ001", "syntax", Severity::Error, "The file is not valid JSON", "Nothing else can be checked.");
inline constexpr RuleInfo kUnknown =
    test_rule("IJ003", "unknown-field", Severity::Warning, "A field AWS does not know", "AWS rejects it.");
inline constexpr RuleInfo kExpiry = test_rule("IJ103", "presigned-url-expiry", Severity::Error,
                                              "expiresInSec is outside 60..3600", "AWS rejects \"other\" values.");
inline constexpr RuleInfo kDuplicate = test_rule("IJ002", "duplicate-key", Severity::Error,
                                                 "An object has the same key twice", "Parsers keep the last.");
inline constexpr RuleInfo kLength =
    test_rule("IJ202", "length", Severity::Error, "A string or list is too long", "AWS limits lengths.");

// A diagnostic over `length` bytes from the first occurrence of `needle` in `source`,
// its positions resolved by the same LineIndex the engine uses.
inline Diagnostic at(const RuleInfo& rule, Severity severity, std::string_view source, std::string_view needle,
                     std::size_t length, std::string message, std::vector<std::string> pointer = {}) {
  std::size_t begin = source.find(needle);
  EXPECT_NE(begin, std::string_view::npos) << needle;
  Diagnostic d;
  d.rule = &rule;
  d.severity = severity;
  d.message = std::move(message);
  d.pointer = std::move(pointer);
  d.range = {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(begin + length)};
  LineIndex index(source);
  d.start = index.position(d.range.begin);
  d.end = index.position(d.range.end);
  d.value_hash = value_hash(source, d.range);
  return d;
}

// `d` with a related location over `length` bytes from the first occurrence of `needle`.
inline Diagnostic with_related(Diagnostic d, std::string_view source, std::string_view needle, std::size_t length,
                               std::string message, std::vector<std::string> pointer = {}) {
  Diagnostic place = at(*d.rule, d.severity, source, needle, length, "", std::move(pointer));
  d.related.push_back({std::move(message), std::move(place.pointer), place.range, place.start, place.end});
  return d;
}

// A fix for `d` replacing its range by `text`, as the engine makes them.
inline Diagnostic with_fix(Diagnostic d, std::string title, std::string text) {
  d.fix = Fix{std::move(title), {Edit{d.range, d.start, d.end, std::move(text)}}};
  return d;
}

inline LintedFile file(std::string path, std::optional<Dialect> dialect, std::string_view source,
                       std::vector<Diagnostic> diagnostics) {
  FileReport r;
  r.path = std::move(path);
  r.dialect = dialect;
  r.diagnostics = std::move(diagnostics);
  r.is_job = true;
  return make_linted_file(std::move(r), source);
}

inline constexpr std::string_view kClean = "{\"jobId\": \"a\"}\n";
inline constexpr std::string_view kBroken = "{\n  \"jobId\": \"a\",\n}\n";
inline constexpr std::string_view kUnicode = "{\n\t\"description\": \"Grüße aus Köln 🌍\", \"expiresInSec\": 30\n}\n";
inline constexpr std::string_view kEscape = "{\"tags\": {\"a/b~c\": [\n  1]}}\n";
// A key on line 10 repeating one on line 2: the note's gutter lines up with the finding's.
inline constexpr std::string_view kTwice =
    "{\n  \"jobId\": \"a\",\n\n\n\n\n\n\n  \"description\": \"Köln\",\n  \"jobId\": \"b\"\n}\n";
inline constexpr std::string_view kNdjson = "{\"job\":{\"jobId\":\"a\"}}\n{\"job\":{\"jobId\":\"b\",\"x\":1}}\n";

inline RunReport fixture() {
  RunReport run;
  run.files.push_back(file("jobs/clean.json", Dialect::CreateJob, kClean, {}));
  run.files.push_back(file("jobs/broken.json", std::nullopt, kBroken,
                           {at(kSyntax, Severity::Error, kBroken, "}", 1, "unexpected '}'; expected a string")}));
  run.files.push_back(file(
      "jobs/grüße.json", Dialect::CreateJob, kUnicode,
      {at(kLength, Severity::Warning, kUnicode, "\"Grüße", 24,
          "description \"Grüße aus Köln 🌍\" is longer than 10", {"description"}),
       at(kExpiry, Severity::Error, kUnicode, "30", 2, "expiresInSec 30 is outside 60..3600", {"expiresInSec"})}));
  Diagnostic eol = at(kUnknown, Severity::Info, kEscape, "\n", 0, "nothing to see at the end of a line");
  run.files.push_back(file("jobs/say \"hi\", 100%:\\.json", Dialect::CreateJob, kEscape,
                           {at(kLength, Severity::Error, kEscape, "[", 6,
                               "list \"a/b~c\" has a tab\there, a bell \x07, a backslash \\, 100%: and\na line break",
                               {"tags", "a/b~c"}),
                            eol}));
  Diagnostic twice = at(kDuplicate, Severity::Error, kTwice, "\"jobId\": \"b", 7, "duplicate key \"jobId\"", {"jobId"});
  run.files.push_back(file("jobs/twice.json", Dialect::CreateJob, kTwice,
                           {with_related(twice, kTwice, "\"jobId\"", 7, "first defined here", {"jobId"})}));
  Diagnostic x = with_fix(at(kUnknown, Severity::Warning, kNdjson, "\"x\"", 3, "unknown field \"x\" in job", {"job", "x"}),
                          "rename \"x\" to \"X\"", "\"X\"");
  x.record = 2;
  run.files.push_back(file("fleet.ndjson", Dialect::DescribeJob, kNdjson, {x}));
  run.skipped = 2;
  return run;
}

// Compares `actual` with testdata/report/`name` (render it with test::golden_options()).
inline void expect_golden(const std::string& name, const std::string& actual) {
  test::expect_golden_file(std::filesystem::path(TESTDATA_DIR) / "report" / name, actual);
}

}  // namespace ijl::report_fixture
