// IJ311 document-source-url: the documented S3 object URL forms, their edges, one shape diagnostic.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string source(const std::string& url) {
  return "{\n  \"jobId\": \"fw-1\",\n  \"targets\": [\"arn:aws:iot:us-east-1:123456789012:thinggroup/sensors\"],\n"
         "  \"documentSource\": \"" + url + "\"\n}\n";
}

TEST(IJ311DocumentSourceUrl, DocumentedForms) {
  std::vector<Row> rows;
  for (const char* ok : {
           // path style: the legacy global endpoint, s3.REGION, s3-REGION
           "https://s3.amazonaws.com/bucket/job.json",
           "https://s3.us-west-2.amazonaws.com/example-firmware/device-firmware.1.0",
           "https://s3-us-west-2.amazonaws.com/bucket/job.json",
           "https://s3.us-gov-west-1.amazonaws.com/bucket/job.json",
           // virtual-hosted style
           "https://bucket.s3.amazonaws.com/job.json",
           "https://acme-iot-jobs.s3.us-east-1.amazonaws.com/firmware/2.4.1/job.json",
           "https://my-bucket.s3-us-west-2.amazonaws.com/job.json",
           "https://my.dotted.bucket.s3.eu-central-1.amazonaws.com/job.json",
           // China
           "https://s3.cn-north-1.amazonaws.com.cn/bucket/job.json",
           "https://bucket.s3.cn-northwest-1.amazonaws.com.cn/job.json",
           "https://s3-cn-north-1.amazonaws.com.cn/bucket/job.json",
           // keys: any characters, nested, a query string after them
           "https://s3.amazonaws.com/bucket/a/b/c%20d.json",
           "https://s3.amazonaws.com/bucket/job.json?versionId=3",
           // buckets: 3 characters, 255, and the legacy upper case and underscore
           "https://s3.amazonaws.com/abc/job.json",
           "https://s3.amazonaws.com/Legacy_Bucket/job.json",
       }) {
    rows.push_back({source(ok), false});
  }
  rows.push_back({source("https://s3.amazonaws.com/" + repeat("b", 255) + "/job.json"), false});
  expect_table("IJ311", rows);
}

TEST(IJ311DocumentSourceUrl, OtherForms) {
  std::vector<Row> rows;
  for (const char* bad : {
           "s3://bucket/job.json",                          // an S3 URI, not an object URL
           "http://s3.amazonaws.com/bucket/job.json",      // not https
           "HTTPS://s3.amazonaws.com/bucket/job.json",
           "s",
           "https://example.com/job.json",
           "https://bucket.s3.amazonaws.com.evil.example/job.json",
           "https://s3.amazonaws.com:443/bucket/job.json",  // a port is not among the forms
           "https://s3.dualstack.us-east-1.amazonaws.com/bucket/job.json",
           "https://bucket.s3-accelerate.amazonaws.com/job.json",
           "https://s3.moon.amazonaws.com/bucket/job.json",  // not a region
           "https://bucket.s3.us-east-1.amazonaws.org/job.json",
           "https://s3.amazonaws.com/bucket",                // no key
           "https://s3.amazonaws.com/bucket/",
           "https://s3.amazonaws.com/bucket/?versionId=3",
           "https://bucket.s3.amazonaws.com",
           "https://bucket.s3.amazonaws.com/",
           "https://s3.amazonaws.com/",                      // no bucket
           "https://s3.amazonaws.com//job.json",
           "https://.s3.amazonaws.com/job.json",
           "https://s3.amazonaws.com/ab/job.json",           // a 2-character bucket
           "https://s3.amazonaws.com/my%20bucket/job.json",  // not a bucket character
           "https://s3.amazonaws.com/bücket/job.json",
       }) {
    rows.push_back({source(bad), true});
  }
  rows.push_back({source("https://s3.amazonaws.com/" + repeat("b", 256) + "/job.json"), true});
  expect_table("IJ311", rows);
}

