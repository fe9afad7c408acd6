// Dialect detection by strong evidence, key spellings, and the job-key scan of broken files.
#include <gtest/gtest.h>

#include "detect.hpp"
#include "json_loader.hpp"

namespace ijl {
namespace {

std::optional<Dialect> detect(const std::string& json) {
  LoadResult r = load_json(json);
  EXPECT_TRUE(r.ok) << json;
  return detect_dialect(r.root);
}

TEST(Detect, SameFieldNameInAnySpelling) {
  for (const char* key : {"jobId", "job_id", "JobId", "JOBID", "jobid", "Job_Id", "_job_id_"}) {
    EXPECT_TRUE(same_field_name(key, "jobId")) << key;
  }
  for (const char* key : {"job-id", "jobIds", "jobI", "", "job id"}) {
    EXPECT_FALSE(same_field_name(key, "jobId")) << key;
  }
  EXPECT_TRUE(same_field_name("document_source", "documentSource"));
  EXPECT_FALSE(same_field_name("document", "documentSource"));
}

TEST(Detect, Dialects) {
  EXPECT_EQ(detect(R"({"jobId": "x"})"), Dialect::CreateJob);
  EXPECT_EQ(detect(R"({"JobId": "x", "Targets": []})"), Dialect::CreateJob);  // copied from CloudFormation
  EXPECT_EQ(detect(R"({"targets": [], "jobTemplateArn": "a"})"), Dialect::CreateJob);
  EXPECT_EQ(detect(R"({"job": {"jobId": "x"}})"), Dialect::DescribeJob);
  EXPECT_EQ(detect(R"({"job": {"job_id": "x", "job_arn": "a"}})"), Dialect::Catalog);  // more snake than camel
  EXPECT_EQ(detect(R"({"job": {"job_id": "x", "jobArn": "a"}})"), Dialect::DescribeJob);  // a tie
  EXPECT_EQ(detect(R"({"job": {"jobId": "x"}, "account_id": "1"})"), Dialect::Catalog);
  EXPECT_EQ(detect(R"({"job": null, "documentSource": "s"})"), Dialect::DescribeJob);
  // a record beats a stray jobId beside it
  EXPECT_EQ(detect(R"({"jobId": "x", "job": {"jobArn": "a"}})"), Dialect::DescribeJob);
}

TEST(Detect, OrdinaryFilesAreNotJobs) {
  for (const char* json : {
           R"({"name": "infra", "version": "1.0.0", "description": "x"})",                       // package.json
           R"({"$schema": "http://json-schema.org/draft-07/schema#", "description": "d",
               "properties": {"jobId": {"type": "string"}, "targets": {"type": "array"}}})",     // a JSON Schema
           R"({"openapi": "3.0.3", "tags": [{"name": "jobs"}], "paths": {}})",                 // OpenAPI
           R"({"otaUpdateId": "u", "targets": ["t"], "files": [], "roleArn": "r"})",           // create-ota-update
           R"({"jobs": [{"jobArn": "a", "jobId": "x"}]})",                                      // list-jobs output
           R"({"operation": "install", "files": [{"url": "${aws:iot:s3-presigned-url:x}"}]})",  // a job document
           R"({"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}})",
           R"({"job": {"name": "build"}})",
           "[]", "{}", "5"}) {
    EXPECT_EQ(detect(json), std::nullopt) << json;
  }
}

TEST(Detect, BrokenJsonShowsJobKeys) {
  EXPECT_TRUE(text_shows_job_key(R"({"jobId": "x",})", false));
  EXPECT_TRUE(text_shows_job_key("{\n  // comment\n  \"JobArn\" :\n \"a\"", false));
  EXPECT_TRUE(text_shows_job_key(R"({"job": {"document_source"  : 1)", false));
  EXPECT_TRUE(text_shows_job_key(R"({"jobTemplateId":)", false));
  EXPECT_TRUE(text_shows_job_key(R"({"Type": "AWS::IoT::JobTemplate", })", false));
  // a value, not a key; other keys; an escaped quote inside a string
  EXPECT_FALSE(text_shows_job_key(R"({"name": "jobId", "x": 1,})", false));
  EXPECT_FALSE(text_shows_job_key(R"({"targets": [], "document": "{}",})", false));
  EXPECT_FALSE(text_shows_job_key(R"({"a": "say \"jobId\": no",})", false));
  EXPECT_FALSE(text_shows_job_key("{\n  // jobId: x\n  \"compilerOptions\": {}\n}", false));
  EXPECT_FALSE(text_shows_job_key("", false));
  EXPECT_FALSE(text_shows_job_key("\"jobId", false));
}

TEST(Detect, BrokenYamlShowsJobKeys) {
  EXPECT_TRUE(text_shows_job_key("jobId: {{ .Values.id }}\n", true));
  EXPECT_TRUE(text_shows_job_key("job:\n  job_arn: x\n  bad: [\n", true));
  EXPECT_TRUE(text_shows_job_key("- \"documentSource\" : s\n", true));
  EXPECT_TRUE(text_shows_job_key("items:\n  - - JobTemplateId: t\n", true));
  EXPECT_FALSE(text_shows_job_key("name: {{ .Values.jobId }}\n", true));
  EXPECT_FALSE(text_shows_job_key("# jobId: commented out\nkey: [\n", true));
  EXPECT_FALSE(text_shows_job_key("description: the jobId: field\n", true));
  EXPECT_FALSE(text_shows_job_key("jobIdentifier: x\n", true));
}

}  // namespace
}  // namespace ijl
