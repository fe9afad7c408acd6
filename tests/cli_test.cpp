// End-to-end tests of the iotjob-lint executable: exit codes, stdout/stderr separation,
// selection, --now, stdin, directory walking, rule documentation.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "file_util.hpp"
#include "engine.hpp"

namespace ijl {
namespace {

namespace fs = std::filesystem;

const std::string kExamples = std::string(TESTDATA_DIR) + "/examples";
// The example files schedule rollouts that only pass IJ108 near this reference time.
const std::string kNow = "--now 2026-11-27T00:00:00Z";

using test::quoted;
using test::slurp;
using test::spit;

const RuleInfo& rule(std::string_view code) { return *registry().rules.at(*registry().find(code)).info; }

using test::Result;

// Each test runs in its own empty directory, so no config file above the build tree
// can change the outcome.
class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ijl::test::fresh_test_dir("ijl_cli");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Runs the binary with `args` (already shell-quoted where needed) in `cwd` (default: dir_).
  Result run(const std::string& args, const std::string& stdin_file = "", const std::string& env = "",
             const fs::path& cwd = {}) {
    fs::path out = dir_ / ".out", err = dir_ / ".err";
    std::string cmd = "cd " + quoted((cwd.empty() ? dir_ : cwd).string()) + " && " + env + " " +
                      quoted(IJL_BINARY) + " " + args + " >" + quoted(out.string()) + " 2>" + quoted(err.string());
    if (!stdin_file.empty()) cmd += " <" + quoted(stdin_file);
    return test::run_captured(cmd, out, err);
  }

  fs::path dir_;
};

TEST_F(Cli, Version) {
  Result r = run("--version");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "iotjob-lint " IJL_VERSION "\n");
  EXPECT_EQ(r.err, "");
}

TEST_F(Cli, CleanFileExitsZero) {
  Result r = run(kNow + " " + quoted(kExamples + "/create-job/env-sensor-fw-2-4-1.json"));
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "1 file passed.\n");
  EXPECT_EQ(r.err, "");
}

TEST_F(Cli, FindingsExitOneUnlessFailOnNever) {
  const std::string file = quoted(kExamples + "/create-job/broken-rollout.json");
  Result r = run(kNow + " --format concise " + file);
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.out.find("/broken-rollout.json:28:32: error IJ101 threshold-precision: "), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(run(kNow + " --fail-on never " + file).code, 0);
  EXPECT_EQ(run(kNow + " --fail-on warning " + file).code, 1);
}

TEST_F(Cli, SelectAndIgnoreTakeCodesPrefixesAndNames) {
  const std::string file = quoted(kExamples + "/create-job/broken-rollout.json");
  Result r = run(kNow + " --format concise --select IJ1,unknown-field --ignore threshold-precision,IJ104 " + file);
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.out.find(" IJ003 "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(" IJ102 "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(" IJ103 "), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(" IJ005 "), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(" IJ101 "), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(" IJ104 "), std::string::npos) << r.out;
}

TEST_F(Cli, UnknownSelectIsAUsageError) {
  Result r = run("--select IJ1,IJ999 " + quoted(kExamples));
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("--select: unknown rule 'IJ999'"), std::string::npos) << r.err;

  r = run("--ignore no-such-rule " + quoted(kExamples));
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("--ignore: unknown rule 'no-such-rule'"), std::string::npos) << r.err;
}

TEST_F(Cli, BadNowIsAUsageError) {
  // RFC 3339 requires the offset.
  Result r = run("--now 2026-11-26T12:00:00 " + quoted(kExamples));
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("--now: '2026-11-26T12:00:00' is not an RFC 3339 date-time"), std::string::npos) << r.err;
}

TEST_F(Cli, UnknownOptionAndBadValueAreUsageErrors) {
  EXPECT_EQ(run("--no-such-option").code, 2);
  Result r = run("--format xml");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("--format"), std::string::npos) << r.err;
}

