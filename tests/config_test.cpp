// The configuration file end to end (the built binary in a scratch folder): every kind of
// mistake is exit 2 with a message naming the file and the key; each setting's effect;
// how the command line overrides the file; discovery; --no-config; --force-exclude.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "file_util.hpp"
#include "config.hpp"
#include "engine.hpp"

namespace ijl {
namespace {

namespace fs = std::filesystem;

const std::string kBroken = std::string(TESTDATA_DIR) + "/examples/create-job/broken-rollout.json";
const std::string kClean = std::string(TESTDATA_DIR) + "/examples/create-job/env-sensor-fw-2-4-1.json";
// broken-rollout.json: IJ005 1:1, IJ003 2:3, IJ103 10:21, IJ102 17:26, IJ101 28:32, IJ104 34:35,
// all errors; the examples only pass IJ108 near this reference time.
const std::string kNow = "--now 2026-11-27T00:00:00Z ";

using test::quoted;
using test::slurp;
using test::spit;

bool has(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

using test::Result;

// Each test runs in its own scratch folder below a folder of its own, so that a config
// file above the build tree is never found (the scratch root holds none).
class ConfigFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ijl::test::fresh_test_dir("ijl_config");
  }
  void TearDown() override { fs::remove_all(dir_); }

  Result run(const std::string& args, const fs::path& cwd = {}, const std::string& stdin_file = "") {
    fs::path out = dir_.parent_path() / (std::string(".out-") + dir_.filename().string());
    fs::path err = dir_.parent_path() / (std::string(".err-") + dir_.filename().string());
    std::string cmd = "cd " + quoted((cwd.empty() ? dir_ : cwd).string()) + " && " + quoted(IJL_BINARY) + " " +
                      args + " >" + quoted(out.string()) + " 2>" + quoted(err.string());
    if (!stdin_file.empty()) cmd += " <" + quoted(stdin_file);
    return test::run_captured(cmd, out, err);
  }

  void config(const std::string& json, const fs::path& where = {}) {
    spit((where.empty() ? dir_ : where) / ".iotjob-lint.json", json);
  }
  void broken(const std::string& rel) { spit(dir_ / rel, slurp(kBroken)); }

  // The configuration error for `json`: exit 2, nothing on stdout, one message line.
  std::string error_for(const std::string& json) {
    config(json);
    broken("a.json");
    Result r = run(kNow + "a.json");
    EXPECT_EQ(r.code, 2) << json << "\n" << r.err;
    EXPECT_EQ(r.out, "") << json;
    return r.err;
  }

