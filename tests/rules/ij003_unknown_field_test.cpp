// IJ003 unknown-field: keys that are not fields of their object in the file's dialect.
#include "rule_test_util.hpp"

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

// A describe-job record and a catalog record with `extra` members at the top level, next to job.
std::string record_root_with(const std::string& extra) {
  return R"({"job": {"jobId": "fw-1"}, )" + extra + "}";
}
std::string catalog_root_with(const std::string& extra) {
  return R"({"account_id": "123456789012", "job": {"job_id": "fw-1"}, )" + extra + "}";
}

// "unknown field "key" in where" plus the hint.
std::string unknown(const std::string& key, const std::string& where, const std::string& hint = "") {
  return "unknown field \"" + key + "\" in " + where + hint;
}
std::string did_you_mean(const std::string& field) { return "; did you mean \"" + field + "\"?"; }

TEST(IJ003UnknownField, OtherDialectSpelling) {
  expect_messages("IJ003", {
      {job_with(R"("job_id": "x")"), unknown("job_id", "create-job", R"(; create-job spells it "jobId")")},
      {job_with(R"("document_source": "s")"),
       unknown("document_source", "create-job", R"(; create-job spells it "documentSource")")},
      {job_with(R"("presignedUrlConfig": {"expires_in_sec": 60})"),
       unknown("expires_in_sec", "presignedUrlConfig", R"(; create-job spells it "expiresInSec")")},
      {record_with(R"("target_selection": "SNAPSHOT")"),
       unknown("target_selection", "job", R"(; describe-job spells it "targetSelection")")},
      {catalog_with(R"("targetSelection": "SNAPSHOT")"),
       unknown("targetSelection", "job", R"(; catalog spells it "target_selection")")},
      {catalog_with(R"("jobId": "x")"), unknown("jobId", "job", R"(; catalog spells it "job_id")")},
  });
}

// Case, `_` and `-` do not matter: PascalCase copied from CloudFormation, ALLCAPS, mixed.
TEST(IJ003UnknownField, SameLetters) {
  expect_messages("IJ003", {
      {job_with(R"("JobId": "x")"), unknown("JobId", "create-job", did_you_mean("jobId"))},
      {job_with(R"("JOBID": "x")"), unknown("JOBID", "create-job", did_you_mean("jobId"))},
      {job_with(R"("jobID": "x")"), unknown("jobID", "create-job", did_you_mean("jobId"))},
      {job_with(R"("Job_Id": "x")"), unknown("Job_Id", "create-job", did_you_mean("jobId"))},
      {job_with(R"("job-id": "x")"), unknown("job-id", "create-job", did_you_mean("jobId"))},
      {job_with(R"("Targets": [])"), unknown("Targets", "create-job", did_you_mean("targets"))},
      {job_with(R"("DocumentSource": "s")"), unknown("DocumentSource", "create-job", did_you_mean("documentSource"))},
      {job_with(R"("presignedURLConfig": {})"),
       unknown("presignedURLConfig", "create-job", did_you_mean("presignedUrlConfig"))},
      {job_with(R"("presignedUrlConfig": {"ExpiresInSec": 60})"),
       unknown("ExpiresInSec", "presignedUrlConfig", did_you_mean("expiresInSec"))},
      {job_with(R"("tags": [{"key": "a"}])"), unknown("key", "tags[0]", did_you_mean("Key"))},
      {job_with(R"("abortConfig": {"criteriaList": [{"FailureType": "ALL"}]})"),
       unknown("FailureType", "criteriaList[0]", did_you_mean("failureType"))},
      // describe-job
      {record_root_with(R"("DocumentSource": "s")"),
       unknown("DocumentSource", "describe-job", did_you_mean("documentSource"))},
      {record_with(R"("JobArn": "arn:aws:iot:us-east-1:123456789012:job/fw-1")"),
       unknown("JobArn", "job", did_you_mean("jobArn"))},
      {record_with(R"("scheduledJobRollouts": [{"StartTime": "x"}])"),
       unknown("StartTime", "scheduledJobRollouts[0]", did_you_mean("startTime"))},
      // catalog: the snake_case spelling, whatever the key's case
      {catalog_root_with(R"("DocumentSource": "s")"),
       unknown("DocumentSource", "catalog", did_you_mean("document_source"))},
      {catalog_root_with(R"("AccountId": "1")"), unknown("AccountId", "catalog", did_you_mean("account_id"))},
      {catalog_with(R"("JobId": "x")"), unknown("JobId", "job", did_you_mean("job_id"))},
      {catalog_with(R"("timeout_config": {"InProgressTimeoutInMinutes": 5})"),
       unknown("InProgressTimeoutInMinutes", "timeout_config", did_you_mean("in_progress_timeout_in_minutes"))},
  });
}

