// Golden tests of the text, concise and json reporters on the shared fixture set
// (report_fixture.hpp), and what the reporters share: dispatch, summary line, pointers.
#include "report.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "report_fixture.hpp"

namespace ijl {
namespace {

using namespace report_fixture;

TEST(TextReport, Fixture) {
  const std::string expected =
      "jobs/broken.json:3:1: error IJ001 syntax: unexpected '}'; expected a string\n"
      "  |\n"
      "3 | }\n"
      "  | ^\n"
      "\n"
      "jobs/grüße.json:2:17: warning IJ202 length: description \"Grüße aus Köln 🌍\" is longer than 10\n"
      "  |\n"
      "2 | \t\"description\": \"Grüße aus Köln 🌍\", \"expiresInSec\": 30\n"
      "  | \t               ^^^^^^^^^^^^^^^^^^\n"
      "\n"
      "jobs/grüße.json:2:53: error IJ103 presigned-url-expiry: expiresInSec 30 is outside 60..3600\n"
      "  |\n"
      "2 | \t\"description\": \"Grüße aus Köln 🌍\", \"expiresInSec\": 30\n"
      "  | \t                                                   ^^\n"
      "\n"
      "jobs/say \"hi\", 100%:\\.json:1:20: error IJ202 length: list \"a/b~c\" has a tab\there, a bell \uFFFD, "
      "a backslash \\, 100%: and\uFFFDa line break\n"
      "  |\n"
      "1 | {\"tags\": {\"a/b~c\": [\n"
      "  |                    ^\n"
      "\n"
      "jobs/say \"hi\", 100%:\\.json:1:21: info IJ003 unknown-field: nothing to see at the end of a line\n"
      "  |\n"
      "1 | {\"tags\": {\"a/b~c\": [\n"
      "  |                     ^\n"
      "\n"
      "jobs/twice.json:10:3: error IJ002 duplicate-key: duplicate key \"jobId\"\n"
      "   |\n"
      "10 |   \"jobId\": \"b\"\n"
      "   |   ^^^^^^^\n"
      "jobs/twice.json:2:3: note: first defined here\n"
      "   |\n"
      " 2 |   \"jobId\": \"a\",\n"
      "   |   ^^^^^^^\n"
      "\n"
      "fleet.ndjson:2:21: warning IJ003 unknown-field: unknown field \"x\" in job\n"
      "  |\n"
      "2 | {\"job\":{\"jobId\":\"b\",\"x\":1}}\n"
      "  |                     ^^^\n"
      "\n"
      "Found 4 errors, 2 warnings and 1 info in 5 of 6 files (2 skipped).\n";
  EXPECT_EQ(render_report(ReportFormat::Text, fixture(), {}), expected);
}

TEST(TextReport, QuietDropsOnlyTheSummary) {
  RunReport run;
  run.files.push_back(file("jobs/broken.json", std::nullopt, kBroken,
                           {at(kSyntax, Severity::Error, kBroken, "}", 1, "unexpected '}'; expected a string")}));
  EXPECT_EQ(render_text(run, {.quiet = true}),
            "jobs/broken.json:3:1: error IJ001 syntax: unexpected '}'; expected a string\n"
            "  |\n"
            "3 | }\n"
            "  | ^\n");
  run.files[0] = file("jobs/clean.json", Dialect::CreateJob, kClean, {});
  EXPECT_EQ(render_text(run, {.quiet = true}), "");
}

TEST(TextReport, ColourOnlyWhenAsked) {
  RunReport run = fixture();
  std::string plain = render_text(run, {});
  std::string colored = render_text(run, {.color = true});
  EXPECT_EQ(plain.find('\x1b'), std::string::npos);
  EXPECT_NE(colored.find("\x1b[1;31merror\x1b[0m"), std::string::npos);
  EXPECT_NE(colored.find("\x1b[1;33mwarning\x1b[0m"), std::string::npos);
  EXPECT_NE(colored.find("\x1b[1;36minfo\x1b[0m"), std::string::npos);
  // a note's place is bold as a finding's, the word and its carets in the note colour
  EXPECT_NE(colored.find("\x1b[1mjobs/twice.json:2:3:\x1b[0m \x1b[1;34mnote\x1b[0m: first defined here\n"),
            std::string::npos);
  EXPECT_NE(colored.find("\x1b[1;34m^^^^^^^\x1b[0m"), std::string::npos);
}

// Each related location is a note under its finding, in the order the finding lists them,
// each with its own source line; a note on a line that `text` windows is windowed the same way.
TEST(TextReport, RelatedLocationsAreNotesWithTheirSourceLines) {
  std::string source = "{\"a\": 1, \"pad\": \"" + std::string(200, 'p') + "\",\n\"b\": 2, \"c\": 3}\n";
  Diagnostic d = at(kUnknown, Severity::Warning, source, "\"c\"", 3, "c names a and b");
  d = with_related(d, source, "\"b\"", 3, "b here", {"b"});
  d = with_related(d, source, "\"a\"", 3, "a here", {"a"});
  RunReport run;
  run.files.push_back(file("a.json", Dialect::CreateJob, source, {d}));
  EXPECT_EQ(render_text(run, {.quiet = true}),
            "a.json:2:9: warning IJ003 unknown-field: c names a and b\n"
            "  |\n"
            "2 | \"b\": 2, \"c\": 3}\n"
            "  |         ^^^\n"
            "a.json:2:1: note: b here\n"
            "  |\n"
            "2 | \"b\": 2, \"c\": 3}\n"
            "  | ^^^\n"
            "a.json:1:2: note: a here\n"
            "  |\n"
            "1 | {\"a\": 1, \"pad\": \"" + std::string(103, 'p') + "\u2026\n"
            "  |  ^^^\n");
  // a format that shows no source lines still names the notes
  EXPECT_EQ(render_report(ReportFormat::Concise, run, {}), "a.json:2:9: warning IJ003 unknown-field: c names a and b\n");
}

TEST(TextReport, GutterWidthFollowsTheLineNumber) {
  std::string source(99, '\n');
  source += "  \"x\": 1\n";
  RunReport run;
  run.files.push_back(file("a.json", Dialect::CreateJob, source,
                           {at(kUnknown, Severity::Error, source, "\"x\"", 3, "unknown field \"x\"")}));
  EXPECT_EQ(render_text(run, {.quiet = true}),
            "a.json:100:3: error IJ003 unknown-field: unknown field \"x\"\n"
            "    |\n"
            "100 |   \"x\": 1\n"
            "    |   ^^^\n");
}

TEST(TextReport, CrLfAndBomAreNotPartOfTheLine) {
  std::string source = "\xEF\xBB\xBF{\"a\": 1,\r\n \"b\": 2}\r\n";
  RunReport run;
  run.files.push_back(file("a.json", Dialect::CreateJob, source,
                           {at(kUnknown, Severity::Error, source, "\"a\"", 3, "first"),
                            at(kUnknown, Severity::Error, source, "\"b\"", 3, "second")}));
  EXPECT_EQ(render_text(run, {.quiet = true}),
            "a.json:1:2: error IJ003 unknown-field: first\n"
            "  |\n"
            "1 | {\"a\": 1,\n"
            "  |  ^^^\n"
            "\n"
            "a.json:2:2: error IJ003 unknown-field: second\n"
            "  |\n"
            "2 |  \"b\": 2}\n"
            "  |  ^^^\n");
}

TEST(TextReport, LongLinesAreShownAsAWindow) {
  std::string source = "{\"pad\": \"" + std::string(200, 'a') + "\", \"x\": 1}\n";
  RunReport run;
  run.files.push_back(file("a.ndjson", Dialect::Catalog, source,
                           {at(kUnknown, Severity::Error, source, "\"x\"", 3, "unknown field \"x\"")}));
  // "x" starts at column 213; the window starts 40 code points earlier and is 120 wide.
  EXPECT_EQ(render_text(run, {.quiet = true}),
            "a.ndjson:1:213: error IJ003 unknown-field: unknown field \"x\"\n"
            "  |\n"
            "1 | \u2026" +
                std::string(37, 'a') + "\", \"x\": 1}\n" + "  |  " + std::string(40, ' ') + "^^^\n");
}

TEST(ConciseReport, Fixture) {
  const std::string expected =
      "jobs/broken.json:3:1: error IJ001 syntax: unexpected '}'; expected a string\n"
      "jobs/grüße.json:2:17: warning IJ202 length: description \"Grüße aus Köln 🌍\" is longer than 10\n"
      "jobs/grüße.json:2:53: error IJ103 presigned-url-expiry: expiresInSec 30 is outside 60..3600\n"
      "jobs/say \"hi\", 100%:\\.json:1:20: error IJ202 length: list \"a/b~c\" has a tab\there, a bell \uFFFD, "
      "a backslash \\, 100%: and\uFFFDa line break\n"
      "jobs/say \"hi\", 100%:\\.json:1:21: info IJ003 unknown-field: nothing to see at the end of a line\n"
      "jobs/twice.json:10:3: error IJ002 duplicate-key: duplicate key \"jobId\"\n"
      "fleet.ndjson:2:21: warning IJ003 unknown-field: unknown field \"x\" in job\n";
  EXPECT_EQ(render_report(ReportFormat::Concise, fixture(), {.color = true, .quiet = false}), expected);
  EXPECT_EQ(render_concise(RunReport{}), "");
}

// testdata/report/fixture.json; the NDJSON finding carries a fix.
TEST(JsonReport, Fixture) {
  expect_golden("fixture.json", render_report(ReportFormat::Json, fixture(), test::golden_options()));
}

TEST(JsonLinesReport, Fixture) {
  expect_golden("fixture.json-lines", render_report(ReportFormat::JsonLines, fixture(), test::golden_options()));
}

TEST(JsonReport, EmptyRun) {
  RunReport run;
  run.skipped = 1;
  EXPECT_EQ(render_json(run), R"({
  "version": 1,
  "tool": {
    "name": "iotjob-lint",
    "version": ")" IJL_VERSION R"("
  },
  "files": [],
  "summary": {
    "files": 0,
    "skipped": 1,
    "errors": 0,
    "warnings": 0,
    "infos": 0
  }
}
)");
}

TEST(JsonReport, BytesThatAreNotUtf8BecomeReplacementCharacters) {
  std::string source = "{\"a\xff\": 1}";
  RunReport run;
  run.files.push_back(file("bad\xfe.json", Dialect::CreateJob, source,
                           {at(kSyntax, Severity::Error, source, "\"a", 4, "invalid byte \xff")}));
  std::string out = render_json(run);
  EXPECT_NE(out.find("\"path\": \"bad\uFFFD.json\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"message\": \"invalid byte \uFFFD\""), std::string::npos) << out;
}

TEST(RenderReport, FormatNames) {
  EXPECT_EQ(parse_report_format("text"), ReportFormat::Text);
  EXPECT_EQ(parse_report_format("concise"), ReportFormat::Concise);
  EXPECT_EQ(parse_report_format("json"), ReportFormat::Json);
  EXPECT_EQ(parse_report_format("sarif"), ReportFormat::Sarif);
  EXPECT_EQ(parse_report_format("github"), ReportFormat::Github);
  EXPECT_EQ(parse_report_format("gitlab"), ReportFormat::Gitlab);
  EXPECT_EQ(parse_report_format("junit"), ReportFormat::Junit);
  EXPECT_EQ(parse_report_format("xml"), std::nullopt);
  EXPECT_EQ(parse_report_format("Text"), std::nullopt);
}

// ---- the summary line ----

RunReport counts(std::size_t clean, std::vector<std::vector<Severity>> findings, std::size_t skipped) {
  RunReport run;
  for (std::size_t i = 0; i < clean; ++i) run.files.push_back(file("c.json", Dialect::CreateJob, kClean, {}));
  for (const auto& severities : findings) {
    std::vector<Diagnostic> ds;
    for (Severity s : severities) ds.push_back(at(kUnknown, s, kClean, "\"jobId\"", 7, "m"));
    run.files.push_back(file("f.json", Dialect::CreateJob, kClean, ds));
  }
  run.skipped = skipped;
  return run;
}

TEST(SummaryLine, Passing) {
  EXPECT_EQ(summary_line(counts(0, {}, 0)), "No job files linted.");
  EXPECT_EQ(summary_line(counts(1, {}, 0)), "1 file passed.");
  EXPECT_EQ(summary_line(counts(10, {}, 0)), "All 10 files passed.");
  EXPECT_EQ(summary_line(counts(6, {}, 4)), "All 6 files passed (4 skipped).");
  EXPECT_EQ(summary_line(counts(0, {}, 1)), "No job files linted (1 skipped).");
}

// A path that could not be read is named, and a run with one never says "All … passed".
TEST(SummaryLine, UnreadablePaths) {
  RunReport run = counts(2, {}, 0);
  run.unreadable = {"jobs/missing.json"};
  EXPECT_EQ(summary_line(run), "2 files passed; 1 path could not be read: jobs/missing.json.");
  run = counts(0, {}, 1);
  run.unreadable = {"a", "b", "c", "d\x01"};
  EXPECT_EQ(summary_line(run), "No job files linted (1 skipped); 4 paths could not be read: a, b, c and 1 more.");
  run = counts(1, {{Severity::Error}}, 0);
  run.unreadable = {"x"};
  EXPECT_EQ(summary_line(run), "Found 1 error in 1 of 2 files; 1 path could not be read: x.");
}

// With a baseline, what it matched and its entries that matched nothing.
TEST(SummaryLine, Baseline) {
  Tally t = tally_of(counts(9, {{Severity::Error, Severity::Error}}, 0));
  t.baseline = true;
  t.baselined = 14;
  t.baseline_unmatched = 3;
  EXPECT_EQ(summary_line(t), "Found 2 errors in 1 of 10 files (14 baselined; 3 baseline entries no longer match).");
  t = tally_of(counts(10, {}, 4));
  t.baseline = true;
  t.baselined = 1;
  t.baseline_unmatched = 1;
  EXPECT_EQ(summary_line(t), "All 10 files passed (4 skipped; 1 baselined; 1 baseline entry no longer matches).");
  t.baseline_unmatched = 0;
  t.baselined = 0;
  EXPECT_EQ(summary_line(t), "All 10 files passed (4 skipped; 0 baselined).");
}

TEST(SummaryLine, Findings) {
  using enum Severity;
  EXPECT_EQ(summary_line(counts(0, {{Error}}, 0)), "Found 1 error in 1 of 1 file.");
  EXPECT_EQ(summary_line(counts(8, {{Error, Error, Warning}, {Error}}, 4)),
            "Found 3 errors and 1 warning in 2 of 10 files (4 skipped).");
  EXPECT_EQ(summary_line(counts(1, {{Warning, Warning}}, 0)), "Found 2 warnings in 1 of 2 files.");
  EXPECT_EQ(summary_line(counts(1, {{Info}}, 0)), "Found 1 info in 1 of 2 files.");
  EXPECT_EQ(summary_line(counts(0, {{Info, Info, Error}}, 0)), "Found 1 error and 2 infos in 1 of 1 file.");
  EXPECT_EQ(summary_line(counts(0, {{Info, Warning, Error}, {Error}}, 1)),
            "Found 2 errors, 1 warning and 1 info in 2 of 2 files (1 skipped).");
}

TEST(PointerToString, EscapesPerRfc6901) {
  EXPECT_EQ(pointer_to_string({}), "");
  EXPECT_EQ(pointer_to_string({""}), "/");
  EXPECT_EQ(pointer_to_string({"abortConfig", "criteriaList", "0", "thresholdPercentage"}),
            "/abortConfig/criteriaList/0/thresholdPercentage");
  EXPECT_EQ(pointer_to_string({"a/b", "m~n", "~1"}), "/a~1b/m~0n/~01");
  EXPECT_EQ(pointer_to_string({"Grüße"}), "/Grüße");
}

}  // namespace
}  // namespace ijl
