// Golden tests of the `sarif` reporter (SARIF 2.1.0) on the shared fixture set, and the
// parts a viewer depends on: the rule table, rule indices and artifact URIs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report.hpp"
#include "report_fixture.hpp"

namespace ijl {
namespace {

using namespace report_fixture;

// testdata/report/fixture.sarif: the rule table holds each rule that reported, in code order;
// columns count code points; every result has a fingerprint, the NDJSON one a fix.
TEST(SarifReport, Fixture) {
  expect_golden("fixture.sarif", render_report(ReportFormat::Sarif, fixture(), test::golden_options()));
}

// Related locations carry ids, and the message links to each by id: GitHub code scanning
// shows only the related locations a message links to. Link text escapes `[`, `]` and `\`.
TEST(SarifReport, RelatedLocationsAreLinkedFromTheMessage) {
  std::string source = "{\"a\": 1,\n \"b\": 2, \"c\": 3}\n";
  Diagnostic d = at(kUnknown, Severity::Warning, source, "\"c\"", 3, "c repeats targets[0]", {"c"});
  d = with_related(d, source, "\"a\"", 3, "first [a] \\ here", {"a"});
  d = with_related(d, source, "\"b\"", 3, "then b", {"b"});
  RunReport run;
  run.files.push_back(file("jobs/a b.json", Dialect::CreateJob, source, {d, at(kUnknown, Severity::Warning, source, "\"b\"", 3, "alone")}));
  auto sarif = nlohmann::json::parse(render_sarif(run));
  const auto& results = sarif["runs"][0]["results"];
  ASSERT_EQ(results.size(), 2u);
  const auto& r = results[0];
  EXPECT_EQ(r["message"]["text"], "c repeats targets[0] ([first \\[a\\] \\\\ here](1); [then b](2))");
  EXPECT_EQ(r["relatedLocations"], nlohmann::json::parse(R"([
    {"id": 1,
     "physicalLocation": {"artifactLocation": {"uri": "jobs/a%20b.json"},
                          "region": {"startLine": 1, "startColumn": 2, "endLine": 1, "endColumn": 5}},
     "message": {"text": "first [a] \\ here"},
     "properties": {"pointer": "/a"}},
    {"id": 2,
     "physicalLocation": {"artifactLocation": {"uri": "jobs/a%20b.json"},
                          "region": {"startLine": 2, "startColumn": 2, "endLine": 2, "endColumn": 5}},
     "message": {"text": "then b"},
     "properties": {"pointer": "/b"}}
  ])"));
  // a finding without related locations has neither the array nor a link
  EXPECT_EQ(results[1]["message"]["text"], "alone");
  EXPECT_FALSE(results[1].contains("relatedLocations"));
}

TEST(SarifReport, EmptyRun) {
  EXPECT_EQ(render_sarif(RunReport{}), R"({
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "iotjob-lint",
          "version": ")" IJL_VERSION R"(",
          "semanticVersion": ")" IJL_VERSION R"(",
          "rules": []
        }
      },
      "columnKind": "unicodeCodePoints",
      "results": [],
      "invocations": [
        {
          "executionSuccessful": true
        }
      ]
    }
  ]
}
)");
}

