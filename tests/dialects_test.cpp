// Job templates and CloudFormation: detection, the template relation (IJ301), intrinsic
// functions and placeholders as unknown values, fields the command line supplies.
#include "rules/rule_test_util.hpp"
#include "detect.hpp"
#include "json_loader.hpp"
#include "yaml_loader.hpp"

namespace ijl::test {
namespace {

std::optional<Dialect> detect_yaml(const std::string& text) {
  YamlLoadResult r = load_yaml(text);
  EXPECT_TRUE(r.ok && r.documents.size() == 1) << text;
  return r.documents.empty() ? std::nullopt : detect_dialect(r.documents[0]);
}

TEST(Dialects, Detection) {
  EXPECT_EQ(detect_yaml("jobTemplateId: t\ndescription: d\n"), Dialect::CreateJobTemplate);
  EXPECT_EQ(detect_yaml("JobTemplateId: t\n"), Dialect::CreateJobTemplate);  // any spelling
  EXPECT_EQ(detect_yaml("jobTemplateId: t\njobTemplateArn: a\n"), Dialect::DescribeJobTemplate);
  EXPECT_EQ(detect_yaml("jobTemplateId: t\ncreatedAt: 1\n"), Dialect::DescribeJobTemplate);
  EXPECT_EQ(detect_yaml("Resources:\n  T:\n    Type: AWS::IoT::JobTemplate\n"), Dialect::CloudFormation);
  EXPECT_EQ(detect_yaml("Resources:\n  T:\n    Type: AWS::IoT::Thing\n"), std::nullopt);  // no JobTemplate
  EXPECT_EQ(detect_yaml("resources:\n  T:\n    Type: AWS::IoT::JobTemplate\n"), std::nullopt);  // CloudFormation's case
  EXPECT_EQ(detect_yaml("Resources:\n  T:\n    Type: !Ref X\n"), std::nullopt);
  // a template is not a create-job request, whatever else it holds
  EXPECT_EQ(detect_yaml("jobTemplateId: t\ntargets: [a]\ndocument: d\n"), Dialect::CreateJobTemplate);
}

const std::string kTemplate = R"({"jobTemplateId": "t", "description": "d")";

TEST(Dialects, TemplateTakesOneDocumentOrAJobArn) {
  expect_table("IJ301", {
      {kTemplate + R"(, "documentSource": "https://s3.amazonaws.com/bucket/k.json"})", false},
      {kTemplate + R"(, "document": "{}"})", false},
      {kTemplate + R"(, "jobArn": "arn:aws:iot:us-east-1:123456789012:job/j"})", false},
      {kTemplate + "}", true},
      {kTemplate + R"(, "jobTemplateArn": "arn:aws:iot:us-east-1:123456789012:jobtemplate/t"})", false},  // a describe-job-template response
      {kTemplate + R"(, "jobId": "j"})", true},
      {kTemplate + R"(, "document": "{}", "documentSource": "https://s3.amazonaws.com/bucket/k.json"})", true},
  });
  EXPECT_EQ(message_of(kTemplate + "}", "IJ301"),
            "neither document nor documentSource is given, and there is no jobArn");
}

TEST(Dialects, TemplateFields) {
  EXPECT_EQ(codes_of(kTemplate + R"(, "document": "{}", "targets": ["x"]})"), Codes{"IJ003"});
  EXPECT_EQ(codes_of(R"({"jobTemplateId": "t", "document": "{}"})"), Codes{"IJ005"});  // description
  EXPECT_EQ(message_of(R"({"jobTemplateId": "t", "document": "{}"})", "IJ005"),
            R"(missing required field "description")");
  // maintenanceWindows at the top level, with the job's rules
  EXPECT_EQ(codes_of(kTemplate + R"x(, "document": "{}", "maintenanceWindows": [{"startTime": "cron(0 2 ? * SAT *)", "durationInMinutes": 1431}]})x"),
            Codes{"IJ201"});
  // a describe-job-template response: null is absent, nothing is required
  EXPECT_EQ(codes_of(R"({"jobTemplateId": "t", "createdAt": 1700000000, "timeoutConfig": null,
                       "abortConfig": {"criteriaList": [{"failureType": "FAILED", "action": "CANCEL",
                       "thresholdPercentage": 1.001, "minNumberOfExecutedThings": 1}]}})"),
            Codes{"IJ101"});
}

const std::string kCfnHead = "Resources:\n  T:\n    Type: AWS::IoT::JobTemplate\n    Properties:\n"
                             "      JobTemplateId: t\n      Description: d\n      Document: '{}'\n";

TEST(Dialects, CloudFormationValuesAsIntrinsicsAreUnknown) {
  auto cfn = [](const std::string& more) { return codes_of(kCfnHead + more, "template.yaml"); };
  EXPECT_EQ(cfn(""), Codes{});
  EXPECT_EQ(cfn("      TimeoutConfig:\n        InProgressTimeoutInMinutes: 0\n"), Codes{"IJ104"});
  EXPECT_EQ(cfn("      TimeoutConfig:\n        InProgressTimeoutInMinutes: !Ref Timeout\n"), Codes{});
  EXPECT_EQ(cfn("      TimeoutConfig:\n        InProgressTimeoutInMinutes: {Ref: Timeout}\n"), Codes{});
  EXPECT_EQ(cfn("      TimeoutConfig:\n        InProgressTimeoutInMinutes: {'Fn::If': [c, 1, 2]}\n"), Codes{});
  EXPECT_EQ(cfn("      TimeoutConfig: !If [c, {InProgressTimeoutInMinutes: 0}, !Ref AWS::NoValue]\n"), Codes{});
  EXPECT_EQ(cfn("      Tags:\n        - !Ref TeamTag\n"), Codes{});
  // an object of two keys is no intrinsic
  EXPECT_EQ(cfn("      TimeoutConfig:\n        InProgressTimeoutInMinutes: {Ref: a, b: c}\n"), Codes{"IJ004"});
  // an intrinsic counts as present for relations: Document and DocumentSource both given
  EXPECT_EQ(cfn("      DocumentSource: !Sub 'https://${B}.s3.amazonaws.com/k.json'\n"), Codes{"IJ301"});
  // required fields given as intrinsics are present
  EXPECT_EQ(codes_of("Resources:\n  T:\n    Type: AWS::IoT::JobTemplate\n    Properties:\n"
                     "      JobTemplateId: !Ref Id\n      Description: !Ref D\n      DocumentSource: !Ref S\n",
                     "template.yaml"),
            Codes{});
  // in a create-job request, {"Ref": …} is just an object where a number belongs
  EXPECT_EQ(codes_of(job_with(R"("timeoutConfig": {"inProgressTimeoutInMinutes": {"Ref": "T"}})")), Codes{"IJ004"});
}

TEST(Dialects, CloudFormationLintsOnlyJobTemplates) {
  const std::string text =
      "Resources:\n"
      "  Bucket:\n    Type: AWS::S3::Bucket\n    Properties:\n      Whatever: 1\n"
      "  T:\n    Type: AWS::IoT::JobTemplate\n    Condition: IsProd\n    DependsOn: [Bucket]\n"
      "    Properties:\n      JobTemplateId: t\n      Description: d\n      Document: '{}'\n"
      "      PresignedUrlConfig:\n        RoleArn: !GetAtt Role.Arn\n        ExpiresInSec: 30\n"
      "  U:\n    Type: AWS::IoT::JobTemplate\n    Propertys: {}\n";
  auto r = lint(text, "template.yaml");
  EXPECT_EQ(describe(r),
            "IJ103 16:23 ExpiresInSec 30 is outside 60..3600\n"
            "IJ005 17:3 missing required field \"Properties\" in U; found \"Propertys\" instead\n"
            "IJ003 19:5 unknown field \"Propertys\" in U; did you mean \"Properties\"?\n");
  EXPECT_EQ(pointer_of(text, "IJ103", "template.yaml"), "/Resources/T/Properties/PresignedUrlConfig/ExpiresInSec");
  EXPECT_EQ(r.dialect, Dialect::CloudFormation);
}

TEST(Dialects, CloudFormationTightensTheSchemaWithTheApi) {
  auto cfn = [](const std::string& more) { return codes_of(kCfnHead + more, "template.yaml"); };
  // the schema allows IncrementFactor 1; the API wants at least 1.1
  const std::string rate = "      JobExecutionsRolloutConfig:\n        ExponentialRolloutRate:\n"
                           "          BaseRatePerMinute: 1\n          RateIncreaseCriteria: {NumberOfNotifiedThings: 1}\n";
  EXPECT_EQ(cfn(rate + "          IncrementFactor: 1.1\n"), Codes{});
  EXPECT_EQ(cfn(rate + "          IncrementFactor: 1\n"), Codes{"IJ201"});
  // the schema wants a Tag Value of at least 1 character, the API does not
  EXPECT_EQ(cfn("      Tags:\n        - {Key: k, Value: v}\n"), Codes{});
  EXPECT_EQ(cfn("      Tags:\n        - {Key: k, Value: ''}\n"), Codes{"IJ202"});
  EXPECT_EQ(cfn("      Tags:\n        - {Key: k}\n"), Codes{"IJ005"});
  // the API wants both fields of a retry criterion, the schema neither
  EXPECT_EQ(cfn("      JobExecutionsRetryConfig:\n        RetryCriteriaList:\n          - {FailureType: ALL}\n"),
            Codes{"IJ005"});
  // expiresInSec's range is IJ103's alone, not also IJ201's
  EXPECT_EQ(cfn("      PresignedUrlConfig: {RoleArn: 'arn:aws:iam::123456789012:role/r', ExpiresInSec: 3601}\n"),
            Codes{"IJ103"});
}

TEST(Dialects, PlaceholdersAreUnknown) {
  std::string error;
  LintOptions o = default_options();
  o.placeholders = std::make_shared<const Placeholders>(*Placeholders::compile({R"(\$\{[^}]+\})", R"(\{\{[^}]+\}\})"}, error));
  auto codes_with = [&](const std::string& text) { return codes(lint(text, "job.json", o)); };
  const std::string timeout = job_with(R"("timeoutConfig": {"inProgressTimeoutInMinutes": "${TIMEOUT}"})");
  EXPECT_EQ(codes_with(timeout), Codes{});
  EXPECT_EQ(codes(lint(timeout)), Codes{"IJ004"});  // not configured: a string where a number belongs
  EXPECT_EQ(codes_with(R"({"jobId": "{{ job_id }}", "targets": ["{{ group_arn }}"], "document": "{}"})"), Codes{});
  EXPECT_EQ(codes_with(R"({"jobId": "fw 1", "targets": ["{{ group_arn }}"], "document": "{}"})"), Codes{"IJ203"});
  // AWS IoT's own ${aws:iot:…} placeholders stay what they are: IJ306 still sees the document
  const std::string presigned =
      job_with(R"("document": "{\"url\": \"${aws:iot:s3-presigned-url:https://s3.amazonaws.com/b/k}\"}")");
  EXPECT_EQ(count(lint(presigned.substr(0, presigned.find("\"documentSource\"")) +
                           presigned.substr(presigned.find("\"document\":")),
                       "job.json", o),
                  "IJ306"),
            1);
  EXPECT_FALSE(o.placeholders->holds("${aws:iot:s3-presigned-url:https://s3.amazonaws.com/b/k}"));
  EXPECT_TRUE(o.placeholders->holds("prefix-${STAGE}"));
}

TEST(Dialects, SuppliedFieldsAreNotMissing) {
  LintOptions o = default_options();
  o.supplied_fields = {"job_id", "Targets"};  // any spelling
  const std::string text = R"({"documentSource": "https://s3.amazonaws.com/bucket/k.json", "description": "d"})";
  EXPECT_EQ(codes(lint(text, "job.json", o)), Codes{}) << describe(lint(text, "job.json", o));
  // they count as evidence of a job only beside a document the file gives
  EXPECT_EQ(codes(lint(R"({"description": "a package.json"})", "job.json", o)), Codes{"IJ006"});
  o.supplied_fields = {"jobId", "targets", "documentSource"};
  EXPECT_EQ(codes(lint(R"({"jobId": "j", "targets": ["arn:aws:iot:us-east-1:123456789012:thing/a"]})", "job.json", o)),
            Codes{});
  o.supplied_fields = {"jobId"};
  EXPECT_EQ(codes(lint(R"({"targets": ["arn:aws:iot:us-east-1:123456789012:thing/a"], "document": "{}"})", "job.json", o)),
            Codes{});
  // only at the top level
  o.supplied_fields = {"criteriaList"};
  EXPECT_EQ(codes(lint(job_with(R"("abortConfig": {})"), "job.json", o)), Codes{"IJ005"});
}

}  // namespace
}  // namespace ijl::test
