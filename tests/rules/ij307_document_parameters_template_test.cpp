// IJ307 document-parameters-template: managed, custom, malformed and absent templates; position.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string with_template(const std::string& tmpl) {
  std::string out = "{\n  \"jobId\": \"fw-1\",\n  \"targets\": [\"arn:aws:iot:us-east-1:123456789012:thinggroup/sensors\"],\n";
  if (!tmpl.empty()) out += "  \"jobTemplateArn\": " + tmpl + ",\n";
  else out += "  \"documentSource\": \"https://s3.amazonaws.com/bucket/job.json\",\n";
  return out + "  \"documentParameters\": {\"pathToHandler\": \"/opt/h\"}\n}\n";
}

TEST(IJ307DocumentParametersTemplate, BoundaryTable) {
  expect_table("IJ307",
               {
                   {R"("arn:aws:iot:us-east-1::jobtemplate/AWS-Reboot:1.0")", false},
                   {R"("arn:aws-cn:iot:cn-north-1::jobtemplate/AWS-Download-File:1.0")", false},
                   {R"("arn:aws:iot:us-east-1:123456789012:jobtemplate/reboot")", true},
                   {R"("arn:aws:iot:us-east-1:123456789012:jobtemplate/AWS-Reboot:1.0")", true},  // has an account
                   // a managed template's ARN with a bad part: one mistake, IJ205 only
                   {R"("arn:aws:iot:us-east-1::jobtemplate/AWS-Reboot")", false},      // no version
                   {R"("arn:aws:iot:us-east-1::jobtemplate/Reboot:1.0")", false},      // no AWS- prefix
                   {R"("arn:aws:iot:us-east-99a::jobtemplate/AWS-Reboot:1.0")", false},  // region
                   {R"("arn:aws-xx:iot:us-east-1::jobtemplate/AWS-Reboot:1.0")", false},  // partition
                   {R"("arn:aws:iam:us-east-1::jobtemplate/AWS-Reboot:1.0")", false},    // service
                   // a customer template with a bad part: two mistakes, IJ205 and IJ307
                   {R"("arn:aws:iot:moon:123456789012:jobtemplate/reboot")", true},
                   {R"("arn:aws:iot:us-east-1:12345:jobtemplate/reboot")", true},
                   {R"("AWS-Reboot:1.0")", true},                                     // not an ARN at all
                   {R"("")", true},                                                // IJ202 and IJ307
                   {"5", false},                                                   // IJ004 only
                   {"", true},                                                     // no template
               },
               with_template);
}

TEST(IJ307DocumentParametersTemplate, OneMistakeOneFinding) {
  auto codes_for = [](const std::string& arn) { return codes(lint(with_template("\"" + arn + "\""))); };
  EXPECT_EQ(codes_for("arn:aws:iot:us-east-99a::jobtemplate/AWS-Reboot:1.0"), std::vector<std::string>{"IJ205"});
  EXPECT_EQ(codes_for("arn:aws:iot:us-east-1::jobtemplate/AWS-Reboot"), std::vector<std::string>{"IJ205"});
  EXPECT_EQ(codes_for("arn:aws:iot:moon:123456789012:jobtemplate/reboot"), (std::vector<std::string>{"IJ205", "IJ307"}));
  // whether or not IJ205 is selected
  LintOptions o = default_options();
  o.selected.assign(registry().rules.size(), true);
  o.selected[*registry().find("IJ205")] = false;
  auto r = lint(with_template(R"("arn:aws:iot:us-east-99a::jobtemplate/AWS-Reboot:1.0")"), "job.json", o);
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
}

TEST(IJ307DocumentParametersTemplate, NoParametersNoDiagnostic) {
  EXPECT_NOT_FIRES("IJ307", job_with(""));
  EXPECT_NOT_FIRES("IJ307", job_with(R"("documentParameters": 5)"));  // IJ004 only
  EXPECT_FIRES("IJ307", job_with(R"("documentParameters": {})"));
}

TEST(IJ307DocumentParametersTemplate, EachDialectsSpelling) {
  EXPECT_FIRES("IJ307", record_with(R"("documentParameters": {"a": "b"})"));
  EXPECT_NOT_FIRES("IJ307", record_with(
      R"("jobTemplateArn": "arn:aws:iot:us-east-1::jobtemplate/AWS-Reboot:1.0", "documentParameters": {"a": "b"})"));
  std::string catalog = catalog_with(R"("document_parameters": {"a": "b"})");
  EXPECT_EQ(messages(catalog, "IJ307"),
            std::vector<std::string>{"document_parameters needs an AWS managed job template, but there is no job_template_arn"});
  EXPECT_NOT_FIRES("IJ307", catalog_with(
      R"("job_template_arn": "arn:aws:iot:us-east-1::jobtemplate/AWS-Reboot:1.0", "document_parameters": {"a": "b"})"));
}

TEST(IJ307DocumentParametersTemplate, PointsAtTheDocumentParametersKey) {
  std::string text = with_template(R"("arn:aws:iot:us-east-1:123456789012:jobtemplate/reboot")");
  EXPECT_EQ(spans(text, "IJ307"), std::vector<std::string>{"5:3-5:23"});
  EXPECT_EQ(pointer_of(text, "IJ307"), "/documentParameters");
  EXPECT_EQ(messages(text, "IJ307"),
            std::vector<std::string>{"documentParameters needs an AWS managed job template, but jobTemplateArn "
                                     "\"arn:aws:iot:us-east-1:123456789012:jobtemplate/reboot\" is not one "
                                     "(arn:{partition}:iot:{region}::jobtemplate/AWS-{name}:{version})"});
}

}  // namespace
}  // namespace ijl::test
