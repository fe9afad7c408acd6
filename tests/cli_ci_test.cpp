// End-to-end tests of adoption and CI: baselines (write, match, count, survive unrelated
// edits), --fix and --diff, the repository root in sarif and gitlab, github's step summary,
// --list-rules --format json, --exit-zero and --max-warnings.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "file_util.hpp"

namespace ijl {
namespace {

namespace fs = std::filesystem;
using test::quoted;
using test::Result;
using test::slurp;
using test::spit;

const std::string kNow = "--now 2026-11-27T00:00:00Z ";

class CliCi : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::fresh_test_dir("ijl_cli_ci");
    fs::copy(fs::path(TESTDATA_DIR) / "examples", dir_ / "ex", fs::copy_options::recursive);
    for (const auto& e : fs::recursive_directory_iterator(dir_ / "ex")) {
      const std::string name = e.path().filename().string();
      if (name.ends_with(".expected") || name.ends_with(".md")) fs::remove(e.path());
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  Result run(const std::string& args, const std::string& env = "", const fs::path& cwd = {}) {
    fs::path out = dir_ / ".out", err = dir_ / ".err";
    std::string cmd = "cd " + quoted((cwd.empty() ? dir_ : cwd).string()) + " && " + env + " " + quoted(IJL_BINARY) +
                      " --no-config " + kNow + args + " >" + quoted(out.string()) + " 2>" + quoted(err.string());
    return test::run_captured(cmd, out, err);
  }

  void edit(const std::string& rel, const std::string& from, const std::string& to) {
    std::string text = slurp(dir_ / rel);
    std::size_t at = text.find(from);
    ASSERT_NE(at, std::string::npos) << rel << ": " << from;
    spit(dir_ / rel, text.replace(at, from.size(), to));
  }

  fs::path dir_;
};

// The issue's round trip: write, lint clean, add a mistake (only it is reported), edit an
// unrelated line (the baseline still matches).
TEST_F(CliCi, BaselineRoundTrip) {
  Result r = run("--write-baseline base.json ex");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "All 10 files passed (22 baselined).\n");
  EXPECT_EQ(r.err, "iotjob-lint: wrote 22 findings to base.json\n");
  const std::string baseline = slurp(dir_ / "base.json");
  auto doc = nlohmann::json::parse(baseline);
  EXPECT_EQ(doc["version"], 1);
  EXPECT_EQ(doc["entries"].size(), 22u);
  EXPECT_EQ(doc["entries"][0], nlohmann::json::parse(R"({"path": "ex/catalog/broken-doorbell-cam-fw-1-8-0.json",
      "code": "IJ003", "pointer": "/job/targetSelection", "hash": "611d9b648d31962c", "count": 1})"));
  // one entry a line, sorted: a diff shows exactly what was added or pruned
  std::vector<std::string> lines;
  for (std::size_t at = baseline.find("    {"); at != std::string::npos; at = baseline.find("    {", at + 1)) {
    lines.push_back(baseline.substr(at, baseline.find('\n', at) - at));
  }
  EXPECT_EQ(lines.size(), 22u);
  EXPECT_TRUE(std::is_sorted(lines.begin(), lines.end()));

  r = run("--baseline base.json ex");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "All 10 files passed (22 baselined).\n");
  EXPECT_EQ(r.err, "iotjob-lint: 22 findings matched the baseline base.json\n");

  // a new mistake in a clean file, and an unrelated edit that moves every line of a broken one
  edit("ex/create-job/env-sensor-fw-2-4-1.json", "\"expiresInSec\": 3600", "\"expiresInSec\": 7200");
  edit("ex/create-job/broken-rollout.json", "{\n", "{\n\n\n");
  edit("ex/create-job/broken-rollout.json", "Canary rollout", "A reworded canary rollout");
  r = run("--format concise --baseline base.json ex");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out,
            "ex/create-job/env-sensor-fw-2-4-1.json:11:21: error IJ103 presigned-url-expiry: expiresInSec 7200 is "
            "outside 60..3600\n");
  r = run("--baseline base.json ex");
  EXPECT_NE(r.out.find("\nFound 1 error in 1 of 10 files (22 baselined).\n"), std::string::npos) << r.out;

  // a finding's value changes: it is new, and its old entry no longer matches
  edit("ex/create-job/broken-rollout.json", "\"expiresInSec\": 30", "\"expiresInSec\": 31");
  r = run("--format json --baseline base.json ex");
  auto summary = nlohmann::json::parse(r.out)["summary"];
  EXPECT_EQ(summary["errors"], 2);
  EXPECT_EQ(summary["baselined"], 21);
  EXPECT_EQ(summary["baseline_unmatched"], 1);
  EXPECT_EQ(r.err,
            "iotjob-lint: 21 findings matched the baseline base.json; 1 entry no longer matches (prune with "
            "--baseline base.json --write-baseline base.json)\n");
  // linting part of the tree does not count the other files' entries as stale
  r = run("--baseline base.json ex/catalog");
  EXPECT_EQ(r.out, "All 3 files passed (6 baselined).\n");
}

