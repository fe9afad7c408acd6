// The hand-over to the companion (src/companion.hpp): from 16 MiB of NDJSON iotjob-lint execs
// the iotjob-lint-simdjson beside it with the same arguments; below that, with
// IOTJOB_LINT_COMPANION=off, for --fix, for other formats or without a companion it lints
// itself; and the companion's report is the linter's, byte for byte.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "companion.hpp"
#include "file_util.hpp"
#include "json_loader.hpp"

namespace ijl {
namespace {

namespace fs = std::filesystem;
using test::quoted;
using test::Result;

class Companion : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = test::fresh_test_dir("ijl_companion");
    fs::create_directories(dir_ / "bin");
    fs::copy_file(IJL_BINARY, dir_ / "bin" / "iotjob-lint");
  }
  void TearDown() override { fs::remove_all(dir_); }

  // A stand-in that says it ran, with what and with which variable.
  void fake_companion() {
    fs::path p = dir_ / "bin" / "iotjob-lint-simdjson";
    test::spit(p, "#!/bin/sh\necho \"companion ($IOTJOB_LINT_COMPANION): $*\"\n");
    fs::permissions(p, fs::perms::owner_all);
  }

  Result run(const std::string& args, const std::string& env = "", const std::string& redirect = "") {
    fs::path out = dir_ / ".out", err = dir_ / ".err";
    std::string cmd = "cd " + quoted(dir_.string()) + " && " + env + " " + quoted((dir_ / "bin" / "iotjob-lint").string()) +
                      " --no-config " + args + " >" + quoted(out.string()) + " 2>" + quoted(err.string()) + " " + redirect;
    return test::run_captured(cmd, out, err);
  }

  // `bytes` of blank lines: no record, but the size the hand-over is decided on.
  void blank(const std::string& name, std::uint64_t bytes) {
    std::ofstream f(dir_ / name, std::ios::binary);
    f << std::string(bytes, '\n');
  }

  // Catalog records, a third of them with findings, up to at least `bytes`.
  void records(const std::string& name, std::uint64_t bytes) {
    std::ofstream f(dir_ / name, std::ios::binary);
    std::uint64_t written = 0;
    for (std::size_t i = 0; written < bytes; ++i) {
      std::string line = R"({"account_id": "123456789012", "job": {"job_id": "fw-)" + std::to_string(i) +
                         R"(", "job_arn": "arn:aws:iot:us-east-1:123456789012:job/fw-)" + std::to_string(i) +
                         R"(", "status": "COMPLETED", "abort_config": {"criteria_list": [{"failure_type": "FAILED", )"
                         R"("action": "CANCEL", "threshold_percentage": )" +
                         (i % 3 == 0 ? "10.999" : "10.5") + R"(, "min_number_of_executed_things": 100}]}}})" + "\n";
      f << line;
      written += line.size();
    }
  }

  fs::path dir_;
};

TEST_F(Companion, SixteenMebibytesOfNdjsonHandOver) {
  // a -DIJL_SIMDJSON=ON build (the tests' and the linter's) parses fast itself
  if (fast_json_built()) GTEST_SKIP() << "this build parses with simdjson: it hands over to no companion";
  fake_companion();
  blank("under.ndjson", kCompanionBytes - 1);
  blank("at.ndjson", kCompanionBytes);
  blank("one.ndjson", 1);
  Result r = run("--format concise under.ndjson");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.find("companion"), std::string::npos) << r.out;

  r = run("--format concise at.ndjson");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "companion (off): --no-config --format concise at.ndjson\n");

  // the inputs' NDJSON counts together
  r = run("under.ndjson one.ndjson");
  EXPECT_EQ(r.out, "companion (off): --no-config under.ndjson one.ndjson\n");

  // an export piped in: its size is unknown, so it is taken to be large
  r = run("--stdin-filename fleet.ndjson -", "", "< under.ndjson");
  EXPECT_EQ(r.out, "companion (off): --no-config --stdin-filename fleet.ndjson -\n");
}

TEST_F(Companion, TheLinterLintsItselfOtherwise) {
  fake_companion();
  blank("at.ndjson", kCompanionBytes);
  blank("at.json", kCompanionBytes);
  const Result itself = run("at.ndjson", "IOTJOB_LINT_COMPANION=off");
  EXPECT_EQ(itself.out, "1 file passed.\n");
  EXPECT_EQ(itself.code, 0) << itself.err;
  Result r;
  // JSON documents are not what the faster parser is for
  r = run("at.json");
  EXPECT_EQ(r.out.find("companion"), std::string::npos) << r.out;
  // --fix rewrites files: the linter that reads them writes them
  r = run("--fix at.ndjson");
  EXPECT_EQ(r.out.find("companion"), std::string::npos) << r.out;
  // no companion beside the linter
  fs::remove(dir_ / "bin" / "iotjob-lint-simdjson");
  r = run("at.ndjson");
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, itself.out);
}

TEST_F(Companion, ItsReportIsTheLinters) {
#ifndef IJL_COMPANION_BINARY
  GTEST_SKIP() << "this build has no companion (libsimdjson-dev not found)";
#else
  fs::copy_file(IJL_COMPANION_BINARY, dir_ / "bin" / "iotjob-lint-simdjson");
  records("fleet.ndjson", kCompanionBytes);
  for (std::string format : {"json", "text", "sarif"}) {
    Result itself = run("--format " + format + " fleet.ndjson", "IOTJOB_LINT_COMPANION=off");
    Result companion = run("--format " + format + " fleet.ndjson");
    EXPECT_EQ(itself.code, 1) << itself.err;
    EXPECT_EQ(companion.code, itself.code) << companion.err;
    EXPECT_EQ(companion.err, itself.err);
    EXPECT_TRUE(companion.out == itself.out) << format << ": the reports differ";
    EXPECT_NE(itself.out.find("IJ101"), std::string::npos);
  }
#endif
}

}  // namespace
}  // namespace ijl
