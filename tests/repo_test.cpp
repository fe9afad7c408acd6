// The first run on a real repository (testdata/repo: package.json, tsconfig with comments, a
// JSON Schema, OpenAPI, a Helm chart, CloudFormation, docker-compose, a workflow, a
// create-ota-update request, a job document, list-jobs output, and a .gitignored build/
// around jobs/): only the job files are judged, and the report is exactly theirs.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "file_util.hpp"
#include "golden.hpp"

namespace ijl {
namespace {

namespace fs = std::filesystem;
using test::quoted;
using test::Result;
using test::spit;

const fs::path kFixture = fs::path(TESTDATA_DIR) / "repo";
const fs::path kExpected = fs::path(TESTDATA_DIR) / "repo.expected";
const std::string kNow = "--now 2026-11-27T00:00:00Z ";

class RealRepository : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::fresh_test_dir("ijl_repo");
    repo_ = dir_ / "repo";
    fs::copy(kFixture, repo_, fs::copy_options::recursive);
    fs::create_directories(dir_ / "home");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // Nothing of the user's git set-up (global excludes) may change the outcome.
  std::string env() const {
    return "HOME=" + quoted((dir_ / "home").string()) + " XDG_CONFIG_HOME=" + quoted((dir_ / "home/.config").string()) +
           " GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null ";
  }
  void git_init() { ASSERT_EQ(std::system(("cd " + quoted(repo_.string()) + " && git init -q .").c_str()), 0); }

  Result run(const std::string& args) {
    fs::path out = dir_ / ".out", err = dir_ / ".err";
    std::string cmd = "cd " + quoted(repo_.string()) + " && " + env() + quoted(IJL_BINARY) + " " + args + " >" +
                      quoted(out.string()) + " 2>" + quoted(err.string());
    return test::run_captured(cmd, out, err);
  }

  // The exact expected output in repo.expected/NAME.
  static void expect_golden(const std::string& name, const std::string& actual) {
    test::expect_golden_file(kExpected / name, actual);
  }

  fs::path dir_, repo_;
};

TEST_F(RealRepository, ReportsExactlyTheJobsFindings) {
  git_init();
  Result r = run(kNow + "--format concise .");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.err, "");
  expect_golden("concise.txt", r.out);
  r = run(kNow + "--format text .");
  expect_golden("text.txt", r.out);
}

TEST_F(RealRepository, ShowFilesGivesEveryVerdict) {
  git_init();
  Result r = run(kNow + "--show-files .");
  EXPECT_EQ(r.code, 0) << r.err;
  expect_golden("show-files.txt", r.out);
}

// .gitignore applies inside a git work tree only, and can be switched off.
TEST_F(RealRepository, GitignoreInsideAWorkTreeOnly) {
  const std::string broken = "build/rollout.json:";
  Result r = run(kNow + "--format concise .");  // no `git init`: not a work tree
  EXPECT_NE(r.out.find(broken), std::string::npos) << r.out;
  git_init();
  EXPECT_EQ(run(kNow + "--format concise .").out.find(broken), std::string::npos);
  r = run(kNow + "--format concise --no-respect-gitignore .");
  EXPECT_NE(r.out.find(broken), std::string::npos) << r.out;
  spit(repo_ / ".iotjob-lint.json", R"({"respect-gitignore": false})");
  EXPECT_NE(run(kNow + "--format concise .").out.find(broken), std::string::npos);
  EXPECT_EQ(run(kNow + "--format concise --respect-gitignore .").out.find(broken), std::string::npos);
  // .git/info/exclude counts too
  fs::remove(repo_ / ".iotjob-lint.json");
  spit(repo_ / ".git/info/exclude", "/jobs/fleet/gateway-canary.json\n");
  r = run(kNow + "--format concise --show-files jobs");
  EXPECT_NE(r.out.find("jobs/fleet/gateway-canary.json: excluded (.git/info/exclude:1:/jobs/fleet/gateway-canary.json)"),
            std::string::npos)
      << r.out;
}

// What the pre-commit hooks do: every staged file named, non-jobs skipped, not IJ006.
TEST_F(RealRepository, HookSkipsNamedFilesThatAreNotJobs) {
  git_init();
  const std::string files =
      "package.json tsconfig.json openapi.yaml .pre-commit-config.yaml ota/create-ota-update.json "
      "charts/sensor-agent/templates/deployment.yaml jobs/fleet/env-sensor-fw-2-4-1.json";
  Result r = run(kNow + "--force-exclude --skip-non-jobs " + files);
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "1 file passed (6 skipped).\n");
  // a person naming a non-job file still hears about it
  r = run(kNow + "--format concise package.json tsconfig.json");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out,
            "package.json:1:1: error IJ006 not-a-job: not an AWS IoT job: the object has no jobId, no targets beside "
            "document, documentSource or jobTemplateArn, no job record, no jobTemplateId and no "
            "AWS::IoT::JobTemplate resource\n"
            "tsconfig.json:2:3: error IJ001 syntax: comments are not allowed in JSON (invalid literal; expected string "
            "literal)\n");
  // only non-jobs staged: nothing to lint is no failure for a hook
  r = run(kNow + "--force-exclude --skip-non-jobs package.json");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "No job files linted (1 skipped).\n");
}

TEST_F(RealRepository, PathsNamedTwiceAreLintedOnce) {
  git_init();
  Result once = run(kNow + "--format concise jobs/fleet/gateway-canary.json");
  Result r = run(kNow + "--format concise jobs jobs/fleet/gateway-canary.json ./jobs/fleet/../fleet/gateway-canary.json");
  EXPECT_EQ(r.code, 1);
  std::size_t n = 0;
  for (auto at = r.out.find("IJ101"); at != std::string::npos; at = r.out.find("IJ101", at + 1)) ++n;
  EXPECT_EQ(n, 1u) << r.out;
  // the first time a file is found decides how it is shown
  EXPECT_NE(r.out.find("jobs/fleet/gateway-canary.json:28:32: error IJ101"), std::string::npos) << r.out;
  r = run(kNow + "--format concise jobs/fleet/gateway-canary.json jobs/fleet/gateway-canary.json");
  EXPECT_EQ(r.out, once.out);
}

}  // namespace
}  // namespace ijl