// A baseline keys a finding by path, code, pointer and the text it points at, never by its
// message or related locations: the entries a version whose IJ002 and IJ207 messages named
// the first line wrote (below) match the findings that now relate that line instead.
TEST_F(CliCi, BaselineKeysIgnoreMessagesAndRelatedLocations) {
  spit(dir_ / "dup.json",
       "{\n  \"jobId\": \"fw-1\",\n"
       "  \"targets\": [\"arn:aws:iot:us-east-1:123456789012:thing/a\", \"arn:aws:iot:us-east-1:123456789012:thing/a\"],\n"
       "  \"documentSource\": \"https://s3.amazonaws.com/bucket/job.json\",\n  \"jobId\": \"fw-2\"\n}\n");
  spit(dir_ / "base.json", R"({
  "version": 1,
  "tool": "iotjob-lint",
  "entries": [
    {"path": "dup.json", "code": "IJ002", "pointer": "/jobId", "hash": "9ab59c118e8ca8c9", "count": 1},
    {"path": "dup.json", "code": "IJ207", "pointer": "/targets/1", "hash": "3fd86ad727a9e4eb", "count": 1}
  ]
}
)");
  Result r = run("--baseline base.json dup.json");
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "1 file passed (2 baselined).\n");
}

// NDJSON entries hold the pointer within the record and the value, not the line: records
// may move; the same finding in N records is one entry counted N times.
TEST_F(CliCi, BaselineMatchesNdjsonRecordsWhereverTheyAre) {
  const std::string bad = R"({"account_id": "123456789012", "job": {"job_id": "fw 1"}})";
  const std::string other = R"({"account_id": "123456789012", "job": {"job_id": "fw 2"}})";
  const std::string clean = R"({"account_id": "123456789012", "job": {"job_id": "fw-3"}})";
  spit(dir_ / "fleet.ndjson", bad + "\n" + other + "\n" + bad + "\n");
  ASSERT_EQ(run("--write-baseline b.json fleet.ndjson").code, 0);
  EXPECT_NE(slurp(dir_ / "b.json").find("\"pointer\": \"/job/job_id\", \"hash\": \"2bbe2f8251315bed\", \"count\": 2}"),
            std::string::npos)
      << slurp(dir_ / "b.json");
  spit(dir_ / "fleet.ndjson", clean + "\n" + other + "\n" + clean + "\n" + bad + "\n" + bad + "\n");
  Result r = run("--baseline b.json fleet.ndjson");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out, "1 file passed (3 baselined).\n");
  spit(dir_ / "fleet.ndjson", bad + "\n" + bad + "\n" + bad + "\n");
  r = run("--format concise --baseline b.json fleet.ndjson");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "fleet.ndjson:3:50: error IJ203 pattern: job_id \"fw 1\" has U+0020 at character 3; only A-Z a-z 0-9 _ - are allowed\n");
  EXPECT_NE(r.err.find("1 entry no longer matches"), std::string::npos) << r.err;
}

// Entries are relative to the baseline's folder, so a run from elsewhere matches them.
TEST_F(CliCi, BaselinePathsAreRelativeToTheBaselineFile) {
  ASSERT_EQ(run("--write-baseline base.json ex/create-job").code, 0);
  Result r = run("--baseline ../../base.json broken-rollout.json", "", dir_ / "ex" / "create-job");
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "1 file passed (6 baselined).\n");
  // a baseline inside the walked folder is not a file to skip
  ASSERT_EQ(run("--write-baseline ex/base.json ex").code, 0);
  EXPECT_EQ(run("--baseline ex/base.json ex").out, "All 10 files passed (22 baselined).\n");
  EXPECT_NE(run("--baseline ex/base.json --show-files ex").out.find("ex/base.json: excluded (the baseline file)\n"),
            std::string::npos);
}