TEST_F(Cli, MissingPathExitsTwoAndTheOthersAreStillLinted) {
  Result r = run(kNow + " --format json missing.json " + quoted(kExamples + "/create-job/broken-syntax.json"));
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "iotjob-lint: cannot read missing.json: No such file or directory\n");
  EXPECT_NE(r.out.find("\"code\": \"IJ001\""), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("missing.json"), std::string::npos) << r.out;
}

TEST_F(Cli, ListRules) {
  Result r = run("--list-rules");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("IJ103  presigned-url-expiry"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(std::string(rule("IJ103").summary)), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "");
}

TEST_F(Cli, ExplainByCodeOrName) {
  Result r = run("--explain IJ103");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out.rfind("# IJ103 presigned-url-expiry\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find(std::string(rule("IJ103").pass_example)), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(std::string(rule("IJ103").fail_example)), std::string::npos) << r.out;
  EXPECT_EQ(run("--explain presigned-url-expiry").out, r.out);

  Result bad = run("--explain IJ999");
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.out, "");
  EXPECT_NE(bad.err.find("unknown rule 'IJ999'"), std::string::npos) << bad.err;
}

TEST_F(Cli, StdinWithStdinFilename) {
  Result r = run("--format concise --stdin-filename jobs/x.json -", kExamples + "/create-job/broken-syntax.json");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.out.rfind("jobs/x.json:14:3: error IJ001 syntax: ", 0), 0u) << r.out;
  EXPECT_EQ(r.err, "");
}

TEST_F(Cli, StdinFilenameExtensionPicksNdjson) {
  Result r = run(kNow + " --format json --stdin-filename fleet.ndjson -", kExamples + "/catalog/fleet.ndjson");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.out.find("\"path\": \"fleet.ndjson\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"record\": 4"), std::string::npos) << r.out;
}

TEST_F(Cli, StdinWithoutAFilenameIsJsonShownAsDash) {
  Result r = run("--format concise -", kExamples + "/create-job/broken-syntax.json");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out.rfind("-:14:3: error IJ001 syntax: ", 0), 0u) << r.out;
}

// A tree with a clean job, a failing job, a non-job, hidden and node_modules folders.
void make_tree(const fs::path& root) {
  spit(root / "jobs/a.json", rule("IJ103").pass_example);
  spit(root / "jobs/sub/c.json", rule("IJ103").fail_example);
  spit(root / "jobs/package.json", R"({"name": "not-a-job", "version": "1.0.0"})");
  spit(root / "jobs/notes.txt", "{");
  spit(root / "jobs/.hidden/h.json", rule("IJ103").fail_example);
  spit(root / "jobs/node_modules/m.json", rule("IJ103").fail_example);
}

TEST_F(Cli, WalksDirectoriesInSortedOrderAndSkipsNonJobs) {
  make_tree(dir_);
  Result r = run("--format concise jobs/");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.out.rfind("jobs/sub/c.json:", 0), 0u) << r.out;
  EXPECT_EQ(r.out.find('\n'), r.out.size() - 1) << r.out;  // exactly one diagnostic

  r = run("jobs");
  EXPECT_NE(r.out.find("Found 1 error in 1 of 2 files (1 skipped).\n"), std::string::npos) << r.out;

  r = run("--format concise", "", "", dir_ / "jobs");  // no path: `.`, shown without `./`
  EXPECT_EQ(r.out.rfind("sub/c.json:", 0), 0u) << r.out;
}

// Names that share their first eight bytes, a name that is a prefix of another, bytes above
// 0x7F: byte order, as `LC_ALL=C ls` gives (the walk sorts on an 8-byte head, then the rest).
TEST_F(Cli, WalkOrderIsByteOrderOfTheNames) {
  fs::create_directories(dir_ / "d");
  const std::vector<std::string> sorted = {"A.json", "abcdefg.json", "abcdefgh.json", "abcdefgha.json",
                                           "abcdefghi.json", "b.json", "\xC3\xA9.json"};
  for (auto it = sorted.rbegin(); it != sorted.rend(); ++it) std::ofstream(dir_ / "d" / *it) << "{}";
  Result r = run("--show-files --allow-no-jobs d");
  std::vector<std::string> listed;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("d/", 0) == 0) listed.push_back(line.substr(2, line.find(": ") - 2));
  }
  EXPECT_EQ(listed, sorted) << r.out;
}

