// IJ005 missing-field: required fields per dialect; one per missing field, at the object.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

const std::string kCriterion =
    R"({"failureType": "FAILED", "action": "CANCEL", "thresholdPercentage": 10, "minNumberOfExecutedThings": 1})";

TEST(IJ005MissingField, Table) {
  expect_table("IJ005", {
      {job_with(""), false},
      {R"({"targets": ["arn:aws:iot:us-east-1:123456789012:thing/a"], "documentSource": "s"})", true},
      {R"({"jobId": "x", "documentSource": "s"})", true},
      {R"({"JobId": "x", "targets": ["t"], "documentSource": "s"})", true},  // wrong spelling: jobId is absent
      {R"({"jobId": "x", "targets": [], "documentSource": "s"})", false},   // present but empty: IJ202
      {R"({"jobId": null, "targets": null, "documentSource": "s"})", false},  // null in create-job: IJ004
      {job_with(R"("abortConfig": {"criteriaList": [)" + kCriterion + "]}"), false},
      {job_with(R"("abortConfig": {})"), true},
      {job_with(R"("abortConfig": {"criteriaList": [{"failureType": "FAILED", "action": "CANCEL", "thresholdPercentage": 10}]})"), true},
      {job_with(R"("jobExecutionsRolloutConfig": {"maximumPerMinute": 5})"), false},
      {job_with(R"("jobExecutionsRolloutConfig": {"exponentialRate": {"baseRatePerMinute": 1, "incrementFactor": 2}})"), true},
      {job_with(R"("jobExecutionsRetryConfig": {"criteriaList": [{"failureType": "FAILED"}]})"), true},
      {job_with(R"x("schedulingConfig": {"maintenanceWindows": [{"startTime": "cron(0 0 * * ? *)"}]})x"), true},
      {job_with(R"("tags": [{"Key": "k"}])"), false},    // Value is optional
      {job_with(R"("tags": [{"Value": "v"}])"), true},
      // records: job and job.jobId; nothing else at the top level
      {record_with(""), false},
      {R"({"job": {"jobId": "x"}})", false},            // no targets needed in a record
      {R"({"job": {}, "documentSource": "s"})", true},
      {R"({"job": {"jobId": null}})", true},            // null means absent in records
      {R"({"job": {"job_id": "x", "createdAt": 0}})", true},  // a tie is describe-job: job_id is not jobId
      {record_with(R"("abortConfig": {"criteriaList": null})"), true},
      {record_with(R"("abortConfig": null)"), false},   // an absent enclosing object requires nothing
      {catalog_with(""), false},
      {R"({"account_id": "123456789012", "job": {}})", true},
      {R"({"account_id": "123456789012", "job": {"jobId": "x"}})", true},
      {catalog_with(R"("abort_config": {"criteria_list": [{}]})"), true},
  });
}

TEST(IJ005MissingField, OnePerMissingField) {
  EXPECT_EQ(count(lint(R"({"JobId": "x", "documentSource": "s"})"), "IJ005"), 2);
  EXPECT_EQ(count(lint(job_with(R"("jobExecutionsRolloutConfig": {"exponentialRate": {}})")), "IJ005"), 3);
  EXPECT_EQ(count(lint(catalog_with(R"("abort_config": {"criteria_list": [{}]})")), "IJ005"), 4);
  EXPECT_EQ(count(lint(job_with(R"("abortConfig": {"criteriaList": [{}, {}]})")), "IJ005"), 8);
}

TEST(IJ005MissingField, MessagesUseTheFileSpelling) {
  EXPECT_EQ(message_of(R"({"jobId": "x", "documentSource": "s"})", "IJ005"), R"(missing required field "targets")");
  EXPECT_EQ(message_of(R"({"job": {}, "documentSource": "s"})", "IJ005"), R"(missing required field "jobId" in job)");
  EXPECT_EQ(message_of(R"({"account_id": "123456789012", "job": {}})", "IJ005"), R"(missing required field "job_id" in job)");
  EXPECT_EQ(message_of(job_with(R"("abortConfig": {})"), "IJ005"),
            R"(missing required field "criteriaList" in abortConfig)");
  EXPECT_EQ(message_of(catalog_with(R"("abort_config": {})"), "IJ005"),
            R"(missing required field "criteria_list" in abort_config)");
}