TEST(SarifReport, DescribesEveryRuleThatRanAndIndexesResultsIntoThem) {
  RunReport run;
  run.rules = {&kLength, &kSyntax, &kUnknown};  // IJ103 did not run but reports below
  run.files.push_back(file("jobs/clean.json", Dialect::CreateJob, kClean, {}));
  run.files.push_back(file("a.json", Dialect::CreateJob, kUnicode,
                           {at(kExpiry, Severity::Error, kUnicode, "30", 2, "expiresInSec 30 is outside 60..3600"),
                            at(kLength, Severity::Info, kUnicode, "\"Grüße", 24, "too long")}));
  auto sarif = nlohmann::json::parse(render_sarif(run));
  const auto& rules = sarif["runs"][0]["tool"]["driver"]["rules"];
  std::vector<std::string> ids;
  for (const auto& r : rules) ids.push_back(r["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"IJ001", "IJ003", "IJ103", "IJ202"}));
  const auto& results = sarif["runs"][0]["results"];
  ASSERT_EQ(results.size(), 2u);
  for (const auto& r : results) EXPECT_EQ(rules[r["ruleIndex"].get<std::size_t>()]["id"], r["ruleId"]);
  // A result carries this run's severity; the rule table keeps the rule's default.
  EXPECT_EQ(results[1]["level"], "note");
  EXPECT_EQ(rules[3]["defaultConfiguration"]["level"], "error");
  EXPECT_EQ(rules[1]["defaultConfiguration"]["level"], "warning");
}

std::string uri_of(const std::string& path) {
  RunReport run;
  run.files.push_back(file(path, Dialect::CreateJob, kClean, {at(kUnknown, Severity::Error, kClean, "\"jobId\"", 7, "m")}));
  auto sarif = nlohmann::json::parse(render_sarif(run));
  return sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
}

TEST(SarifReport, PathsBecomeUriReferences) {
  EXPECT_EQ(uri_of("jobs/rollout.json"), "jobs/rollout.json");
  EXPECT_EQ(uri_of("./jobs/rollout.json"), "jobs/rollout.json");
  EXPECT_EQ(uri_of("././a.json"), "a.json");
  EXPECT_EQ(uri_of("../up/it's_(1)+~-v2.json"), "../up/it's_(1)+~-v2.json");
  EXPECT_EQ(uri_of("jobs/a b#c?d[e].json"), "jobs/a%20b%23c%3Fd%5Be%5D.json");
  EXPECT_EQ(uri_of("c:x.json"), "c%3Ax.json");  // not the scheme `c`
  EXPECT_EQ(uri_of("Köln.json"), "K%C3%B6ln.json");
  EXPECT_EQ(uri_of("bad\xfe.json"), "bad%FE.json");  // any byte, UTF-8 or not
  EXPECT_EQ(uri_of("/srv/jobs/a b.json"), "file:///srv/jobs/a%20b.json");
  EXPECT_EQ(uri_of("-"), "stdin");
}

nlohmann::json sarif_of(const RunReport& run, const ReportOptions& options) {
  return nlohmann::json::parse(render_report(ReportFormat::Sarif, run, options));
}

// The repository root is %SRCROOT%; a file inside it is relative to it, wherever the linter
// ran from and however the path was given; a file outside it is an absolute file URI.
TEST(SarifReport, FilesInsideTheRootAreRelativeToSrcRoot) {
  const ReportOptions options{.source_root = "/repo", .working_dir = "/repo/jobs/eu"};
  RunReport run;
  for (std::string path : {"a.json", "./b c.json", "../us/c.json", "/repo/d.json", "/elsewhere/e.json", "../../../up.json"}) {
    run.files.push_back(file(path, Dialect::CreateJob, kClean, {at(kUnknown, Severity::Error, kClean, "\"jobId\"", 7, "m")}));
  }
  auto sarif = sarif_of(run, options);
  EXPECT_EQ(sarif["runs"][0]["originalUriBaseIds"], nlohmann::json::parse(R"({"%SRCROOT%": {"uri": "file:///repo/"}})"));
  std::vector<std::string> uris;
  for (const auto& r : sarif["runs"][0]["results"]) {
    const auto& where = r["locations"][0]["physicalLocation"]["artifactLocation"];
    uris.push_back(where["uri"].get<std::string>() + (where.contains("uriBaseId") ? " @" + where["uriBaseId"].get<std::string>() : ""));
  }
  EXPECT_EQ(uris, (std::vector<std::string>{"jobs/eu/a.json @%SRCROOT%", "jobs/eu/b%20c.json @%SRCROOT%",
                                            "jobs/us/c.json @%SRCROOT%", "d.json @%SRCROOT%",
                                            "file:///elsewhere/e.json", "file:///up.json"}));
}

TEST(SarifReport, HelpUriAndDefaultLevelFollowTheRun) {
  RunReport run;
  run.rules = {&kSyntax, &kUnknown};
  auto rules = sarif_of(run, {})["runs"][0]["tool"]["driver"]["rules"];
  EXPECT_FALSE(rules[0].contains("helpUri"));  // no documentation URL: no link
  EXPECT_EQ(rules[1]["defaultConfiguration"]["level"], "warning");
  ReportOptions options{.docs_url = "https://example.com/iotjob-lint/docs/rules/"};
  options.severity.emplace("IJ003", Severity::Error);
  rules = sarif_of(run, options)["runs"][0]["tool"]["driver"]["rules"];
  EXPECT_EQ(rules[0]["helpUri"], "https://example.com/iotjob-lint/docs/rules/IJ001.md");
  EXPECT_EQ(rules[1]["helpUri"], "https://example.com/iotjob-lint/docs/rules/IJ003.md");
  EXPECT_EQ(rules[1]["defaultConfiguration"]["level"], "error");  // the config's severity
  EXPECT_EQ(rules[0]["defaultConfiguration"]["level"], "error");
}

// The paths that could not be read are known at the end: the invocation, after the results.
TEST(SarifReport, UnreadablePathsAreToolExecutionNotifications) {
  RunReport run = fixture();
  run.unreadable = {"jobs/gone.json"};
  auto invocations = sarif_of(run, {.source_root = "/repo", .working_dir = "/repo"})["runs"][0]["invocations"];
  EXPECT_EQ(invocations, nlohmann::json::parse(R"([{
    "executionSuccessful": false,
    "toolExecutionNotifications": [{
      "level": "error",
      "message": {"text": "cannot read jobs/gone.json"},
      "locations": [{"physicalLocation": {"artifactLocation": {"uri": "jobs/gone.json", "uriBaseId": "%SRCROOT%"}}}]
    }]
  }])"));
}

// A fingerprint names the finding, not where it is: the same across runs, when lines move
// and when the path is given another way; a different value or place is a different one.
TEST(SarifReport, FingerprintsSurviveLineMovesButNotNewValues) {
  auto fingerprint_in = [](std::string path, std::string_view source, std::string_view needle, std::string cwd) {
    RunReport run;
    run.files.push_back(file(path, Dialect::CreateJob, source,
                             {at(kExpiry, Severity::Error, source, needle, 2, "m", {"presignedUrlConfig", "expiresInSec"})}));
    auto r = sarif_of(run, {.source_root = "/repo", .working_dir = cwd})["runs"][0]["results"][0];
    return r["partialFingerprints"]["iotjobLint/v1"].get<std::string>();
  };
  const std::string before = R"({"presignedUrlConfig": {"expiresInSec": 30}})" "\n";
  const std::string moved = "{\n  \"description\": \"added\",\n  \"presignedUrlConfig\": {\n    \"expiresInSec\": 30\n  }\n}\n";
  const std::string a = fingerprint_in("jobs/a.json", before, "30", "/repo");
  EXPECT_EQ(a.size(), 16u);
  EXPECT_EQ(a, fingerprint_in("jobs/a.json", before, "30", "/repo"));
  EXPECT_EQ(a, fingerprint_in("jobs/a.json", moved, "30", "/repo"));
  EXPECT_EQ(a, fingerprint_in("a.json", moved, "30", "/repo/jobs"));
  EXPECT_NE(a, fingerprint_in("jobs/b.json", before, "30", "/repo"));
  const std::string other = R"({"presignedUrlConfig": {"expiresInSec": 40}})" "\n";
  EXPECT_NE(a, fingerprint_in("jobs/a.json", other, "40", "/repo"));
}

TEST(SarifReport, BytesThatAreNotUtf8BecomeReplacementCharacters) {
  RunReport run;
  run.files.push_back(file("a.json", Dialect::CreateJob, kClean,
                           {at(kSyntax, Severity::Error, kClean, "{", 1, "invalid byte \xff")}));
  auto sarif = nlohmann::json::parse(render_sarif(run));
  EXPECT_EQ(sarif["runs"][0]["results"][0]["message"]["text"], "invalid byte \uFFFD");
}

}  // namespace
}  // namespace ijl