TEST(IJ003UnknownField, OutputFieldInARequest) {
  const std::string output = "; it is an output field of describe-job, not a create-job parameter";
  std::vector<MessageRow> rows;
  for (const char* key : {"jobArn", "status", "createdAt", "lastUpdatedAt", "completedAt", "jobProcessDetails",
                          "forceCanceled", "reasonCode", "comment", "isConcurrent", "scheduledJobRollouts",
                          // any spelling
                          "JobArn", "job_arn", "JOB_ARN", "Status", "created_at", "CreatedAt"}) {
    rows.push_back({job_with("\"" + std::string(key) + "\": null"), unknown(key, "create-job", output)});
  }
  // only at the top of the request: a nested object lists its own fields
  rows.push_back({job_with(R"("timeoutConfig": {"status": 1})"),
                  unknown("status", "timeoutConfig", R"(; its only field is "inProgressTimeoutInMinutes")")});
  // a near miss of an output field is not one: it is a typo of a request field or nothing
  rows.push_back({job_with(R"("statuses": 1)"), unknown("statuses", "create-job")});
  expect_messages("IJ003", rows);
}

// The reverse: a create-job parameter in a record, or a record field at the wrong level.
TEST(IJ003UnknownField, RequestFieldOrWrongLevelInARecord) {
  expect_messages("IJ003", {
      {record_with(R"("document": "{}")"),
       unknown("document", "job", "; it is a create-job parameter, not a field of a describe-job record")},
      {record_with(R"("tags": [{"Key": "a"}])"),
       unknown("tags", "job", "; it is a create-job parameter, not a field of a describe-job record")},
      {record_with(R"("Document": "{}")"),
       unknown("Document", "job", "; it is a create-job parameter, not a field of a describe-job record")},
      {catalog_with(R"("document": "{}")"),
       unknown("document", "job", "; it is a create-job parameter, not a field of a catalog record")},
      // documentSource sits next to job in a record, not inside it
      {record_with(R"("documentSource": "s")"),
       unknown("documentSource", "job", R"(; describe-job has "documentSource" at the top level, next to "job")")},
      {catalog_with(R"("documentSource": "s")"),
       unknown("documentSource", "job", R"(; catalog has "document_source" at the top level, next to "job")")},
      {catalog_with(R"("tags": ["a:b"])"),
       unknown("tags", "job", R"(; catalog has "tags" at the top level, next to "job")")},
      {catalog_with(R"("account_id": "123456789012")"),
       unknown("account_id", "job", R"(; catalog has "account_id" at the top level, next to "job")")},
      // job fields next to job
      {record_root_with(R"("jobId": "x")"),
       unknown("jobId", "describe-job", R"(; describe-job has "jobId" inside "job")")},
      {record_root_with(R"("JobArn": "x")"),
       unknown("JobArn", "describe-job", R"(; describe-job has "jobArn" inside "job")")},
      {catalog_root_with(R"("targets": [])"), unknown("targets", "catalog", R"(; catalog has "targets" inside "job")")},
      {catalog_root_with(R"("jobId": "x")"), unknown("jobId", "catalog", R"(; catalog has "job_id" inside "job")")},
  });
}

