// IJ006 not-a-job: documents that are not objects, or objects without the evidence of a job.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

const std::string kJob =
    R"({"jobId": "x", "targets": ["arn:aws:iot:us-east-1:123456789012:thing/a"], "documentSource": "https://s3.amazonaws.com/bucket/job.json"})";

TEST(IJ006NotAJob, Table) {
  expect_table("IJ006", {
      {kJob, false},
      {R"("a string")", true},
      {"42", true},
      {"true", true},
      {"null", true},
      {"{}", true},
      {R"({"name": "my-package", "version": "1.0.0"})", true},
      {R"({"description": "x", "version": "1.0.0"})", true},  // a package.json
      // strong evidence only: a top-level jobId, in any spelling
      {R"({"jobId": "x"})", false},
      {R"({"job_id": "x"})", false},
      {R"({"JobId": "x"})", false},
      {R"({"JOBID": "x"})", false},
      // or targets beside document, documentSource or jobTemplateArn
      {R"({"targets": []})", true},                         // a create-ota-update request has targets
      {R"({"otaUpdateId": "u", "targets": ["t"], "files": []})", true},
      {R"({"targets": [], "document": "{}"})", false},
      {R"({"Targets": [], "DocumentSource": "s"})", false},
      {R"({"targets": [], "job_template_arn": "a"})", false},
      {R"({"document": "{}", "documentSource": "https://s3.amazonaws.com/bucket/job.json"})", true},  // no targets
      // or a job record: a job object holding jobId or jobArn, or a job beside account_id or documentSource
      {R"({"job": {"jobId": "x"}})", false},
      {R"({"Job": {"JobArn": "a"}})", false},
      {R"({"job": {}, "documentSource": "https://s3.amazonaws.com/bucket/job.json"})", false},
      {R"({"job": 5, "account_id": "123456789012"})", false},
      {R"({"job": {}})", true},
      {R"({"job": 5})", true},
      {R"({"job": {"name": "x"}})", true},
      {R"({"jobs": [{"jobId": "x"}]})", true},               // list-jobs output
      {R"({"tags": []})", true},
      {R"({"document_source": "https://s3.amazonaws.com/bucket/job.json"})", true},
      {R"({"account_id": "123456789012"})", true},
      {R"({"description": "d", "properties": {"jobId": {"type": "string"}}})", true},  // a JSON Schema
      {"[" + kJob + "]", false},
      {"[" + kJob + ", 5]", true},                        // an element that is not an object
      {"[" + kJob + R"(, {"name": "x"}])", true},
      {"[[" + kJob + "]]", true},                         // arrays do not nest
  });
}

TEST(IJ006NotAJob, PointsAtTheFirstCharacterOfTheValue) {
  EXPECT_EQ(span_of(R"(  "a string")", "IJ006"), "1:3-1:4");
  EXPECT_EQ(span_of("\n\t 42\n", "IJ006"), "2:3-2:4");
  EXPECT_EQ(span_of("\xEF\xBB\xBF true", "IJ006"), "1:2-1:3");
  EXPECT_EQ(span_of("{\n  \"name\": \"x\"\n}", "IJ006"), "1:1-1:2");
  EXPECT_EQ(pointer_of("5", "IJ006"), "");
  EXPECT_EQ(message_of("5", "IJ006"), "not an AWS IoT job: the document is a number");
  EXPECT_EQ(message_of("{}", "IJ006"),
            "not an AWS IoT job: the object has no jobId, no targets beside document, documentSource or "
            "jobTemplateArn, no job record, no jobTemplateId and no AWS::IoT::JobTemplate resource");
}

TEST(IJ006NotAJob, EachArrayElement) {
  // an array of documents with a non-object element: IJ006 at that element, pointer /1
  const std::string text = "[\n  " + kJob + ",\n  5,\n  {\"name\": \"x\"},\n  \"s\"\n]";
  auto r = lint(text);
  ASSERT_EQ(codes(r), (Codes{"IJ006", "IJ006", "IJ006"})) << describe(r);
  EXPECT_EQ(span_of(r, "IJ006"), "3:3-3:4");
  EXPECT_EQ(r.diagnostics[0].pointer, std::vector<std::string>{"1"});
  EXPECT_EQ(r.diagnostics[1].pointer, std::vector<std::string>{"2"});
  EXPECT_EQ(r.diagnostics[1].start.line, 4u);
  EXPECT_EQ(r.diagnostics[2].pointer, std::vector<std::string>{"3"});
  EXPECT_EQ(r.diagnostics[2].start.line, 5u);
}

TEST(IJ006NotAJob, OnlyNotAnObjectWithDialectGiven) {
  LintOptions o = default_options();
  o.dialect = Dialect::CreateJob;
  auto r = lint(R"({"name": "x"})", "job.json", o);
  EXPECT_EQ(count(r, "IJ006"), 0) << describe(r);
  EXPECT_EQ(count(r, "IJ003"), 1) << describe(r);
  r = lint("[1]", "job.json", o);
  EXPECT_EQ(codes(r), Codes{"IJ006"});
}

TEST(IJ006NotAJob, SkippedSilentlyWhileWalking) {
  const LintOptions o = default_options();
  for (const char* text : {"5", "{}", R"({"name": "x"})", "[1, 2]"}) {
    FileReport r = lint_bytes(text, InputFormat::Json, o, /*named=*/false);
    EXPECT_TRUE(r.diagnostics.empty()) << text << "\n" << describe(r);
    EXPECT_FALSE(r.is_job) << text;
  }
  // a job file found while walking still reports its non-job elements
  FileReport r = lint_bytes("[" + kJob + ", 5]", InputFormat::Json, o, false);
  EXPECT_EQ(codes(r), Codes{"IJ006"});
}

}  // namespace
}  // namespace ijl::test