TEST_F(Cli, NamedNonJobIsLinted) {
  make_tree(dir_);
  Result r = run("--format concise jobs/package.json");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out.rfind("jobs/package.json:1:1: error IJ006 not-a-job: ", 0), 0u) << r.out;
}

TEST_F(Cli, OutputDoesNotDependOnJobs) {
  make_tree(dir_);
  for (int i = 0; i < 20; ++i) spit(dir_ / "jobs" / ("many" + std::to_string(i) + ".json"), rule("IJ103").fail_example);
  Result one = run("--format json -j 1 jobs");
  Result four = run("--format json -j 4 jobs");
  EXPECT_EQ(one.code, 1);
  EXPECT_EQ(four.code, 1);
  EXPECT_EQ(one.out, four.out);
}

// NDJSON blocks (1 MiB) are linted in parallel: the report must not show it. A walked file
// becomes a job file at its first job record; non-job records after that are IJ006, also
// when they sit in a block linted at the same time as the one holding that job.
TEST_F(Cli, NdjsonBlocksInParallelGiveTheSameReport) {
  const std::string job = R"({"account_id": "123456789012", "job": {"job_id": "fw-1", "status": "IN_PROGRESS", "abort_config": {"criteria_list": [{"failure_type": "FAILED", "action": "CANCEL", "threshold_percentage": 10.125, "min_number_of_executed_things": 10}]}}})";
  const std::string other = R"({"name": "not-a-job", "padding": ")" + std::string(200, 'x') + "\"}";
  std::string late, early;
  for (int i = 0; i < 12000; ++i) late += other + "\n";  // 2.6 MB of non-jobs, then jobs
  for (int i = 0; i < 100; ++i) late += job + "\n";
  early = job + "\n" + late;                              // a job first: every non-job is IJ006
  spit(dir_ / "data/late.ndjson", late);
  spit(dir_ / "data/early.ndjson", early);
  const std::string args = "--no-config --format json data";
  Result one = run("-j 1 " + args);
  Result four = run("-j 4 " + args);
  EXPECT_EQ(one.code, 1);
  EXPECT_TRUE(one.out == four.out);  // not EXPECT_EQ: gtest would diff megabytes line by line
  // two threads: a ring of three blocks, reused as the file goes on
  EXPECT_TRUE(one.out == run("-j 2 " + args).out);
  EXPECT_TRUE(run("-j 1 --no-config --format json --stdin-filename late.ndjson", (dir_ / "data/late.ndjson").string()).out ==
              run("-j 2 --no-config --format json --stdin-filename late.ndjson", (dir_ / "data/late.ndjson").string()).out);
  auto count = [](const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
  };
  auto early_part = four.out.substr(four.out.find("data/early.ndjson"), four.out.find("data/late.ndjson") - four.out.find("data/early.ndjson"));
  EXPECT_EQ(count(early_part, "\"IJ006\""), 12000u);
  EXPECT_EQ(count(four.out, "\"IJ101\""), 201u);
}

TEST_F(Cli, ReportOverTestdataIsTheSameForOneAndFourThreads) {
  const std::string args = "--no-config --now 2026-11-27T00:00:00Z --format json " + quoted(TESTDATA_DIR);
  Result one = run("-j 1 " + args);
  Result four = run("-j 4 " + args);
  EXPECT_EQ(one.code, 1);
  EXPECT_GT(one.out.size(), 10000u);
  EXPECT_EQ(one.out, four.out);
}

TEST_F(Cli, YamlFilesAreLinted) {
  spit(dir_ / "job.yaml", "jobId: a\ntargets: []\ndocumentSource: https://s3.amazonaws.com/bucket/job.json\n");
  Result r = run("--format concise job.yaml");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out, "job.yaml:2:10: error IJ202 length: targets has 0 items; allowed: at least 1\n");
}

