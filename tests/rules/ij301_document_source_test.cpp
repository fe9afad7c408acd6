// IJ301 document-source: both, neither, templates, types, dialects, positions.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

constexpr const char* kHead =
    "{\n  \"jobId\": \"fw-1\",\n  \"targets\": [\"arn:aws:iot:us-east-1:123456789012:thinggroup/sensors\"]";

std::string job_of(const std::string& members) {
  return std::string(kHead) + (members.empty() ? "" : ",\n  " + members) + "\n}\n";
}

TEST(IJ301DocumentSource, BoundaryTable) {
  expect_table("IJ301",
               {
                   {R"("document": "{}")", false},
                   {R"("documentSource": "https://s3.amazonaws.com/b/j.json")", false},
                   {R"("document": "{}", "documentSource": "https://s3.amazonaws.com/b/j.json")", true},
                   {R"("documentSource": "https://s3.amazonaws.com/b/j.json", "document": "{}")", true},
                   {R"("document": "{}", "documentSource": "")", true},  // IJ202 and IJ301
                   {R"("document": "", "documentSource": "https://s3.amazonaws.com/b/j.json")", true},
                   {"", true},
                   {R"("jobTemplateArn": "arn:aws:iot:us-east-1:123456789012:jobtemplate/t")", false},
                   {R"("jobTemplateArn": "arn:aws:iot:us-east-1::jobtemplate/AWS-Reboot:1.0")", false},
                   {R"("jobTemplateArn": "not-an-arn")", false},  // IJ205 only: a template is given
                   {R"("jobTemplateArn": 7)", false},             // IJ004 only
                   {R"("document": 5, "documentSource": "https://s3.amazonaws.com/b/j.json")", false},  // IJ004 only
                   {R"("document": null)", false},                // IJ004 only
               },
               job_of);
}

TEST(IJ301DocumentSource, RecordsAreNotCreateJobRequests) {
  EXPECT_NOT_FIRES("IJ301", record_with(""));
  EXPECT_NOT_FIRES("IJ301", catalog_with(""));
  EXPECT_NOT_FIRES("IJ301", "{\n  \"documentSource\": \"https://s3.amazonaws.com/b/j.json\",\n" + record_with("").substr(2));
}

TEST(IJ301DocumentSource, BothPointsAtTheLaterKey) {
  std::string text = job_of("\"documentSource\": \"https://s3.amazonaws.com/b/j.json\",\n  \"document\": \"{}\"");
  EXPECT_EQ(spans(text, "IJ301"), std::vector<std::string>{"5:3-5:13"});
  EXPECT_EQ(pointer_of(text, "IJ301"), "/document");
  EXPECT_EQ(messages(text, "IJ301"),
            std::vector<std::string>{
                "document and documentSource are both given; a job takes its document from exactly one of them"});
  text = job_of("\"document\": \"{}\",\n  \"documentSource\": \"https://s3.amazonaws.com/b/j.json\"");
  EXPECT_EQ(spans(text, "IJ301"), std::vector<std::string>{"5:3-5:19"});
  EXPECT_EQ(pointer_of(text, "IJ301"), "/documentSource");
}

TEST(IJ301DocumentSource, NeitherPointsAtTheTopLevelObject) {
  std::string text = job_of("");
  EXPECT_EQ(spans(text, "IJ301"), std::vector<std::string>{"1:1-1:2"});
  EXPECT_EQ(pointer_of(text, "IJ301"), "");
  EXPECT_EQ(messages(text, "IJ301"),
            std::vector<std::string>{"neither document nor documentSource is given, and there is no jobTemplateArn"});
}

TEST(IJ301DocumentSource, NeitherInAnArrayElementPointsAtItsBrace) {
  std::string text = "[\n  {\"jobId\": \"a\", \"targets\": [\"arn:aws:iot:us-east-1:123456789012:thing/t\"]}\n]\n";
  EXPECT_EQ(spans(text, "IJ301"), std::vector<std::string>{"2:3-2:4"});
  EXPECT_EQ(pointer_of(text, "IJ301"), "/0");
}

TEST(IJ301DocumentSource, DuplicateKeysUseTheLaterValue) {
  std::string text = job_of("\"document\": \"{}\",\n  \"document\": 5,\n  \"documentSource\": \"https://s3.amazonaws.com/b/j.json\"");
  EXPECT_NOT_FIRES("IJ301", text);  // the later document is of the wrong type
  text = job_of("\"document\": 5,\n  \"document\": \"{}\",\n  \"documentSource\": \"https://s3.amazonaws.com/b/j.json\"");
  EXPECT_FIRES("IJ301", text);
}

}  // namespace
}  // namespace ijl::test