TEST_F(CliCi, BaselineErrorsStopTheRun) {
  Result r = run("--baseline missing.json ex");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "iotjob-lint: cannot read baseline missing.json: no such file or not readable (write one with "
                   "--write-baseline)\n");
  spit(dir_ / "b.json", R"({"version": 2, "entries": []})");
  EXPECT_EQ(run("--baseline b.json ex").err, "iotjob-lint: baseline b.json: \"version\" must be 1 (this is iotjob-lint " IJL_VERSION ")\n");
  spit(dir_ / "b.json", R"({"version": 1, "entries": [{"path": "a", "code": "IJ101", "pointer": "", "hash": "0", "count": 0}]})");
  EXPECT_EQ(run("--baseline b.json ex").err, "iotjob-lint: baseline b.json: entries[0]: \"count\" must be a positive integer\n");
  spit(dir_ / "b.json", "[");
  EXPECT_EQ(run("--baseline b.json ex").code, 2);
}

// The fixes the examples carry, as --diff shows them and --fix applies them: the fixed files
// lint clean of what was fixable and differ from the originals in the fixed tokens alone.
TEST_F(CliCi, FixAndDiffOnTheExamples) {
  const std::vector<std::tuple<std::string, std::string, std::string>> fixed = {
      {"ex/catalog/broken-doorbell-cam-fw-1-8-0.json", "\"targetSelection\": \"SNAPSHOT\"", "\"target_selection\": \"SNAPSHOT\""},
      {"ex/create-job/broken-rollout.json", "\"jobID\"", "\"jobId\""},
      {"ex/create-job/broken-schedule.json", "\"target_selection\"", "\"targetSelection\""},
      {"ex/describe-job/broken-gateway-os-3-0-9.json", "\"presignedURLConfig\"", "\"presignedUrlConfig\""},
  };
  std::map<std::string, std::string> before;
  for (const auto& e : fs::recursive_directory_iterator(dir_ / "ex")) {
    if (e.is_regular_file()) before[fs::relative(e.path(), dir_).string()] = slurp(e.path());
  }
  Result diff = run("--diff ex");
  EXPECT_EQ(diff.code, 1);
  EXPECT_EQ(diff.err, "iotjob-lint: 4 fixes in 4 files (apply with --fix)\n");
  EXPECT_NE(diff.out.find("--- a/ex/create-job/broken-rollout.json\n+++ b/ex/create-job/broken-rollout.json\n"
                          "@@ -1,5 +1,5 @@\n {\n-  \"jobID\": \"env-sensor-fw-2-5-0-canary\",\n"
                          "+  \"jobId\": \"env-sensor-fw-2-5-0-canary\",\n   \"targets\": [\n"),
            std::string::npos)
      << diff.out;
  for (const auto& [rel, text] : before) EXPECT_EQ(slurp(dir_ / rel), text) << "--diff changed " << rel;

  Result r = run("--format json-lines ex");
  EXPECT_EQ(r.code, 1);
  const std::size_t findings = static_cast<std::size_t>(std::count(r.out.begin(), r.out.end(), '\n'));
  r = run("--fix --format json-lines ex");
  EXPECT_EQ(r.code, 1);  // what remains
  EXPECT_EQ(r.err, "iotjob-lint: fixed 4 findings in 4 files; each original is kept as FILE.orig\n");
  EXPECT_EQ(r.out.find("\"fix\":"), std::string::npos) << r.out;
  EXPECT_LT(static_cast<std::size_t>(std::count(r.out.begin(), r.out.end(), '\n')), findings);
  for (const auto& [rel, from, to] : fixed) {
    std::string expected = before.at(rel);
    expected.replace(expected.find(from), from.size(), to);
    EXPECT_EQ(slurp(dir_ / rel), expected) << rel;
    EXPECT_EQ(slurp(dir_ / (rel + ".orig")), before.at(rel)) << rel;
  }
  std::size_t changed = 0;
  for (const auto& [rel, text] : before) changed += slurp(dir_ / rel) != text;
  EXPECT_EQ(changed, fixed.size());
  EXPECT_EQ(run("--diff ex").out, "");  // nothing left to fix
  EXPECT_EQ(run("--diff ex").code, 0);

  // the diff applies with patch(1) to the same result
  fs::create_directories(dir_ / "again");
  for (const auto& [rel, text] : before) spit(dir_ / "again" / rel, text);
  spit(dir_ / "fixes.diff", diff.out);
  ASSERT_EQ(std::system(("cd " + quoted((dir_ / "again").string()) + " && patch -s -p1 < ../fixes.diff").c_str()), 0);
  for (const auto& [rel, from, to] : fixed) EXPECT_EQ(slurp(dir_ / "again" / rel), slurp(dir_ / rel)) << rel;
}

