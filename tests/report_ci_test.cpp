// Golden tests of the CI formats on the shared fixture set: `gitlab` (Code Quality), `junit`,
// and `github`'s step summary and its word on the annotations GitHub does not show. The
// reports themselves are validated by tests/ci_formats_validate.sh.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report.hpp"
#include "report_fixture.hpp"

namespace ijl {
namespace {

using namespace report_fixture;

TEST(GitlabReport, Fixture) {
  expect_golden("fixture.gitlab.json", render_report(ReportFormat::Gitlab, fixture(), test::golden_options()));
  EXPECT_EQ(render_report(ReportFormat::Gitlab, RunReport{}, {}), "[]\n");
}

// "a relative path in the repository", wherever the linter ran from.
TEST(GitlabReport, PathsAreRelativeToTheRepositoryRoot) {
  RunReport run;
  run.files.push_back(file("./a.json", Dialect::CreateJob, kClean, {at(kUnknown, Severity::Info, kClean, "\"jobId\"", 7, "m")}));
  run.files.push_back(file("/tmp/b.json", Dialect::CreateJob, kClean, {at(kUnknown, Severity::Error, kClean, "\"jobId\"", 7, "m")}));
  auto issues = nlohmann::json::parse(
      render_report(ReportFormat::Gitlab, run, {.source_root = "/repo", .working_dir = "/repo/jobs"}));
  EXPECT_EQ(issues[0]["location"]["path"], "jobs/a.json");
  EXPECT_EQ(issues[0]["severity"], "info");
  EXPECT_EQ(issues[1]["location"]["path"], "/tmp/b.json");  // outside the repository: as given
  EXPECT_EQ(issues[1]["severity"], "major");
}

TEST(JunitReport, Fixture) {
  expect_golden("fixture.junit.xml", render_report(ReportFormat::Junit, fixture(), test::golden_options()));
  EXPECT_EQ(render_report(ReportFormat::Junit, RunReport{}, {}),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!-- iotjob-lint " IJL_VERSION ", junit report version 1 -->\n"
            "<testsuites name=\"iotjob-lint\">\n"
            "</testsuites>\n");
}

// XML 1.0 cannot carry most control characters even as references, nor bytes that are not
// UTF-8, nor U+FFFE: each becomes U+FFFD; markup characters are escaped; in an attribute a
// tab or line break is a reference, which a parser would otherwise turn into a space.
TEST(JunitReport, WhatXmlCannotCarryIsReplaced) {
  RunReport run;
  run.files.push_back(file("a<&>\"'.json", Dialect::CreateJob, kClean,
                           {at(kUnknown, Severity::Error, kClean, "\"jobId\"", 7,
                               "nul \x01 esc \x1b tab\t cr\r lf\n bad \xff\xfe fffe \xEF\xBF\xBE ok \xC3\xA9 <&>\"")}));
  const std::string xml = render_report(ReportFormat::Junit, run, {});
  EXPECT_NE(xml.find("<testsuite name=\"a&lt;&amp;&gt;&quot;'.json\" tests=\"1\" failures=\"1\""), std::string::npos) << xml;
  EXPECT_NE(xml.find("message=\"nul \uFFFD esc \uFFFD tab&#9; cr&#13; lf&#10; bad \uFFFD\uFFFD fffe \uFFFD ok \u00e9 "
                     "&lt;&amp;&gt;&quot;\" type=\"error\">"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find(": nul \uFFFD esc \uFFFD tab\t cr&#13; lf\n bad \uFFFD\uFFFD fffe \uFFFD ok \u00e9 &lt;&amp;&gt;\"\n"
                     "pointer: </failure>"),
            std::string::npos)
      << xml;
}

// Named by rule and pointer, not line, so a finding that moves stays the same test in
// GitLab's comparison with the target branch; a name never repeats in a file.
TEST(JunitReport, TestcaseNamesAreStableAndUnique) {
  RunReport run;
  run.files.push_back(file("a.json", Dialect::CreateJob, kUnicode,
                           {at(kUnknown, Severity::Error, kUnicode, "{", 1, "missing jobId"),
                            at(kUnknown, Severity::Error, kUnicode, "{", 1, "missing targets"),
                            at(kExpiry, Severity::Error, kUnicode, "30", 2, "m", {"expiresInSec"})}));
  Diagnostic in_record = at(kUnknown, Severity::Warning, kNdjson, "\"x\"", 3, "m", {"job", "x"});
  in_record.record = 2;
  run.files.push_back(file("fleet.ndjson", Dialect::Catalog, kNdjson, {in_record}));
  const std::string xml = render_report(ReportFormat::Junit, run, {});
  for (const char* name : {"IJ003 unknown-field at the document root\"", "IJ003 unknown-field at the document root #2\"",
                           "IJ103 presigned-url-expiry at /expiresInSec\"", "IJ003 unknown-field at /job/x in record 2\""}) {
    EXPECT_NE(xml.find("<testcase name=\"" + std::string(name)), std::string::npos) << name << "\n" << xml;
  }
}

// A file's testcases are held so that its testsuite can count them, up to a bound: past it
// they stream and the counts are left out (readers count the testcases).
TEST(JunitReport, AFileWithVeryManyFindingsStreams) {
  std::vector<Diagnostic> many;
  for (int i = 0; i < 3000; ++i) many.push_back(at(kUnknown, Severity::Warning, kClean, "\"jobId\"", 7, "unknown field"));
  RunReport run;
  run.files.push_back(file("big.ndjson", Dialect::Catalog, kClean, many));
  const std::string xml = render_report(ReportFormat::Junit, run, {});
  EXPECT_NE(xml.find("  <testsuite name=\"big.ndjson\">\n    <testcase"), std::string::npos);
  std::size_t cases = 0;
  for (std::size_t i = xml.find("<testcase "); i != std::string::npos; i = xml.find("<testcase ", i + 1)) ++cases;
  EXPECT_EQ(cases, 3000u);
}

// More than 10 annotations of a kind: GitHub shows 10 per step, and the log says so.
TEST(GithubReport, SaysHowManyAnnotationsGithubWillNotShow) {
  std::vector<Diagnostic> ds;
  for (int i = 0; i < 12; ++i) ds.push_back(at(kExpiry, Severity::Error, kClean, "\"a\"", 3, "m"));
  for (int i = 0; i < 3; ++i) ds.push_back(at(kUnknown, Severity::Warning, kClean, "\"a\"", 3, "m"));
  RunReport run;
  run.files.push_back(file("a.json", Dialect::CreateJob, kClean, ds));
  const std::string log = render_report(ReportFormat::Github, run, {});
  EXPECT_TRUE(log.ends_with("\niotjob-lint: GitHub shows at most 10 error, warning and notice annotations per step; 2 of "
                            "these 15 findings are only in this log (the step summary counts them all)\n"))
      << log;
  EXPECT_EQ(render_report(ReportFormat::Github, fixture(), {}).find("iotjob-lint:"), std::string::npos);
}

std::string step_summary(const RunReport& run) {
  auto reporter = make_github_reporter();
  render_with(*reporter, run);
  return reporter->step_summary();
}

TEST(GithubReport, StepSummary) {
  expect_golden("fixture.github-summary.md", step_summary(fixture()));
  RunReport clean;
  clean.files.push_back(file("jobs/clean.json", Dialect::CreateJob, kClean, {}));
  EXPECT_EQ(step_summary(clean), "## iotjob-lint\n\n1 file passed.\n");
  // the table lists the first 20 findings; the counts cover them all
  std::vector<Diagnostic> ds(25, at(kUnknown, Severity::Warning, kClean, "\"a\"", 3, "m|n"));
  RunReport many;
  many.files.push_back(file("a|b.json", Dialect::CreateJob, kClean, ds));
  const std::string md = step_summary(many);
  EXPECT_NE(md.find("| IJ003 | unknown-field | 25 |\n"), std::string::npos) << md;
  EXPECT_NE(md.find("The first 20 of 25 findings:"), std::string::npos) << md;
  EXPECT_NE(md.find("| a\\|b.json | 1 | warning | IJ003 unknown-field | m\\|n |\n"), std::string::npos) << md;
}

}  // namespace
}  // namespace ijl
