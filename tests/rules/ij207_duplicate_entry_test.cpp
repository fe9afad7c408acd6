// IJ207 duplicate-entry: each list, exact comparison, position of the repeat.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

constexpr const char* kT1 = "\"arn:aws:iot:us-east-1:123456789012:thing/a\"";
constexpr const char* kT2 = "\"arn:aws:iot:us-east-1:123456789012:thing/b\"";
constexpr const char* kP1 = "\"arn:aws:iot:us-east-1:123456789012:package/fw/version/1.0\"";
constexpr const char* kP2 = "\"arn:aws:iot:us-east-1:123456789012:package/fw/version/2.0\"";

std::string abort_types(const std::string& a, const std::string& b) {
  auto c = [](const std::string& t) {
    return "{\"failureType\": " + t + ", \"action\": \"CANCEL\", \"thresholdPercentage\": 10, "
           "\"minNumberOfExecutedThings\": 5}";
  };
  return "\"abortConfig\": {\"criteriaList\": [" + c(a) + ", " + c(b) + "]}";
}

std::string retry_types(const std::string& a, const std::string& b) {
  return "\"jobExecutionsRetryConfig\": {\"criteriaList\": [{\"failureType\": " + a +
         ", \"numberOfRetries\": 1}, {\"failureType\": " + b + ", \"numberOfRetries\": 2}]}";
}

std::string targets(const std::string& a, const std::string& b) {
  return "{\n  \"jobId\": \"fw-1\",\n  \"targets\": [" + a + ", " + b +
         "],\n  \"documentSource\": \"https://s3.amazonaws.com/bucket/job.json\"\n}\n";
}

TEST(IJ207DuplicateEntry, BoundaryTable) {
  expect_table("IJ207",
               {
                   {job_with(R"("tags": [{"Key": "team"}, {"Key": "team"}])"), true},
                   {job_with(R"("tags": [{"Key": "team", "Value": "a"}, {"Key": "team", "Value": "b"}])"), true},
                   {job_with(R"("tags": [{"Key": "team"}, {"Key": "Team"}])"), false},  // exact, no case folding
                   {job_with(R"("tags": [{"Key": "team"}, {"Key": "team "}])"), false},
                   {job_with(R"("tags": [{"Key": "a", "Value": "x"}, {"Key": "b", "Value": "x"}])"), false},  // values may repeat
                   {job_with(R"("tags": [{"Key": 1}, {"Key": 1}])"), false},  // IJ004 only
                   {targets(kT1, kT1), true},
                   {targets(kT1, kT2), false},
                   {targets("\"not-an-arn\"", "\"not-an-arn\""), true},  // IJ205 and IJ207: a repeat all the same
                   {job_with(std::string("\"destinationPackageVersions\": [") + kP1 + ", " + kP1 + "]"), true},
                   {job_with(std::string("\"destinationPackageVersions\": [") + kP1 + ", " + kP2 + "]"), false},
                   {job_with(abort_types("\"FAILED\"", "\"FAILED\"")), true},
                   {job_with(abort_types("\"FAILED\"", "\"REJECTED\"")), false},
                   {job_with(abort_types("\"FAILED\"", "\"failed\"")), false},  // IJ204 only
                   {job_with(retry_types("\"TIMED_OUT\"", "\"TIMED_OUT\"")), true},
                   {job_with(retry_types("\"TIMED_OUT\"", "\"ALL\"")), false},
                   {record_with(std::string("\"targets\": [") + kT1 + ", " + kT1 + "]"), true},
                   {catalog_with(std::string("\"targets\": [") + kT1 + ", " + kT1 + "]"), true},
                   {catalog_with("", R"("tags": ["team:a", "team:a"])"), false},  // catalog tags may repeat
               },
               [](const std::string& s) { return s; });
}

TEST(IJ207DuplicateEntry, AbortAndRetryListsAreSeparate) {
  EXPECT_NOT_FIRES("IJ207", job_with(abort_types("\"FAILED\"", "\"ALL\"") + ",\n  " + retry_types("\"FAILED\"", "\"ALL\"")));
}

TEST(IJ207DuplicateEntry, EveryRepeatAfterTheFirstIsReported) {
  std::string text = "{\n  \"jobId\": \"fw-1\",\n  \"targets\": [" + std::string(kT1) + ", " + kT1 + ", " + kT2 + ", " +
                     kT1 + "],\n  \"documentSource\": \"https://s3.amazonaws.com/bucket/job.json\"\n}\n";
  EXPECT_EQ(count(lint(text), "IJ207"), 2);
}

TEST(IJ207DuplicateEntry, PointsAtTheSecondTagsKeyValue) {
  std::string text = job_with("\"tags\": [\n    {\"Key\": \"team\"},\n    {\"Key\": \"team\"}\n  ]");
  EXPECT_EQ(spans(text, "IJ207"), std::vector<std::string>{"7:13-7:19"});
  EXPECT_EQ(pointer_of(text, "IJ207"), "/tags/1/Key");
  EXPECT_EQ(messages(text, "IJ207"), std::vector<std::string>{"Key \"team\" repeats the Key of tags[0]"});
  EXPECT_EQ(related_of(text, "IJ207"), std::vector<std::string>{"6:13-6:19 /tags/0/Key: first Key \"team\" here"});
}

TEST(IJ207DuplicateEntry, PointsAtTheSecondTarget) {
  std::string text = targets(kT1, kT1);
  EXPECT_EQ(spans(text, "IJ207"), std::vector<std::string>{"3:61-3:105"});
  EXPECT_EQ(pointer_of(text, "IJ207"), "/targets/1");
  EXPECT_EQ(messages(text, "IJ207"),
            std::vector<std::string>{"targets[1] \"arn:aws:iot:us-east-1:123456789012:thing/a\" repeats targets[0]"});
  EXPECT_EQ(related_of(text, "IJ207"), std::vector<std::string>{"3:15-3:59 /targets/0: first entry here"});
}

TEST(IJ207DuplicateEntry, EveryRepeatRelatesTheFirstEntry) {
  std::string text = "{\n  \"jobId\": \"fw-1\",\n  \"targets\": [\n    " + std::string(kT1) + ",\n    " + kT2 + ",\n    " + kT1 +
                     ",\n    " + kT1 + "\n  ],\n  \"documentSource\": \"https://s3.amazonaws.com/bucket/job.json\"\n}\n";
  auto r = lint(text);
  ASSERT_EQ(count(r, "IJ207"), 2) << describe(r);
  EXPECT_EQ(related_of(r.diagnostics[0]), std::vector<std::string>{"4:5-4:49 /targets/0: first entry here"});
  EXPECT_EQ(related_of(r.diagnostics[1]), std::vector<std::string>{"4:5-4:49 /targets/0: first entry here"});
}

TEST(IJ207DuplicateEntry, PointsAtTheSecondFailureType) {
  std::string text = job_with(abort_types("\"FAILED\"", "\"FAILED\""));
  auto s = spans(text, "IJ207");
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(pointer_of(text, "IJ207"), "/abortConfig/criteriaList/1/failureType");
  EXPECT_EQ(messages(text, "IJ207"),
            std::vector<std::string>{"failureType \"FAILED\" repeats the failureType of criteriaList[0]"});
  EXPECT_EQ(s, std::vector<std::string>{"5:158-5:166"});
  EXPECT_EQ(related_of(text, "IJ207"),
            std::vector<std::string>{"5:52-5:60 /abortConfig/criteriaList/0/failureType: first failureType \"FAILED\" here"});
}

}  // namespace
}  // namespace ijl::test