// Edits are byte ranges: YAML comments, quoting and layout stay; NDJSON records are fixed in
// place, each on its line; a fix that uncovers another is applied in the next round.
TEST_F(CliCi, FixKeepsEverythingElse) {
  spit(dir_ / "job.yaml",
       "# rollout of 2.4.1\njobID: a   # the id\ntargets: [x]\ndocument: '{}'\n"
       "targetSelection: 'continuous'  # was snapshot\n");
  spit(dir_ / "fleet.ndjson",
       "{\"account_id\": \"123456789012\", \"job\": {\"job_id\": \"a\", \"targetSelection\": \"SNAPSHOT\"}}\r\n"
       "{\"account_id\": \"123456789012\", \"job\": {\"job_id\": \"b\", \"target_selection\": \"snapshot\"}}\n");
  spit(dir_ / "clean.json", "{\"jobId\": \"a\", \"targets\": [\"x\"], \"document\": \"{}\"}\n");
  fs::permissions(dir_ / "job.yaml", fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  const auto clean_time = fs::last_write_time(dir_ / "clean.json");
  Result r = run("--fix --format concise job.yaml fleet.ndjson clean.json");
  EXPECT_EQ(r.err, "iotjob-lint: fixed 4 findings in 2 files; each original is kept as FILE.orig\n");
  EXPECT_EQ(slurp(dir_ / "job.yaml"),
            "# rollout of 2.4.1\njobId: a   # the id\ntargets: [x]\ndocument: '{}'\n"
            "targetSelection: 'CONTINUOUS'  # was snapshot\n");
  EXPECT_EQ(fs::status(dir_ / "job.yaml").permissions() & fs::perms::all,
            fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read);
  EXPECT_EQ(slurp(dir_ / "fleet.ndjson"),
            "{\"account_id\": \"123456789012\", \"job\": {\"job_id\": \"a\", \"target_selection\": \"SNAPSHOT\"}}\r\n"
            "{\"account_id\": \"123456789012\", \"job\": {\"job_id\": \"b\", \"target_selection\": \"SNAPSHOT\"}}\n");
  EXPECT_FALSE(fs::exists(dir_ / "clean.json.orig"));
  EXPECT_EQ(fs::last_write_time(dir_ / "clean.json"), clean_time);
  std::size_t temporaries = 0;
  for (const auto& e : fs::directory_iterator(dir_)) temporaries += e.path().filename().string().find("iotjob-lint-") != std::string::npos;
  EXPECT_EQ(temporaries, 0u);
  EXPECT_EQ(run("--fix -").code, 2);
  EXPECT_EQ(run("--fix --diff ex").code, 2);
}

// Run from a subfolder of a git work tree: sarif's %SRCROOT% is the top level and gitlab's
// paths are relative to it.
TEST_F(CliCi, RepositoryRootInSarifAndGitlab) {
  ASSERT_EQ(std::system(("git init -q " + quoted(dir_.string())).c_str()), 0);
  const fs::path sub = dir_ / "ex" / "create-job";
  Result r = run("--format sarif broken-rollout.json", "", sub);
  auto sarif = nlohmann::json::parse(r.out);
  const auto& run0 = sarif["runs"][0];
  EXPECT_EQ(run0["originalUriBaseIds"]["%SRCROOT%"]["uri"], "file://" + dir_.string() + "/");
  EXPECT_EQ(run0["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"],
            nlohmann::json::parse(R"({"uri": "ex/create-job/broken-rollout.json", "uriBaseId": "%SRCROOT%"})"));
  EXPECT_EQ(run0["invocations"][0]["executionSuccessful"], true);
  // the same fingerprints from the top level, and after an unrelated edit
  auto fingerprints = [](const nlohmann::json& doc) {
    std::vector<std::string> out;
    for (const auto& res : doc["runs"][0]["results"]) out.push_back(res["partialFingerprints"]["iotjobLint/v1"]);
    return out;
  };
  const auto first = fingerprints(sarif);
  EXPECT_EQ(first.size(), 6u);
  EXPECT_EQ(fingerprints(nlohmann::json::parse(run("--format sarif ex/create-job/broken-rollout.json").out)), first);
  edit("ex/create-job/broken-rollout.json", "{\n", "{\n\n");
  edit("ex/create-job/broken-rollout.json", "Canary rollout", "A reworded canary rollout");
  EXPECT_EQ(fingerprints(nlohmann::json::parse(run("--format sarif ex/create-job/broken-rollout.json").out)), first);

  r = run("--format gitlab broken-rollout.json", "", sub);
  auto issues = nlohmann::json::parse(r.out);
  ASSERT_EQ(issues.size(), 6u);
  EXPECT_EQ(issues[0]["location"]["path"], "ex/create-job/broken-rollout.json");
  EXPECT_EQ(issues[0]["fingerprint"], first[0]);
}

TEST_F(CliCi, DocsUrlFromConfigOrOption) {
  spit(dir_ / "ex" / ".iotjob-lint.json", R"({"docs-url": "https://example.com/docs/rules"})");
  auto help_uri = [&](const std::string& args) {
    fs::path out = dir_ / ".out", err = dir_ / ".err";
    Result r = test::run_captured("cd " + quoted((dir_ / "ex").string()) + " && " + quoted(IJL_BINARY) + " " + kNow +
                                      "--format sarif " + args + " create-job >" + quoted(out.string()) + " 2>" +
                                      quoted(err.string()),
                                  out, err);
    auto rules = nlohmann::json::parse(r.out)["runs"][0]["tool"]["driver"]["rules"];
    return rules[0].value("helpUri", "(none)");
  };
  EXPECT_EQ(help_uri(""), "https://example.com/docs/rules/IJ001.md");
  EXPECT_EQ(help_uri("--docs-url https://other.example/r/"), "https://other.example/r/IJ001.md");
  EXPECT_EQ(run("--format sarif ex").out.find("helpUri"), std::string::npos);
  Result r = run("--docs-url docs/rules ex");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--docs-url: 'docs/rules' is not an absolute URL"), std::string::npos) << r.err;
}

TEST_F(CliCi, GithubStepSummary) {
  spit(dir_ / "summary.md", "## earlier step\n");
  Result r = run("--format github ex", "GITHUB_STEP_SUMMARY=" + quoted((dir_ / "summary.md").string()));
  EXPECT_EQ(r.code, 1);
  // 22 findings: 21 errors and 1 warning; GitHub shows 10 errors and the warning
  EXPECT_TRUE(r.out.ends_with("iotjob-lint: GitHub shows at most 10 error, warning and notice annotations per step; 11 "
                              "of these 22 findings are only in this log (the step summary counts them all)\n"))
      << r.out;
  const std::string md = slurp(dir_ / "summary.md");
  EXPECT_TRUE(md.starts_with("## earlier step\n## iotjob-lint\n\nFound 21 errors and 1 warning in 6 of 10 files.\n")) << md;
  EXPECT_NE(md.find("| IJ003 | unknown-field | "), std::string::npos) << md;
  EXPECT_NE(md.find("The first 20 of 22 findings:"), std::string::npos) << md;
  // no variable, no summary; other formats never write one
  EXPECT_EQ(run("--format github ex", "GITHUB_STEP_SUMMARY=").code, 1);
  run("--format sarif ex", "GITHUB_STEP_SUMMARY=" + quoted((dir_ / "other.md").string()));
  EXPECT_FALSE(fs::exists(dir_ / "other.md"));
}

TEST_F(CliCi, ListRulesAsJson) {
  Result r = run("--list-rules --format json");
  EXPECT_EQ(r.code, 0);
  auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc["version"], 1);
  ASSERT_GT(doc["rules"].size(), 30u);
  EXPECT_EQ(doc["rules"][0], nlohmann::json::parse(R"({"code": "IJ001", "name": "syntax", "severity": "error",
      "summary": )" + nlohmann::json(doc["rules"][0]["summary"]).dump() + R"(, "doc": "docs/rules/IJ001.md"})"));
  for (const auto& rule : doc["rules"]) {
    EXPECT_TRUE(fs::exists(fs::path(DOCS_DIR).parent_path() / rule["doc"].get<std::string>())) << rule["doc"];
    EXPECT_FALSE(rule["summary"].get<std::string>().empty());
  }
  EXPECT_EQ(run("--list-rules").out.find('{'), std::string::npos);  // text stays text
}

TEST_F(CliCi, ExitZeroAndMaxWarnings) {
  EXPECT_EQ(run("ex").code, 1);
  EXPECT_EQ(run("--exit-zero ex").code, 0);
  EXPECT_EQ(run("--exit-zero --fail-on error ex").code, 2);  // one or the other
  // broken-gateway-os has 1 warning among its errors (IJ403)
  const std::string file = "ex/describe-job/broken-gateway-os-3-0-9.json";
  EXPECT_EQ(run("--fail-on never --max-warnings 1 " + file).code, 0);
  Result r = run("--fail-on never --max-warnings 0 " + file);
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("iotjob-lint: 1 warning, more than --max-warnings 0"), std::string::npos) << r.err;
  EXPECT_EQ(run("--max-warnings -1 ex").code, 2);
  EXPECT_EQ(run("--max-warnings lots ex").code, 2);
}

}  // namespace
}  // namespace ijl