TEST_F(Cli, OutputFileAndQuiet) {
  spit(dir_ / "a.json", rule("IJ103").pass_example);
  Result r = run("-o report.json --format json a.json");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(slurp(dir_ / "report.json").find("\"path\": \"a.json\""), std::string::npos);
  EXPECT_EQ(run("-q a.json").out, "");
}

TEST_F(Cli, ColourOnlyWhenAskedOrOnATerminal) {
  spit(dir_ / "c.json", rule("IJ103").fail_example);
  EXPECT_EQ(run("c.json").out.find('\x1b'), std::string::npos);  // auto, not a terminal
  EXPECT_NE(run("--color always c.json", "", "NO_COLOR=1").out.find("\x1b["), std::string::npos);
  EXPECT_EQ(run("--color never c.json").out.find('\x1b'), std::string::npos);
}

// A green run that linted nothing must not pass for a check: a folder named without a job
// file in it is exit 2, unless --allow-no-jobs makes it a warning.
TEST_F(Cli, FolderWithoutJobFilesIsExitTwo) {
  fs::create_directories(dir_ / "empty");
  Result r = run("empty");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "No job files linted.\n");
  EXPECT_EQ(r.err, "iotjob-lint: no job files found under empty (no file matched the include globs; "
                   "--show-files lists them)\n");
  r = run("--allow-no-jobs empty");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.err, "iotjob-lint: warning: no job files found under empty (no file matched the include globs; "
                   "--show-files lists them)\n");

  spit(dir_ / "other/package.json", R"({"name": "x", "description": "y"})");
  spit(dir_ / "other/tsconfig.json", "{\n  // comment\n  \"compilerOptions\": {}\n}\n");
  spit(dir_ / "other/values.yaml", "");
  r = run("other");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "No job files linted (3 skipped).\n");
  EXPECT_EQ(r.err, "iotjob-lint: no job files found under other (3 files skipped: 1 invalid JSON without job keys, "
                   "1 no documents, 1 not a job; --show-files lists them)\n");
  // by default the folder is `.`
  r = run("", "", "", dir_ / "other");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.err.find("no job files found under . (3 files skipped") != std::string::npos) << r.err;
  // a job file anywhere under it is enough
  spit(dir_ / "other/jobs/a.json", rule("IJ103").pass_example);
  r = run("other");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "1 file passed (3 skipped).\n");
}

TEST_F(Cli, WriteDocsMatchesExplain) {
  Result r = run("--write-docs out");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_NE(slurp(dir_ / "out/rules.md").find("[IJ103](rules/IJ103.md)"), std::string::npos);
  std::string doc = slurp(dir_ / "out/rules/IJ103.md");
  std::string explain = run("--explain IJ103").out;
  EXPECT_EQ(doc.substr(doc.size() - explain.size()), explain);
}

}  // namespace
}  // namespace ijl

