// IJ401 job-arn-mismatch: exact id comparison, well-formedness, dialects, position.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string arn(const std::string& value) { return record_with("\"jobArn\": " + value); }

TEST(IJ401JobArnMismatch, BoundaryTable) {
  expect_table("IJ401",
               {
                   {R"("arn:aws:iot:us-east-1:123456789012:job/fw-1")", false},
                   {R"("arn:aws:iot:us-east-1:123456789012:job/fw-2")", true},
                   {R"("arn:aws:iot:us-east-1:123456789012:job/FW-1")", true},   // compared exactly
                   {R"("arn:aws:iot:us-east-1:123456789012:job/fw-1x")", true},
                   {R"("arn:aws:iot:us-east-1:123456789012:job/fw")", true},
                   {R"("arn:aws:iot:us-east-1:123456789012:job/x/fw-1")", true},
                   {R"("arn:aws:iot:us-east-1:1234:job/fw-2")", false},           // IJ205 only: not well-formed
                   {R"("arn:aws:iot:us-east-1:123456789012:jobs/fw-2")", false},  // IJ205 only
                   {"5", false},                                                  // IJ004 only
               },
               arn);
}

TEST(IJ401JobArnMismatch, BothMustBePresent) {
  EXPECT_NOT_FIRES("IJ401", R"({"job": {"jobArn": "arn:aws:iot:us-east-1:123456789012:job/fw-2"}})");  // IJ005
  EXPECT_NOT_FIRES("IJ401", R"({"job": {"jobArn": "arn:aws:iot:us-east-1:123456789012:job/fw-2", "jobId": null}})");
  EXPECT_NOT_FIRES("IJ401", R"({"job": {"jobArn": "arn:aws:iot:us-east-1:123456789012:job/fw-2", "jobId": 7}})");
}

TEST(IJ401JobArnMismatch, EachDialectsSpelling) {
  std::string catalog = catalog_with(R"("job_arn": "arn:aws:iot:us-east-1:123456789012:job/fw-2")");
  EXPECT_EQ(messages(catalog, "IJ401"),
            std::vector<std::string>{
                "job_arn \"arn:aws:iot:us-east-1:123456789012:job/fw-2\" ends in job id \"fw-2\", not job_id \"fw-1\""});
  EXPECT_NOT_FIRES("IJ401", catalog_with(R"("job_arn": "arn:aws:iot:us-east-1:123456789012:job/fw-1")"));
  // jobArn is not a create-job field: IJ003, and no IJ401
  EXPECT_NOT_FIRES("IJ401", job_with(R"("jobArn": "arn:aws:iot:us-east-1:123456789012:job/fw-2")"));
}

TEST(IJ401JobArnMismatch, PointsAtTheJobArnValue) {
  std::string text = arn(R"("arn:aws:iot:us-east-1:123456789012:job/other")");
  EXPECT_EQ(spans(text, "IJ401"), std::vector<std::string>{"5:15-5:61"});
  EXPECT_EQ(pointer_of(text, "IJ401"), "/job/jobArn");
  EXPECT_EQ(messages(text, "IJ401"),
            std::vector<std::string>{
                "jobArn \"arn:aws:iot:us-east-1:123456789012:job/other\" ends in job id \"other\", not jobId \"fw-1\""});
}

}  // namespace
}  // namespace ijl::test