// A key that unknown-field takes for the missing field is named; the first in the file.
TEST(IJ005MissingField, NamesANearMiss) {
  const std::string targets = R"("targets": ["arn:aws:iot:us-east-1:123456789012:thing/a"])";
  const std::string source = R"("documentSource": "s")";
  expect_messages("IJ005", {
      // no near miss
      {"{" + targets + ", " + source + "}", R"(missing required field "jobId")"},
      {"{" + targets + ", " + source + R"(, "owner": "x"})", R"(missing required field "jobId")"},
      // a key closer to another field is not a near miss of this one
      {R"({"jobId": "x", "targetSelections": "SNAPSHOT", )" + source + "}", R"(missing required field "targets")"},
      // each kind of match
      {R"({"JobId": "x", )" + targets + ", " + source + "}",
       R"(missing required field "jobId"; found "JobId" instead)"},
      {R"({"JOB_ID": "x", )" + targets + ", " + source + "}",
       R"(missing required field "jobId"; found "JOB_ID" instead)"},
      {R"({"job_id": "x", )" + targets + ", " + source + "}",
       R"(missing required field "jobId"; found "job_id" instead)"},
      {R"({"jobId": "x", "tragets": [], )" + source + "}",
       R"(missing required field "targets"; found "tragets" instead)"},
      {job_with(R"("abortConfig": {"criteriaList": [{"failureType": "FAILED", "action": "CANCEL", )"
                R"("thresholdPercent": 10, "minNumberOfExecutedThings": 1}]})"),
       R"(missing required field "thresholdPercentage" in criteriaList[0]; found "thresholdPercent" instead)"},
      {job_with(R"x("schedulingConfig": {"maintenanceWindows": [{"startTime": "cron(0 0 * * ? *)", "duration": 60}]})x"),
       R"(missing required field "durationInMinutes" in maintenanceWindows[0]; found "duration" instead)"},
      // several near misses: the first in the file
      {R"({"JOBID": "x", "JobId": "y", )" + targets + ", " + source + "}",
       R"(missing required field "jobId"; found "JOBID" instead)"},
      // describe-job and catalog
      {R"({"job": {"JobId": "x"}})", R"(missing required field "jobId" in job; found "JobId" instead)"},
      {R"({"job": {"jobID": "x", "createdAt": 0}})", R"(missing required field "jobId" in job; found "jobID" instead)"},
      {R"({"account_id": "123456789012", "job": {"jobId": "x"}})",
       R"(missing required field "job_id" in job; found "jobId" instead)"},
      {catalog_with(R"("abort_config": {"criteria_lists": []})"),
       R"(missing required field "criteria_list" in abort_config; found "criteria_lists" instead)"},
      // only the object's own keys: jobId next to job is not in job
      {R"({"job": {"createdAt": 0}, "documentSource": "s", "jobId": "x"})", R"(missing required field "jobId" in job)"},
  });
}

// "at the object": the key holding it; at the top level or in an array, its `{`.
TEST(IJ005MissingField, PointsAtTheObject) {
  EXPECT_EQ(span_of(R"({"jobId": "x", "documentSource": "s"})", "IJ005"), "1:1-1:2");
  EXPECT_EQ(span_of("\n   {\"jobId\": \"x\", \"documentSource\": \"s\"}", "IJ005"), "2:4-2:5");
  EXPECT_EQ(span_of("\xEF\xBB\xBF  {\"jobId\": \"x\", \"documentSource\": \"s\"}", "IJ005"), "1:3-1:4");
  // a nested object held by a key: that key
  EXPECT_EQ(span_of(job_with(R"("abortConfig": {})"), "IJ005"), "5:3-5:16");
  EXPECT_EQ(span_of("{\n  \"job\": {},\n  \"documentSource\": \"s\"\n}", "IJ005"), "2:3-2:8");
  EXPECT_EQ(span_of(catalog_with(R"("abort_config": {})"), "IJ005"), "6:5-6:19");
  // an array element: its `{`
  const std::string item = job_with(R"("abortConfig": {"criteriaList": [{"failureType": "FAILED"}]})");
  EXPECT_EQ(span_of(item, "IJ005"), "5:36-5:37");
  EXPECT_EQ(pointer_of(item, "IJ005"), "/abortConfig/criteriaList/0");
  // a document in a top-level array
  const std::string array = R"([{"jobId": "x", "targets": ["arn:aws:iot:us-east-1:123456789012:thing/a"], "documentSource": "s"},
 {"jobId": "y", "documentSource": "s"}])";
  EXPECT_EQ(span_of(array, "IJ005"), "2:2-2:3");
  EXPECT_EQ(pointer_of(array, "IJ005"), "/1");
}

}  // namespace
}  // namespace ijl::test