  fs::path dir_;
};

// ---- mistakes ----

TEST_F(ConfigFile, UnknownKeyIsAnError) {
  EXPECT_EQ(error_for("{\n  \"selct\": [\"IJ1\"]\n}\n"),
            "iotjob-lint: .iotjob-lint.json:2:3: unknown key 'selct' (known keys: select, ignore, severity, "
            "include, exclude, per-file-ignores, dialect, fail-on, respect-gitignore, placeholders, supplied-fields, "
            "per-file-supplied-fields, docs-url)\n");
}

TEST_F(ConfigFile, UnknownRuleCodeIsAnErrorInEveryKey) {
  EXPECT_EQ(error_for(R"({"select": ["IJ1", "IJ999"]})"),
            "iotjob-lint: .iotjob-lint.json:1:20: select: unknown rule 'IJ999' (see --list-rules)\n");
  EXPECT_EQ(error_for(R"({"ignore": ["no-such-rule"]})"),
            "iotjob-lint: .iotjob-lint.json:1:13: ignore: unknown rule 'no-such-rule' (see --list-rules)\n");
  EXPECT_EQ(error_for(R"({"ignore": [""]})"),
            "iotjob-lint: .iotjob-lint.json:1:13: ignore: unknown rule '' (see --list-rules)\n");
  EXPECT_EQ(error_for(R"({"severity": {"IJ9": "info"}})"),
            "iotjob-lint: .iotjob-lint.json:1:15: severity: unknown rule 'IJ9' (see --list-rules)\n");
  EXPECT_EQ(error_for(R"({"per-file-ignores": {"jobs/**": ["IJ101", "X1"]}})"),
            "iotjob-lint: .iotjob-lint.json:1:44: per-file-ignores: 'jobs/**': unknown rule 'X1' (see --list-rules)\n");
}

TEST_F(ConfigFile, BadGlobIsAnErrorInEveryKey) {
  EXPECT_EQ(error_for(R"({"exclude": ["jobs/archive/**", "jobs/[ab"]})"),
            "iotjob-lint: .iotjob-lint.json:1:33: exclude: bad glob 'jobs/[ab': unclosed '[' (write '\\[' for a "
            "literal '[')\n");
  EXPECT_EQ(error_for(R"({"include": ["jobs/**.json"]})"),
            "iotjob-lint: .iotjob-lint.json:1:14: include: bad glob 'jobs/**.json': '**' must be a whole path "
            "segment, as in 'jobs/**/*.json'\n");
  EXPECT_EQ(error_for(R"({"per-file-ignores": {"[z-a]/*.json": ["IJ101"]}})"),
            "iotjob-lint: .iotjob-lint.json:1:23: per-file-ignores: bad glob '[z-a]/*.json': the character range "
            "in '[z-a' is reversed\n");
  EXPECT_EQ(error_for(R"({"include": []})"), "iotjob-lint: .iotjob-lint.json:1:13: include: the list is empty\n");
}

TEST_F(ConfigFile, BadJsonIsAnErrorWithLineAndColumn) {
  std::string err = error_for("{\n  \"select\": [\"IJ1\",]\n}\n");
  EXPECT_EQ(err.rfind("iotjob-lint: .iotjob-lint.json:2:20: invalid JSON: ", 0), 0u) << err;
  err = error_for("{\"select\": [\"IJ1\"]");
  EXPECT_EQ(err.rfind("iotjob-lint: .iotjob-lint.json:1:19: invalid JSON: ", 0), 0u) << err;
  err = error_for("");
  EXPECT_EQ(err.rfind("iotjob-lint: .iotjob-lint.json:1:1: invalid JSON: ", 0), 0u) << err;
}

TEST_F(ConfigFile, WrongValueTypeIsAnError) {
  EXPECT_EQ(error_for(R"({"select": "IJ1"})"),
            "iotjob-lint: .iotjob-lint.json:1:12: select: expected an array of strings, found a string\n");
  EXPECT_EQ(error_for(R"({"exclude": ["a", 1]})"),
            "iotjob-lint: .iotjob-lint.json:1:19: exclude: expected a string, found a number\n");
  EXPECT_EQ(error_for(R"({"severity": ["IJ101"]})"),
            "iotjob-lint: .iotjob-lint.json:1:14: severity: expected an object mapping rules to error, warning or "
            "info, found an array\n");
  EXPECT_EQ(error_for(R"({"per-file-ignores": ["a/**"]})"),
            "iotjob-lint: .iotjob-lint.json:1:22: per-file-ignores: expected an object mapping globs to lists of "
            "rules, found an array\n");
  EXPECT_EQ(error_for(R"({"per-file-ignores": {"a/**": "IJ101"}})"),
            "iotjob-lint: .iotjob-lint.json:1:31: per-file-ignores: 'a/**': expected an array of strings, found a "
            "string\n");
  EXPECT_EQ(error_for(R"({"fail-on": true})"),
            "iotjob-lint: .iotjob-lint.json:1:13: fail-on: expected one of error, warning, info, never, found a "
            "boolean\n");
  EXPECT_EQ(error_for(R"(["IJ1"])"),
            "iotjob-lint: .iotjob-lint.json:1:1: expected an object of settings, found an array\n");
}

TEST_F(ConfigFile, ValueOutsideItsSetIsAnError) {
  EXPECT_EQ(error_for(R"({"severity": {"IJ101": "fatal"}})"),
            "iotjob-lint: .iotjob-lint.json:1:24: severity: 'IJ101': 'fatal' is not one of error, warning, info\n");
  EXPECT_EQ(error_for(R"({"dialect": "create_job"})"),
            "iotjob-lint: .iotjob-lint.json:1:13: dialect: 'create_job' is not one of auto, create-job, "
            "describe-job, catalog, create-job-template, describe-job-template, cloudformation\n");
  EXPECT_EQ(error_for(R"({"fail-on": "errors"})"),
            "iotjob-lint: .iotjob-lint.json:1:13: fail-on: 'errors' is not one of error, warning, info, never\n");
  EXPECT_EQ(error_for(R"({"docs-url": "docs/rules"})"),
            "iotjob-lint: .iotjob-lint.json:1:14: docs-url: 'docs/rules' is not an absolute URL such as "
            "https://example.com/docs/rules\n");
  EXPECT_EQ(error_for(R"({"docs-url": 1})"),
            "iotjob-lint: .iotjob-lint.json:1:14: docs-url: expected an absolute URL such as "
            "\"https://example.com/iotjob-lint/docs/rules\", found a number\n");
}

TEST_F(ConfigFile, DuplicateKeyIsAnError) {
  EXPECT_EQ(error_for("{\n  \"ignore\": [\"IJ101\"],\n  \"ignore\": [\"IJ102\"]\n}"),
            "iotjob-lint: .iotjob-lint.json:3:3: duplicate key 'ignore' (first on line 2)\n");
  EXPECT_EQ(error_for(R"({"severity": {"IJ101": "info", "IJ101": "error"}})"),
            "iotjob-lint: .iotjob-lint.json:1:32: severity: duplicate key 'IJ101' (first on line 1)\n");
  EXPECT_EQ(error_for(R"({"severity": {"IJ101": "info", "threshold-precision": "error"}})"),
            "iotjob-lint: .iotjob-lint.json:1:32: severity: 'IJ101' and 'threshold-precision' both set the "
            "severity of IJ101\n");
}

TEST_F(ConfigFile, ExplicitConfigIsNamedAsGiven) {
  broken("a.json");
  spit(dir_ / "cfg/lint.json", R"({"fail-on": "sometimes"})");
  Result r = run(kNow + "--config cfg/lint.json a.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "iotjob-lint: cfg/lint.json:1:13: fail-on: 'sometimes' is not one of error, warning, info, never\n");

  r = run(kNow + "--config missing.json a.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "iotjob-lint: cannot read missing.json: No such file or directory\n");

  r = run(kNow + "--config cfg a.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "iotjob-lint: cannot read cfg: Is a directory\n");
}

TEST_F(ConfigFile, FoundConfigIsNamedRelativeToTheWorkingDirectory) {
  config(R"({"select": ["IJ99"]})");
  broken("jobs/sub/a.json");
  Result r = run(kNow + "a.json", dir_ / "jobs/sub");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "iotjob-lint: ../../.iotjob-lint.json:1:13: select: unknown rule 'IJ99' (see --list-rules)\n");
}

// ---- settings ----

TEST_F(ConfigFile, SelectAndIgnore) {
  config(R"({"select": ["IJ1", "unknown-field"], "ignore": ["IJ101", "increment-factor-precision"]})");
  broken("a.json");
  Result r = run(kNow + "--format concise a.json");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_TRUE(has(r.out, " IJ003 ")) << r.out;
  EXPECT_TRUE(has(r.out, " IJ103 ")) << r.out;
  EXPECT_TRUE(has(r.out, " IJ104 ")) << r.out;
  EXPECT_FALSE(has(r.out, " IJ005 ")) << r.out;
  EXPECT_FALSE(has(r.out, " IJ101 ")) << r.out;
  EXPECT_FALSE(has(r.out, " IJ102 ")) << r.out;
}

// An empty list would switch the linter off, as an unset variable in a generated config does.
TEST_F(ConfigFile, EmptySelectIsAnError) {
  config(R"({"select": []})");
  broken("a.json");
  Result r = run(kNow + "a.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "iotjob-lint: .iotjob-lint.json:1:12: select: the list is empty (to switch rules off, use ignore)\n");
}

TEST_F(ConfigFile, CommandLineSelectStartsOverAndIgnoreAddsUp) {
  config(R"({"select": ["IJ1"], "ignore": ["IJ101", "IJ103"]})");
  broken("a.json");
  // --select replaces the file's select and drops its ignore: the user named IJ101
  Result r = run(kNow + "--format concise --select IJ101,IJ003 a.json");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_TRUE(has(r.out, " IJ101 ")) << r.out;
  EXPECT_TRUE(has(r.out, " IJ003 ")) << r.out;
  EXPECT_FALSE(has(r.out, " IJ102 ")) << r.out;
  EXPECT_FALSE(has(r.out, " IJ103 ")) << r.out;

  // --ignore switches off more, the file's select and ignore still apply
  r = run(kNow + "--format concise --ignore IJ104 a.json");
  EXPECT_TRUE(has(r.out, " IJ102 ")) << r.out;
  EXPECT_FALSE(has(r.out, " IJ101 ")) << r.out;
  EXPECT_FALSE(has(r.out, " IJ103 ")) << r.out;
  EXPECT_FALSE(has(r.out, " IJ104 ")) << r.out;
  EXPECT_FALSE(has(r.out, " IJ003 ")) << r.out;

  // a command-line item is still checked
  r = run(kNow + "--select IJ999 a.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(has(r.err, "--select: unknown rule 'IJ999'")) << r.err;
}

TEST_F(ConfigFile, SeverityOverridesFromLeastToMostSpecific) {
  config(R"({"severity": {"increment-factor-precision": "error", "IJ103": "warning", "IJ1": "info"}})");
  broken("a.json");
  Result r = run(kNow + "--format concise --select IJ1 a.json");
  EXPECT_EQ(r.code, 1) << r.out << r.err;  // IJ102
  EXPECT_TRUE(has(r.out, "a.json:10:21: warning IJ103 ")) << r.out;
  EXPECT_TRUE(has(r.out, "a.json:17:26: error IJ102 ")) << r.out;
  EXPECT_TRUE(has(r.out, "a.json:28:32: info IJ101 ")) << r.out;
  EXPECT_TRUE(has(r.out, "a.json:34:35: info IJ104 ")) << r.out;
}

TEST_F(ConfigFile, SeverityDecidesTheExitCode) {
  config(R"({"select": ["IJ101"], "severity": {"IJ101": "warning"}})");
  broken("a.json");
  Result r = run(kNow + "a.json");
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_TRUE(has(r.out, "Found 1 warning in 1 of 1 file.")) << r.out;
  EXPECT_EQ(run(kNow + "--fail-on warning a.json").code, 1);
}

TEST_F(ConfigFile, FailOnIsOverriddenByTheCommandLine) {
  config(R"({"fail-on": "never"})");
  broken("a.json");
  EXPECT_EQ(run(kNow + "a.json").code, 0);
  EXPECT_EQ(run(kNow + "--fail-on error a.json").code, 1);
}

TEST_F(ConfigFile, DialectIsOverriddenByTheCommandLine) {
  config(R"({"dialect": "catalog"})");
  broken("a.json");
  Result r = run(kNow + "--format json a.json");
  EXPECT_TRUE(has(r.out, "\"dialect\": \"catalog\"")) << r.out;
  r = run(kNow + "--format json --dialect auto a.json");
  EXPECT_TRUE(has(r.out, "\"dialect\": \"create-job\"")) << r.out;
  config(R"({"dialect": "auto"})");
  r = run(kNow + "--format json a.json");
  EXPECT_TRUE(has(r.out, "\"dialect\": \"create-job\"")) << r.out;
}

// A tree: jobs/a.json, jobs/sub/b.json, jobs/archive/old.json, jobs/templates/t.json,
// other/c.json, jobs/x.jobdef; all broken-rollout.json.
void make_tree(const fs::path& root) {
  std::string text = slurp(kBroken);
  for (const char* rel : {"jobs/a.json", "jobs/sub/b.json", "jobs/archive/old.json", "jobs/templates/t.json",
                          "other/c.json", "jobs/x.jobdef"}) {
    spit(root / rel, text);
  }
}

// The files a report names, in order, one per line.
std::string files_of(const std::string& concise) {
  std::string out, last;
  std::istringstream in(concise);
  for (std::string line; std::getline(in, line);) {
    std::string file = line.substr(0, line.find(':'));
    if (file != last) out += file + "\n";
    last = file;
  }
  return out;
}

TEST_F(ConfigFile, IncludeReplacesTheDefaultGlobs) {
  make_tree(dir_);
  config(R"({"include": ["jobs/*.json", "**/*.jobdef"]})");
  Result r = run(kNow + "--format concise --select IJ101");
  EXPECT_EQ(files_of(r.out), "jobs/a.json\njobs/x.jobdef\n") << r.out;
}

TEST_F(ConfigFile, ExcludeSkipsWalkedFilesAndFolders) {
  make_tree(dir_);
  config(R"({"exclude": ["jobs/archive/**", "templates"]})");
  Result r = run(kNow + "--format concise --select IJ101");
  EXPECT_EQ(files_of(r.out), "jobs/a.json\njobs/sub/b.json\nother/c.json\n") << r.out;
  r = run(kNow + "--select IJ101");
  // excluded files are not counted, nor is .iotjob-lint.json, which is never read as a job
  EXPECT_TRUE(has(r.out, "Found 3 errors in 3 of 3 files.\n")) << r.out;
}

TEST_F(ConfigFile, NamedFilesAreLintedEvenWhenExcludedUnlessForceExclude) {
  make_tree(dir_);
  config(R"({"exclude": ["jobs/archive/**", "templates/"], "include": ["jobs/**/*.json"]})");
  const std::string named = "jobs/archive/old.json jobs/templates/t.json other/c.json jobs/a.json";
  Result r = run(kNow + "--format concise --select IJ101 " + named);
  EXPECT_EQ(files_of(r.out), "jobs/archive/old.json\njobs/templates/t.json\nother/c.json\njobs/a.json\n") << r.out;

  // pre-commit names every staged file: they pass the walker's filter, the rest are skipped
  r = run(kNow + "--format concise --select IJ101 --force-exclude " + named);
  EXPECT_EQ(files_of(r.out), "jobs/a.json\n") << r.out;
  r = run(kNow + "--select IJ101 --force-exclude " + named);
  EXPECT_TRUE(has(r.out, "Found 1 error in 1 of 1 file (3 skipped).\n")) << r.out;
  r = run(kNow + "--force-exclude jobs/archive/old.json");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "No job files linted (1 skipped).\n");

  // a named folder inside an excluded one
  r = run(kNow + "--force-exclude jobs/archive");
  EXPECT_EQ(r.out, "No job files linted.\n");

  // hidden folders and node_modules, as when walking
  broken("jobs/.cache/h.json");
  broken("jobs/node_modules/m.json");
  r = run(kNow + "--force-exclude jobs/.cache/h.json jobs/node_modules/m.json");
  EXPECT_EQ(r.out, "No job files linted (2 skipped).\n");
  EXPECT_EQ(run(kNow + "jobs/.cache/h.json jobs/node_modules/m.json").code, 1);
}

TEST_F(ConfigFile, PerFileIgnores) {
  make_tree(dir_);
  config(R"({"per-file-ignores": {"jobs/templates/**": ["IJ101", "increment-factor-precision"],
                                   "sub/": ["IJ1"]}})");
  Result r = run(kNow + "--format concise --select IJ101,IJ102,IJ103 jobs");
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(has(r.out, "jobs/a.json:28:32: error IJ101 ")) << r.out;
  EXPECT_TRUE(has(r.out, "jobs/a.json:17:26: error IJ102 ")) << r.out;
  EXPECT_TRUE(has(r.out, "jobs/templates/t.json:10:21: error IJ103 ")) << r.out;
  EXPECT_FALSE(has(r.out, "jobs/templates/t.json:28:32:")) << r.out;
  EXPECT_FALSE(has(r.out, "jobs/templates/t.json:17:26:")) << r.out;
  EXPECT_FALSE(has(r.out, "jobs/sub/")) << r.out;

  // a named file too, and stdin by its --stdin-filename
  r = run(kNow + "--format concise --select IJ101,IJ103 jobs/templates/t.json");
  EXPECT_EQ(r.out.find(" IJ101 "), std::string::npos) << r.out;
  r = run(kNow + "--format concise --select IJ101 --stdin-filename jobs/templates/t.json -", {}, kBroken);
  EXPECT_EQ(r.code, 0) << r.out;
  EXPECT_EQ(r.out, "");
}

TEST_F(ConfigFile, GlobsAreRelativeToTheConfigFolder) {
  make_tree(dir_ / "repo");
  config(R"({"exclude": ["jobs/archive/**"], "per-file-ignores": {"jobs/a.json": ["IJ101"]}})", dir_ / "repo");
  // run from below the config's folder: paths are shown relative to the walk, globs are the config's
  Result r = run(kNow + "--format concise --select IJ101", dir_ / "repo/jobs");
  EXPECT_EQ(files_of(r.out), "sub/b.json\ntemplates/t.json\n") << r.out;
}

TEST_F(ConfigFile, ExplicitConfigGlobsAreRelativeToItsFolder) {
  make_tree(dir_);
  spit(dir_ / "cfg/lint.json", R"({"exclude": ["../jobs/archive/**"], "include": ["**/*.json"]})");
  config(R"({"select": ["IJ999"]})");  // not read: --config wins over discovery
  Result r = run(kNow + "--format concise --select IJ101 --config cfg/lint.json jobs");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(files_of(r.out), "jobs/a.json\njobs/sub/b.json\njobs/templates/t.json\n") << r.out;
}

TEST_F(ConfigFile, NoConfigIgnoresConfigFiles) {
  broken("a.json");
  config(R"({"select": ["IJ999"]})");
  EXPECT_EQ(run(kNow + "a.json").code, 2);
  Result r = run(kNow + "--no-config a.json");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_TRUE(has(r.out, "Found 6 errors in 1 of 1 file.")) << r.out;

  config(R"({"fail-on": "never"})");
  EXPECT_EQ(run(kNow + "a.json").code, 0);
  EXPECT_EQ(run(kNow + "--no-config a.json").code, 1);

  r = run(kNow + "--no-config --config x.json a.json");  // contradictory
  EXPECT_EQ(r.code, 2);
}

TEST_F(ConfigFile, DiscoveryWalksUpAndTheNearestWins) {
  broken("a/b/c/x.json");
  config(R"({"select": ["IJ101"]})");
  Result r = run(kNow + "--format concise x.json", dir_ / "a/b/c");
  EXPECT_EQ(r.out, "x.json:28:32: error IJ101 threshold-precision: thresholdPercentage 10.999 has 3 decimal places; "
                   "AWS IoT accepts at most 2\n");

  config(R"({"select": ["IJ103"]})", dir_ / "a/b");
  r = run(kNow + "--format concise x.json", dir_ / "a/b/c");
  EXPECT_EQ(r.out.rfind("x.json:10:21: error IJ103 ", 0), 0u) << r.out;
  EXPECT_EQ(r.out.find('\n'), r.out.size() - 1) << r.out;

  // from the top too: the closest config above each file applies (configs are not merged)
  r = run(kNow + "--format concise a/b/c/x.json");
  EXPECT_EQ(r.out.rfind("a/b/c/x.json:10:21: error IJ103 ", 0), 0u) << r.out;
  EXPECT_EQ(r.out.find('\n'), r.out.size() - 1) << r.out;
  r = run(kNow + "--format concise .");
  EXPECT_EQ(r.out.rfind("a/b/c/x.json:10:21: error IJ103 ", 0), 0u) << r.out;
  EXPECT_EQ(r.out.find('\n'), r.out.size() - 1) << r.out;
}

TEST_F(ConfigFile, ListRulesAndExplainDoNotReadTheConfig) {
  config("{");
  EXPECT_EQ(run("--list-rules").code, 0);
  EXPECT_EQ(run("--explain IJ101").code, 0);
  EXPECT_EQ(run("--version").code, 0);
}

TEST_F(ConfigFile, CleanRunWithEveryKey) {
  config(R"({
  "select": ["IJ"],
  "ignore": ["IJ305"],
  "severity": { "IJ303": "error" },
  "include": ["jobs/**/*.json", "jobs/**/*.yaml"],
  "exclude": ["jobs/archive/**"],
  "per-file-ignores": { "jobs/templates/**": ["IJ106"] },
  "dialect": "auto",
  "fail-on": "error"
})");
  spit(dir_ / "jobs/clean.json", slurp(kClean));
  Result r = run(kNow);
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "1 file passed.\n");
  EXPECT_EQ(r.err, "");
}

// ---- the library ----

TEST(ConfigPaths, RelativeExcludedAndPerFileIgnores) {
  const Registry& reg = registry();
  ConfigLoad loaded =
      parse_config(R"({"exclude": ["archive", "*.tmp.json"], "per-file-ignores": {"t/": ["IJ101"]}})", "/repo",
                   "cfg.json", reg);
  ASSERT_TRUE(loaded.config) << loaded.error;
  const Config& c = *loaded.config;
  EXPECT_EQ(c.relative("/repo/jobs/a.json"), "jobs/a.json");
  EXPECT_EQ(c.relative("/repo/jobs/../x/./a.json"), "x/a.json");
  EXPECT_EQ(c.relative("/repo"), "");
  EXPECT_EQ(c.relative("/repo/jobs/"), "jobs");
  EXPECT_EQ(c.relative("/other/a.json"), "../other/a.json");
  EXPECT_TRUE(c.excluded("jobs/archive/2024/a.json"));
  EXPECT_TRUE(c.excluded_here("jobs/archive"));
  EXPECT_FALSE(c.excluded_here("jobs/archive/a.json"));
  EXPECT_FALSE(c.excluded("jobs/archived/a.json"));
  EXPECT_TRUE(c.included("jobs/a.yml"));
  EXPECT_FALSE(c.included("jobs/a.txt"));
  EXPECT_FALSE(c.included("jobs/a.tmp.json"));  // itself excluded
  EXPECT_TRUE(c.included("archive/a.json"));   // folders above are for excluded() and the walker

  std::vector<bool> selected;
  EXPECT_FALSE(c.apply_per_file_ignores("jobs/a.json", reg, selected));
  EXPECT_TRUE(selected.empty());
  EXPECT_TRUE(c.apply_per_file_ignores("jobs/t/a.json", reg, selected));
  ASSERT_EQ(selected.size(), reg.rules.size());
  EXPECT_FALSE(selected[*reg.find("IJ101")]);
  EXPECT_TRUE(selected[*reg.find("IJ102")]);
}

TEST(ConfigPaths, ConfigSetTakesTheNearestAndReadsEachOnce) {
  fs::path root = fs::path(::testing::TempDir()) / ("ijl_find_" + std::to_string(::getpid()));
  fs::remove_all(root);
  fs::create_directories(root / "a/b/c");
  const Registry& reg = registry();
  {
    ConfigSet none(reg, root, ConfigSet::Mode::Discover);
    const Config* c = none.for_dir(root / "a/b/c");
    ASSERT_NE(c, nullptr);
    EXPECT_EQ(c->display, "");  // the defaults
    EXPECT_EQ(none.for_dir(root / "a"), c);
  }
  spit(root / "a" / kConfigName, R"({"ignore": ["IJ305"]})");
  spit(root / "a/b/c" / kConfigName, R"({"ignore": ["IJ101"]})");
  fs::create_directories(root / "a/b/d" / kConfigName);  // a folder of that name is not a config
  ConfigSet set(reg, root, ConfigSet::Mode::Discover);
  const Config* top = set.for_dir(root / "a/b/d");
  ASSERT_NE(top, nullptr);
  EXPECT_EQ(top->display, "a/.iotjob-lint.json");
  EXPECT_EQ(top->ignore, std::vector<std::string>{"IJ305"});
  EXPECT_EQ(set.for_dir(root / "a/b"), top);  // the same object: read once
  EXPECT_EQ(set.for_dir(root / "a"), top);
  const Config* deep = set.for_dir(root / "a/b/c");
  ASSERT_NE(deep, nullptr);
  EXPECT_EQ(deep->display, "a/b/c/.iotjob-lint.json");
  EXPECT_EQ(deep->dir, fs::absolute(root / "a/b/c").lexically_normal());
  // a broken one is an error for its folders only
  spit(root / "x" / kConfigName, "{");
  EXPECT_EQ(set.for_dir(root / "x"), nullptr);
  EXPECT_EQ(set.error().rfind("x/.iotjob-lint.json:1:2: invalid JSON", 0), 0u) << set.error();
  // --no-config: the defaults everywhere; --config FILE: that one everywhere
  ConfigSet off(reg, root, ConfigSet::Mode::None);
  EXPECT_EQ(off.for_dir(root / "a/b/c")->display, "");
  ConfigSet one(reg, root, ConfigSet::Mode::Explicit, root / "a" / kConfigName);
  EXPECT_EQ(one.for_dir(root / "a/b/c")->ignore, std::vector<std::string>{"IJ305"});
  fs::remove_all(root);
}

}  // namespace
}  // namespace ijl