namespace ijl {
namespace {

// Usage mistakes: exit 2, one line on stderr that starts with the program's name.
TEST_F(Cli, CommandLineTraps) {
  spit(dir_ / "a.json", rule("IJ103").fail_example);
  auto usage = [&](const std::string& args, const std::string& message) {
    Result r = run(args);
    EXPECT_EQ(r.code, 2) << args;
    EXPECT_EQ(r.out, "") << args;
    EXPECT_EQ(r.err, "iotjob-lint: " + message + " (see --help)\n") << args;
  };
  // an unset CI variable must not switch the linter off
  usage("--select '' a.json",
        "--select: the list is empty; name at least one code, prefix or name (to switch rules off, use --ignore)");
  // `--select ,` is a list of nothing, and does not swallow the path after it
  usage("--select , a.json",
        "--select: the list is empty; name at least one code, prefix or name (to switch rules off, use --ignore)");
  usage("--ignore , a.json", "--ignore: the list is empty");
  usage("- -", "stdin (-) can be named only once");
  usage("-j 0 a.json", "--jobs: must be at least 1");
  usage("-j x a.json", "--jobs: 'x' is not a number");
  usage("-j -1 a.json", "--jobs: '-1' is not a number");
  usage("--selct IJ1 a.json", "unknown option '--selct'; did you mean '--select'?");
  usage("--ignroe=IJ1 a.json", "unknown option '--ignroe=IJ1'; did you mean '--ignore'?");
  usage("--show-file a.json", "unknown option '--show-file'; did you mean '--show-files'?");
  usage("--frobnicate a.json", "unknown option '--frobnicate'");
  usage("--format xml a.json", "--format: 'xml' is not one of text, concise, json, json-lines, sarif, github, gitlab, junit");
  usage("--dialect create_job a.json",
        "--dialect: 'create_job' is not one of auto, create-job, describe-job, catalog, create-job-template, "
        "describe-job-template, cloudformation");
  usage("--fail-on errors a.json", "--fail-on: 'errors' is not one of error, warning, info, never");
  usage("--color yes a.json", "--color: 'yes' is not one of auto, always, never");
  EXPECT_EQ(run("--select IJ999 a.json").err, "iotjob-lint: --select: unknown rule 'IJ999' (see --list-rules)\n");
  // a list may be split over several options, with blanks
  Result r = run("--format concise --select 'IJ101, IJ103' --select IJ2 a.json");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_NE(r.out.find(" IJ103 "), std::string::npos) << r.out;
}

TEST_F(Cli, StdinFilenameAloneReadsStdin) {
  spit(dir_ / "in.json", rule("IJ103").fail_example);
  spit(dir_ / "other.json", rule("IJ101").fail_example);
  Result r = run("--format concise --stdin-filename jobs/x.json", (dir_ / "in.json").string());
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.out.rfind("jobs/x.json:", 0), 0u) << r.out;
  EXPECT_NE(r.out.find(" IJ103 "), std::string::npos) << r.out;
  // beside other paths too
  r = run("--format concise --stdin-filename jobs/x.json other.json", (dir_ / "in.json").string());
  EXPECT_NE(r.out.find("jobs/x.json:"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("other.json:"), std::string::npos) << r.out;
}

// A path that cannot be read is named in the summary, and the exit code is 2.
TEST_F(Cli, UnreadablePathIsNamedInTheSummary) {
  spit(dir_ / "a.json", rule("IJ103").pass_example);
  Result r = run("a.json missing.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "1 file passed; 1 path could not be read: missing.json.\n");
  EXPECT_EQ(r.err, "iotjob-lint: cannot read missing.json: No such file or directory\n");
  r = run("missing.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "No job files linted; 1 path could not be read: missing.json.\n");
}

TEST_F(Cli, ShowSettingsNamesTheConfigThatApplies) {
  spit(dir_ / ".iotjob-lint.json", R"({"ignore": ["IJ305"], "fail-on": "warning"})");
  spit(dir_ / "jobs/.iotjob-lint.json",
       R"({"select": ["IJ101", "IJ103"], "severity": {"IJ103": "warning"}, "per-file-ignores": {"old/**": ["IJ101"]}})");
  Result r = run("--show-settings jobs/old/a.json");
  EXPECT_EQ(r.code, 0) << r.err;
  std::string off;
  for (const auto& rule : registry().rules) {
    if (rule.info->code != "IJ103") off += (off.empty() ? "" : " ") + std::string(rule.info->code);
  }
  EXPECT_EQ(r.out,
            "path: jobs/old/a.json\n"
            "config file: jobs/.iotjob-lint.json\n"
            "rules run: 1 of " + std::to_string(registry().rules.size()) + ": IJ103\n"
            "rules not run: " + off + "\n"
            "severity: IJ103=warning\n"
            "include: *.json *.yaml *.yml *.ndjson *.jsonl (the default)\n"
            "exclude: (none)\n"
            "per-file-ignores: old/** -> IJ101\n"
            "supplied-fields: (none)\n"
            "placeholders: (none)\n"
            "dialect: auto\n"
            "fail-on: warning\n"
            "respect-gitignore: true\n");
  r = run("--show-settings a.json --no-config");
  EXPECT_NE(r.out.find("config file: (none: defaults)\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("fail-on: error\n"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace ijl