// Edit distance, ignoring case and separators: at most 2, and at most one per 3 letters of
// the longer name.
TEST(IJ003UnknownField, Typos) {
  expect_messages("IJ003", {
      {job_with(R"("tragets": [])"), unknown("tragets", "create-job", did_you_mean("targets"))},  // 2
      {job_with(R"("descripton": "d")"), unknown("descripton", "create-job", did_you_mean("description"))},  // 1
      {job_with(R"("jobIdxy": "x")"), unknown("jobIdxy", "create-job", did_you_mean("jobId"))},  // 2 of 7 letters
      {job_with(R"("jobIdxyz": "x")"), unknown("jobIdxyz", "create-job")},                       // 3
      {job_with(R"("Job_Idxy": "x")"),
       unknown("Job_Idxy", "create-job", did_you_mean("jobId"))},  // separators are free
      {job_with(R"("xyzzy": 1)"), unknown("xyzzy", "create-job")},
      {job_with(R"("tag": [])"), unknown("tag", "create-job", did_you_mean("tags"))},            // 1 of 4 letters
      {job_with(R"("tgs_x": [])"), unknown("tgs_x", "create-job")},                              // 2 of 4: too many
      // 2 edits of a 3-letter name are not a typo of it: the object's fields are listed instead
      {record_root_with(R"("jab": 1)"), unknown("jab", "describe-job", did_you_mean("job"))},
      {record_root_with(R"("foo": 1)"),
       unknown("foo", "describe-job", R"(; its fields are "documentSource" and "job")")},
      // nested objects, each dialect
      {job_with(R"("timeoutConfig": {"inProgressTimeoutMinutes": 5})"),
       unknown("inProgressTimeoutMinutes", "timeoutConfig", did_you_mean("inProgressTimeoutInMinutes"))},
      {record_with(R"("jobProcessDetail": {})"), unknown("jobProcessDetail", "job", did_you_mean("jobProcessDetails"))},
      {catalog_with(R"("abort_config": {"criteria_lists": []})"),
       unknown("criteria_lists", "abort_config", did_you_mean("criteria_list"))},
  });
}