namespace ijl {
namespace {

// stdin takes the config closest to --stdin-filename (the editor's buffer has a place).
TEST_F(ConfigFile, StdinTakesTheConfigAboveItsFilename) {
  config(R"({"select": ["IJ103"]})");
  config(R"({"select": ["IJ101"]})", dir_ / "jobs");
  fs::create_directories(dir_ / "jobs");
  Result r = run(kNow + "--format concise --stdin-filename jobs/x.json -", {}, kBroken);
  EXPECT_EQ(r.out, "jobs/x.json:28:32: error IJ101 threshold-precision: thresholdPercentage 10.999 has 3 decimal "
                   "places; AWS IoT accepts at most 2\n");
  r = run(kNow + "--format concise -", {}, kBroken);
  EXPECT_EQ(r.out.rfind("-:10:21: error IJ103 ", 0), 0u) << r.out;
  EXPECT_EQ(r.out.find('\n'), r.out.size() - 1) << r.out;
}

// A folder with its own config: its include and exclude globs decide below it.
TEST_F(ConfigFile, NestedConfigDecidesItsFolder) {
  config(R"({"exclude": ["jobs/old/**"]})");
  config(R"({"exclude": ["drafts/**"]})", dir_ / "team");
  broken("jobs/old/a.json");
  broken("team/drafts/b.json");
  broken("team/jobs/old/c.json");
  Result r = run(kNow + "--show-files .");
  EXPECT_EQ(r.out,
            ".iotjob-lint.json: excluded (configuration file)\n"
            "jobs/old/: excluded (exclude glob 'jobs/old/**' in .iotjob-lint.json)\n"
            "team/.iotjob-lint.json: excluded (configuration file)\n"
            "team/drafts/: excluded (exclude glob 'drafts/**' in team/.iotjob-lint.json)\n"
            "team/jobs/old/c.json: linted (create-job)\n");
}

}  // namespace
}  // namespace ijl

namespace ijl {
namespace {

TEST_F(ConfigFile, PlaceholdersAndSuppliedFields) {
  EXPECT_EQ(error_for(R"({"placeholders": ["${[^}"]})").rfind("iotjob-lint: .iotjob-lint.json:1:19: placeholders: bad regular expression '${[^}': ", 0),
            0u);
  EXPECT_EQ(error_for(R"({"placeholders": [""]})"),
            "iotjob-lint: .iotjob-lint.json:1:19: placeholders: an empty pattern would match every string\n");
  EXPECT_EQ(error_for(R"({"supplied-fields": ["jobIdd"]})"),
            "iotjob-lint: .iotjob-lint.json:1:22: supplied-fields: 'jobIdd' is not a top-level field of a job or job "
            "template\n");
  EXPECT_EQ(error_for(R"({"per-file-supplied-fields": {"a/**": ["x"]}})"),
            "iotjob-lint: .iotjob-lint.json:1:40: per-file-supplied-fields: 'a/**': 'x' is not a top-level field of "
            "a job or job template\n");

  // `aws iot create-job --job-id X --targets … --cli-input-json file://requests/a.json`
  spit(dir_ / "requests/a.json", R"({"documentSource": "https://s3.amazonaws.com/bucket/k.json",
  "timeoutConfig": {"inProgressTimeoutInMinutes": "${TIMEOUT}"}})");
  Result r = run(kNow + "--format concise requests");
  EXPECT_EQ(r.code, 2);  // not a job without its jobId and targets
  config(R"({"per-file-supplied-fields": {"requests/**": ["jobId", "targets"]}, "placeholders": ["\\$\\{[A-Z_]+\\}"]})");
  r = run(kNow + "--format concise requests");
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "");
  // the same pattern from the command line
  config(R"({"per-file-supplied-fields": {"requests/**": ["jobId", "targets"]}})");
  EXPECT_NE(run(kNow + "--format concise requests").out.find(" IJ004 "), std::string::npos);
  r = run(kNow + "--format concise --placeholder '\\$\\{[A-Z_]+\\}' requests");
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(run("--placeholder '(' requests").err.rfind("iotjob-lint: --placeholder: bad regular expression '(': ", 0), 0u);
}

}  // namespace
}  // namespace ijl
