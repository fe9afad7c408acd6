// IJ002 duplicate-key: the later key of a repeated pair; both values still linted.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

TEST(IJ002DuplicateKey, Table) {
  expect_table("IJ002", {
      {job_with(""), false},
      {job_with(R"("jobId": "fw-2")"), true},
      {job_with(R"("JobId": "fw-2")"), false},  // keys differ in case: IJ003, not IJ002
      {job_with(R"("job_id": "fw-2")"), false},  // another dialect's spelling is another key
      {job_with(R"("job\u0049d": "fw-2")"), true},  // the same key once unescaped
      {job_with(R"("timeoutConfig": {"inProgressTimeoutInMinutes": 5, "inProgressTimeoutInMinutes": 6})"), true},
      {job_with(R"("timeoutConfig": {"inProgressTimeoutInMinutes": 5}, "presignedUrlConfig": {"expiresInSec": 60})"), false},
      {job_with(R"("abortConfig": {"criteriaList": [{"failureType": "FAILED", "action": "CANCEL", "action": "CANCEL", "thresholdPercentage": 1, "minNumberOfExecutedThings": 1}]})"), true},
      {job_with(R"("documentParameters": {"a": "x", "a": "y"})"), true},
      // inside values that binding does not enter: a wrong type, a map's value, a list's item
      {job_with(R"("description": {"a": 1, "a": 2})"), true},
      {job_with(R"("documentParameters": {"a": {"b": 1, "b": 2}})"), true},
      {job_with(R"("documentParameters": {"a": [{"b": 1, "b": 2}]})"), true},
      {job_with(R"("targets": ["arn:aws:iot:us-east-1:123456789012:thing/a", {"b": 1, "b": 2}])"), true},
      {job_with(R"("description": {"a": 1, "b": 2})"), false},
      {record_with(R"("jobId": "fw-2")"), true},
      {record_with(R"("createdAt": "2026-11-21T10:00:00Z")"), true},
      {catalog_with(R"("job_id": "fw-2")"), true},
      {catalog_with(R"("jobId": "fw-2")"), false},  // describe-job spelling in a catalog record: IJ003
      {R"({"job": {"jobId": "x"}, "job": {"jobId": "y"}})", true},
      {R"([{"jobId": "x", "jobId": "y"}])", true},
      // the value under an unknown key is not linted (docs/rules/IJ003.md)
      {job_with(R"("unknownThing": {"a": 1, "a": 2})"), false},
      {job_with(R"("unknownThing": 1, "unknownThing": 2)"), true},  // the unknown key itself repeats
  });
}

TEST(IJ002DuplicateKey, PointsAtTheLaterKeyAndRelatesTheFirst) {
  const std::string text = job_with(R"("jobId": "fw-2")");
  EXPECT_EQ(span_of(text, "IJ002"), "5:3-5:10");
  EXPECT_EQ(message_of(text, "IJ002"), R"(duplicate key "jobId")");
  EXPECT_EQ(pointer_of(text, "IJ002"), "/jobId");
  EXPECT_EQ(related_of(text, "IJ002"), std::vector<std::string>{"2:3-2:10 /jobId: first defined here"});

  const std::string nested = record_with("\"createdAt\":\n      \"2026-11-21T10:00:00Z\"");
  EXPECT_EQ(span_of(nested, "IJ002"), "5:5-5:16");
  EXPECT_EQ(message_of(nested, "IJ002"), R"(duplicate key "createdAt")");
  EXPECT_EQ(pointer_of(nested, "IJ002"), "/job/createdAt");
  EXPECT_EQ(related_of(nested, "IJ002"), std::vector<std::string>{"4:5-4:16 /job/createdAt: first defined here"});

  const std::string catalog = catalog_with(R"("job_id": "fw-2")");
  EXPECT_EQ(span_of(catalog, "IJ002"), "6:5-6:13");
  EXPECT_EQ(related_of(catalog, "IJ002"), std::vector<std::string>{"4:5-4:13 /job/job_id: first defined here"});
}

TEST(IJ002DuplicateKey, EachRepeatRelatesTheFirst) {
  auto r = lint("{\n\"jobId\":\"x\",\n\"jobId\":\"y\",\n\"jobId\":\"z\",\n"
                "\"targets\":[\"arn:aws:iot:us-east-1:123456789012:thing/a\"],\"documentSource\":\"s\"}");
  ASSERT_EQ(count(r, "IJ002"), 2) << describe(r);
  EXPECT_EQ(r.diagnostics[0].start.line, 3u);
  EXPECT_EQ(r.diagnostics[1].start.line, 4u);
  EXPECT_EQ(r.diagnostics[0].message, R"(duplicate key "jobId")");
  EXPECT_EQ(related_of(r.diagnostics[0]), std::vector<std::string>{"2:1-2:8 /jobId: first defined here"});
  EXPECT_EQ(related_of(r.diagnostics[1]), std::vector<std::string>{"2:1-2:8 /jobId: first defined here"});
}

TEST(IJ002DuplicateKey, RelatedKeyInAnArrayDocumentAndPastNonAsciiText) {
  // the pointer carries the document's index; columns count code points, not bytes
  auto r = lint("[{\"description\": \"Grüße\", \"jobId\": \"x\", \"jobId\": \"y\"}]");
  ASSERT_EQ(count(r, "IJ002"), 1) << describe(r);
  EXPECT_EQ(related_of(r, "IJ002"), std::vector<std::string>{"1:27-1:34 /0/jobId: first defined here"});
}

TEST(IJ002DuplicateKey, BothValuesAreLinted) {
  // the first jobId breaks the pattern, the later one the length
  const std::string text = "{\n  \"jobId\": \"a b\",\n"
                           "  \"targets\": [\"arn:aws:iot:us-east-1:123456789012:thing/a\"],\n"
                           "  \"documentSource\": \"https://s3.amazonaws.com/bucket/job.json\",\n  \"jobId\": \"" + repeat("a", 65) + "\"\n}\n";
  auto r = lint(text);
  EXPECT_EQ(codes(r), (Codes{"IJ203", "IJ002", "IJ202"})) << describe(r);
  EXPECT_EQ(span_of(r, "IJ203"), "2:12-2:17");
  EXPECT_EQ(span_of(r, "IJ202"), "5:12-5:79");
  // limit rules too: the first timeout is out of range
  EXPECT_EQ(codes_of(job_with(R"("timeoutConfig": {"inProgressTimeoutInMinutes": 0, "inProgressTimeoutInMinutes": 5})")),
            (Codes{"IJ104", "IJ002"}));
}

TEST(IJ002DuplicateKey, RelationsUseTheLaterValue) {
  // the schedule window (IJ108 here) is a relation: only the later startTime is judged
  EXPECT_EQ(codes_of(job_with(R"("schedulingConfig": {"startTime": "2026-11-27T00:10", "startTime": "2026-12-01T10:00"})")),
            Codes{"IJ002"});
  EXPECT_EQ(codes_of(job_with(R"("schedulingConfig": {"startTime": "2026-12-01T10:00", "startTime": "2026-11-27T00:10"})")),
            (Codes{"IJ002", "IJ108"}));
  // the record's reference time is the later createdAt
  EXPECT_EQ(count(lint(record_with(R"("createdAt": "2026-12-01T09:45:00Z", "schedulingConfig": {"startTime": "2026-12-01T10:00"})")),
                  "IJ106"),
            1);
}

}  // namespace
}  // namespace ijl::test