// The starts of a field's words, in order, spell the key: at least 4 letters, each start
// the whole word or at least its first 3 letters; after typos.
TEST(IJ003UnknownField, Abbreviations) {
  expect_messages("IJ003", {
      {job_with(R"("abortConfig": {"criteriaList": [{"thresholdPercent": 5}]})"),
       unknown("thresholdPercent", "criteriaList[0]", did_you_mean("thresholdPercentage"))},
      {job_with(R"("presignedUrlConfig": {"expiresIn": 60})"),
       unknown("expiresIn", "presignedUrlConfig", did_you_mean("expiresInSec"))},
      {job_with(R"("jobExecutionsRolloutConfig": {"maxPerMinute": 5})"),
       unknown("maxPerMinute", "jobExecutionsRolloutConfig", did_you_mean("maximumPerMinute"))},
      {job_with(R"("jobExecutionsRolloutConfig": {"MAX_PER_MIN": 5})"),
       unknown("MAX_PER_MIN", "jobExecutionsRolloutConfig", did_you_mean("maximumPerMinute"))},
      {job_with(R"("rolloutConfig": {})"),
       unknown("rolloutConfig", "create-job", did_you_mean("jobExecutionsRolloutConfig"))},
      {job_with(R"("jobExecutionsRetryConfig": {"criteriaList": [{"numRetries": 1}]})"),
       unknown("numRetries", "criteriaList[0]", did_you_mean("numberOfRetries"))},  // words may be skipped
      {job_with(R"("timeoutConfig": {"timeoutMinutes": 5})"),
       unknown("timeoutMinutes", "timeoutConfig", did_you_mean("inProgressTimeoutInMinutes"))},
      // at least 4 letters
      {job_with(R"("desc": "d")"), unknown("desc", "create-job", did_you_mean("description"))},
      {job_with(R"("des": "d")"), unknown("des", "create-job")},
      // each shortened word keeps at least 3 letters
      {job_with(R"("docSource": "s")"), unknown("docSource", "create-job", did_you_mean("documentSource"))},
      {job_with(R"("doSource": "s")"), unknown("doSource", "create-job")},
      // the words in order
      {job_with(R"("sourceDocument": "s")"), unknown("sourceDocument", "create-job")},
      // a typo wins over an abbreviation: targe is 2 edits from targets and starts targetSelection
      {job_with(R"("targe": [])"), unknown("targe", "create-job", did_you_mean("targets"))},
      // several fields: the fewest letters left over, then the field listed first
      {job_with(R"("config": {})"), unknown("config", "create-job", did_you_mean("abortConfig"))},
      {record_with(R"("jobProcessDetails": {"numThings": 1})"),  // numberOfFailedThings and numberOfQueuedThings tie
       unknown("numThings", "jobProcessDetails", did_you_mean("numberOfFailedThings"))},
      // each dialect
      {record_with(R"("jobExecutionsRolloutConfig": {"maxPerMinute": 5})"),
       unknown("maxPerMinute", "jobExecutionsRolloutConfig", did_you_mean("maximumPerMinute"))},
      {catalog_with(R"("job_executions_rollout_config": {"max_per_minute": 5})"),
       unknown("max_per_minute", "job_executions_rollout_config", did_you_mean("maximum_per_minute"))},
  });
}

// No match: an object of at most 8 fields lists them.
TEST(IJ003UnknownField, ListsTheFieldsOfASmallObject) {
  expect_messages("IJ003", {
      {job_with(R"("timeoutConfig": {"foo": 5})"),
       unknown("foo", "timeoutConfig", R"(; its only field is "inProgressTimeoutInMinutes")")},
      {job_with(R"("presignedUrlConfig": {"foo": 5})"),
       unknown("foo", "presignedUrlConfig", R"(; its fields are "roleArn" and "expiresInSec")")},
      {job_with(R"("abortConfig": {"criteriaList": [{"foo": 1}]})"),
       unknown("foo", "criteriaList[0]",
               R"(; its fields are "failureType", "action", "thresholdPercentage" and "minNumberOfExecutedThings")")},
      {catalog_with(R"("scheduling_config": {"foo": 1})"),
       unknown("foo", "scheduling_config",
               R"(; its fields are "start_time", "end_time", "end_behavior" and "maintenance_windows")")},
      {catalog_root_with(R"("foo": 1)"),
       unknown("foo", "catalog", R"(; its fields are "document_source", "job", "account_id" and "tags")")},
      // jobProcessDetails has 9 fields, one more than listed
      {record_with(R"("jobProcessDetails": {"foo": 1})"), unknown("foo", "jobProcessDetails")},
      {job_with(R"("foo": 1)"), unknown("foo", "create-job")},
  });
}

TEST(IJ003UnknownField, PointsAtTheKey) {
  const std::string text = job_with(R"("jobID": "x")");
  EXPECT_EQ(span_of(text, "IJ003"), "5:3-5:10");
  EXPECT_EQ(pointer_of(text, "IJ003"), "/jobID");
  const std::string nested = job_with(R"("timeoutConfig": {"inProgressTimeoutMinutes": 5})");
  EXPECT_EQ(span_of(nested, "IJ003"), "5:21-5:47");
  EXPECT_EQ(pointer_of(nested, "IJ003"), "/timeoutConfig/inProgressTimeoutMinutes");
  const std::string catalog = catalog_with(R"("jobId": "x")");
  EXPECT_EQ(span_of(catalog, "IJ003"), "6:5-6:12");
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
