// The AWS CLI's own outputs: the create-job skeleton's zeros and empty strings get their
// diagnostics, the describe-job example from the AWS CLI docs lints clean.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "test_util.hpp"

namespace {

std::string read(const std::string& rel) {
  std::ifstream in(std::filesystem::path(TESTDATA_DIR) / rel, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string pointer_of(const ijl::Diagnostic& d) {
  std::string out;
  for (const auto& s : d.pointer) out += "/" + s;
  return out;
}

TEST(AwsCliOutputs, SkeletonZerosAndEmptyStringsAreFlagged) {
  auto report = ijl::test::lint(read("aws/create-job-skeleton.json"), "create-job-skeleton.json");
  EXPECT_EQ(report.dialect, ijl::Dialect::CreateJob);
  std::set<std::string> found;
  for (const auto& d : report.diagnostics) found.insert(std::string(d.rule->code) + " " + pointer_of(d));
  for (const char* want : {"IJ103 /presignedUrlConfig/expiresInSec", "IJ104 /timeoutConfig/inProgressTimeoutInMinutes",
                           "IJ202 /jobId", "IJ201 /jobExecutionsRolloutConfig/maximumPerMinute",
                           "IJ202 /presignedUrlConfig/roleArn", "IJ301 /document"}) {
    EXPECT_TRUE(found.count(want)) << want << "\n" << ijl::test::describe(report);
  }
  EXPECT_GE(ijl::test::count(report, "IJ202"), 5);
  EXPECT_EQ(ijl::test::count(report, "IJ001"), 0);
}

TEST(AwsCliOutputs, DescribeJobExampleIsClean) {
  auto report = ijl::test::lint(read("aws/describe-job-example.json"), "describe-job-example.json");
  EXPECT_EQ(report.dialect, ijl::Dialect::DescribeJob);
  EXPECT_TRUE(report.diagnostics.empty()) << ijl::test::describe(report);
}

}  // namespace
