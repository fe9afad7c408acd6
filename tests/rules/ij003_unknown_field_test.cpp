// IJ003 unknown-field: keys that are not fields of their object in the file's dialect.
#include "boundary.hpp"

namespace ijl::test {
namespace {

TEST(IJ003UnknownField, Table) {
  expect_table("IJ003", {
      {job_with(""), false},
      {job_with(R"("targetSelection": "SNAPSHOT")"), false},
      {job_with(R"("jobID": "x")"), true},
      {job_with(R"("job_id": "x")"), true},              // catalog spelling in a create-job request
      {job_with(R"("target_selection": "SNAPSHOT")"), true},
      {job_with(R"("timeoutConfig": {"inProgressTimeoutMinutes": 5})"), true},
      {job_with(R"("tags": [{"key": "a", "Value": "b"}])"), true},
      {job_with(R"("account_id": "123456789012")"), true},  // a catalog top-level field
      {job_with(R"("jobArn": "arn:aws:iot:us-east-1:123456789012:job/fw-1")"), true},  // records only
      {job_with(R"("documentParameters": {"anyKey": "v"})"), false},  // map keys are entries, not fields
      {record_with(R"("jobArn": "arn:aws:iot:us-east-1:123456789012:job/fw-1")"), false},
      {record_with(R"("job_id": "x")"), true},
      {record_with(R"("document": "{}")"), true},         // create-job only
      {R"({"job": {"jobId": "x"}, "tags": ["a:b"]})", true},  // catalog tags in a describe-job record
      {catalog_with(R"("target_selection": "SNAPSHOT")"), false},
      {catalog_with(R"("targetSelection": "SNAPSHOT")"), true},
      {R"({"account_id": "123456789012", "job": {"job_id": "x"}, "tags": ["a:b"], "document_source": "s"})", false},
  });
}

TEST(IJ003UnknownField, Suggestions) {
  // case-insensitive match
  EXPECT_EQ(message_of(job_with(R"("jobID": "x")"), "IJ003"),
            R"(unknown field "jobID" in create-job; did you mean "jobId"?)");
  EXPECT_EQ(message_of(job_with(R"("presignedURLConfig": {})"), "IJ003"),
            R"(unknown field "presignedURLConfig" in create-job; did you mean "presignedUrlConfig"?)");
  // another dialect's spelling of a known field names this dialect's spelling
  EXPECT_EQ(message_of(job_with(R"("job_id": "x")"), "IJ003"),
            R"(unknown field "job_id" in create-job; create-job spells it "jobId")");
  EXPECT_EQ(message_of(catalog_with(R"("targetSelection": "SNAPSHOT")"), "IJ003"),
            R"(unknown field "targetSelection" in job; catalog spells it "target_selection")");
  EXPECT_EQ(message_of(record_with(R"("target_selection": "SNAPSHOT")"), "IJ003"),
            R"(unknown field "target_selection" in job; describe-job spells it "targetSelection")");
  // edit distance 2 suggests, 3 does not
  EXPECT_EQ(message_of(job_with(R"("tragets": [])"), "IJ003"),
            R"(unknown field "tragets" in create-job; did you mean "targets"?)");
  EXPECT_EQ(message_of(job_with(R"("jobIdxy": "x")"), "IJ003"),
            R"(unknown field "jobIdxy" in create-job; did you mean "jobId"?)");
  EXPECT_EQ(message_of(job_with(R"("jobIdxyz": "x")"), "IJ003"), R"(unknown field "jobIdxyz" in create-job)");
  EXPECT_EQ(message_of(job_with(R"("xyzzy": 1)"), "IJ003"), R"(unknown field "xyzzy" in create-job)");
  // nested objects suggest among their own fields
  EXPECT_EQ(message_of(job_with(R"("timeoutConfig": {"inProgressTimeoutMinutes": 5})"), "IJ003"),
            R"(unknown field "inProgressTimeoutMinutes" in timeoutConfig; did you mean "inProgressTimeoutInMinutes"?)");
  EXPECT_EQ(message_of(job_with(R"("tags": [{"key": "a"}])"), "IJ003"),
            R"(unknown field "key" in tags[0]; did you mean "Key"?)");
}

TEST(IJ003UnknownField, PointsAtTheKey) {
  const std::string text = job_with(R"("jobID": "x")");
  EXPECT_EQ(where(text, "IJ003"), "5:3-5:10");
  EXPECT_EQ(pointer_of(text, "IJ003"), "/jobID");
  const std::string nested = job_with(R"("timeoutConfig": {"inProgressTimeoutMinutes": 5})");
  EXPECT_EQ(where(nested, "IJ003"), "5:21-5:47");
  EXPECT_EQ(pointer_of(nested, "IJ003"), "/timeoutConfig/inProgressTimeoutMinutes");
  const std::string catalog = catalog_with(R"("jobId": "x")");
  EXPECT_EQ(where(catalog, "IJ003"), "6:5-6:12");
  EXPECT_EQ(pointer_of(catalog, "IJ003"), "/job/jobId");
}

TEST(IJ003UnknownField, ValueUnderUnknownKeyIsNotLinted) {
  // its keys get no IJ003, its values no shape or limit diagnostic
  EXPECT_EQ(codes_of(job_with(R"("unknownThing": {"jobID": "a b", "foo": 1, "expiresInSec": 5})")), Codes{"IJ003"});
  EXPECT_EQ(codes_of(job_with(R"("presignedURLConfig": {"roleArn": "x", "expiresInSec": 5})")), Codes{"IJ003"});
  EXPECT_EQ(codes_of(catalog_with(R"("timeoutConfig": {"inProgressTimeoutInMinutes": 0})")), Codes{"IJ003"});
}

}  // namespace
}  // namespace ijl::test