TEST(IJ311DocumentSourceUrl, Messages) {
  expect_messages("IJ311", {
      {source("s3://b/k"), R"(documentSource "s3://b/k" is not an https:// S3 object URL)"},
      {source("https://example.com/job.json"),
       R"(documentSource "https://example.com/job.json" is not an S3 object URL: "example.com" is not an Amazon S3 host)"},
      {source("https://s3.amazonaws.com/bucket"), R"(documentSource "https://s3.amazonaws.com/bucket" has no object key)"},
      {source("https://bucket.s3.amazonaws.com/"), R"(documentSource "https://bucket.s3.amazonaws.com/" has no object key)"},
      {source("https://s3.amazonaws.com//job.json"), R"(documentSource "https://s3.amazonaws.com//job.json" has no bucket)"},
      {source("https://s3.amazonaws.com/ab/job.json"),
       R"(documentSource "https://s3.amazonaws.com/ab/job.json" has bucket "ab", which is not a bucket name (3 to 255 letters, digits, '.', '-', '_'))"},
  });
}

TEST(IJ311DocumentSourceUrl, OneShapeDiagnostic) {
  // an empty value is IJ202 only; a wrong type IJ004 only; too long IJ202 only
  EXPECT_EQ(codes_of(source("")), Codes{"IJ202"});
  const std::string head = R"({"jobId": "fw-1", "targets": ["arn:aws:iot:us-east-1:123456789012:thing/a"], )";
  EXPECT_EQ(codes_of(head + R"("documentSource": 5})"), Codes{"IJ004"});
  EXPECT_EQ(codes_of(head + R"("documentSource": ["s3://b/k"]})"), Codes{"IJ004"});
  EXPECT_EQ(codes_of(source("s3://" + repeat("b", 1346))), Codes{"IJ202"});
  EXPECT_EQ(codes_of(source("s3://" + repeat("b", 1345))), Codes{"IJ311"});
  // with IJ202 not selected, IJ311 judges the empty value
  auto r = lint(source(""), "job.json", without("IJ202"));
  EXPECT_EQ(codes(r), Codes{"IJ311"}) << describe(r);
  // relation rules still look at it: documentSource beside document is IJ301 too
  EXPECT_EQ(codes_of(head + R"("documentSource": "s3://b/k", "document": "{}"})"), (Codes{"IJ311", "IJ301"}));
}

TEST(IJ311DocumentSourceUrl, EachDialect) {
  const std::string url = "s3://bucket/job.json";
  const std::string record = R"({"documentSource": ")" + url + R"(", "job": {"jobId": "fw-1"}})";
  EXPECT_EQ(codes_of(record), Codes{"IJ311"});
  EXPECT_EQ(pointer_of(record, "IJ311"), "/documentSource");
  const std::string catalog = R"({"account_id": "123456789012", "document_source": ")" + url + R"(", "job": {"job_id": "fw-1"}})";
  EXPECT_EQ(message_of(catalog, "IJ311"), R"(document_source "s3://bucket/job.json" is not an https:// S3 object URL)");
  const std::string yaml = "jobId: fw-1\ntargets: [arn:aws:iot:us-east-1:123456789012:thing/a]\ndocumentSource: " + url + "\n";
  EXPECT_EQ(codes_of(yaml, "job.yaml"), Codes{"IJ311"});
  EXPECT_EQ(span_of(yaml, "IJ311", "job.yaml"), "3:17-3:37");
  // a CloudFormation intrinsic function is resolved at deploy time: left alone
  const std::string sub = "jobId: fw-1\ntargets: [arn:aws:iot:us-east-1:123456789012:thing/a]\n"
                          "documentSource: !Sub 'https://${Bucket}.s3.amazonaws.com/job.json'\n";
  EXPECT_EQ(codes_of(sub, "job.yaml"), Codes{});
}

TEST(IJ311DocumentSourceUrl, PointsAtTheValue) {
  const std::string text = source("s3://b/k");
  EXPECT_EQ(span_of(text, "IJ311"), "4:21-4:31");
  EXPECT_EQ(pointer_of(text, "IJ311"), "/documentSource");
}

}  // namespace
}  // namespace ijl::test
