// IJ310 region-account-mismatch: the reference ARN, each part, ignored ARNs, account_id, positions.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string thing(const std::string& partition, const std::string& region, const std::string& account) {
  return "\"arn:" + partition + ":iot:" + region + ":" + account + ":thing/t\"";
}

constexpr const char* kA = "\"arn:aws:iot:us-east-1:123456789012:thing/a\"";

std::string targets(const std::vector<std::string>& arns, const std::string& extra = "") {
  std::string out = "{\n  \"jobId\": \"fw-1\",\n  \"targets\": [";
  for (std::size_t i = 0; i < arns.size(); ++i) out += (i ? ",\n    " : "\n    ") + arns[i];
  out += "\n  ],\n  \"documentSource\": \"https://s3.amazonaws.com/bucket/job.json\"";
  if (!extra.empty()) out += ",\n  " + extra;
  return out + "\n}\n";
}

TEST(IJ310RegionAccountMismatch, BoundaryTable) {
  struct R {
    std::string name, text;
    bool fires;
  };
  for (const auto& r : std::vector<R>{
           {"same", targets({kA, thing("aws", "us-east-1", "123456789012")}), false},
           {"one ARN", targets({kA}), false},
           {"region", targets({kA, thing("aws", "us-east-2", "123456789012")}), true},
           {"account", targets({kA, thing("aws", "us-east-1", "123456789013")}), true},
           {"partition", targets({kA, thing("aws-us-gov", "us-east-1", "123456789012")}), true},
           {"malformed ARN ignored", targets({kA, thing("aws", "useast1", "999999999999")}), false},  // IJ205 only
           {"bad account ignored", targets({kA, thing("aws", "us-west-2", "12345")}), false},  // IJ205 only
           {"not a string", targets({kA, "5"}), false},
           {"package version", targets({kA}, R"("destinationPackageVersions": ["arn:aws:iot:eu-west-1:123456789012:package/p/version/1"])"), true},
           {"package version same", targets({kA}, R"("destinationPackageVersions": ["arn:aws:iot:us-east-1:123456789012:package/p/version/1"])"), false},
           {"customer template", targets({kA}, R"("jobTemplateArn": "arn:aws:iot:us-east-1:210987654321:jobtemplate/t")"), true},
           {"managed template ignored", targets({kA}, R"("jobTemplateArn": "arn:aws:iot:eu-west-1::jobtemplate/AWS-Reboot:1.0")"), false},
           {"role ARN ignored", targets({kA}, R"("presignedUrlConfig": {"roleArn": "arn:aws:iam::210987654321:role/R"})"), false},
       }) {
    SCOPED_TRACE(r.name);
    if (r.fires) {
      EXPECT_FIRES("IJ310", r.text);
    } else {
      EXPECT_NOT_FIRES("IJ310", r.text);
    }
  }
}

TEST(IJ310RegionAccountMismatch, TheFirstArnIsTheReference) {
  // two of three in eu-west-1: the first (us-east-1) still decides
  std::string text = targets({kA, thing("aws", "eu-west-1", "123456789012"), thing("aws", "eu-west-1", "123456789012")});
  EXPECT_EQ(spans(text, "IJ310"), (std::vector<std::string>{"5:5-5:49", "6:5-6:49"}));
  EXPECT_EQ(pointer_of(text, "IJ310"), "/targets/1");
  EXPECT_EQ(messages(text, "IJ310")[0],
            "targets[1] \"arn:aws:iot:eu-west-1:123456789012:thing/t\": region \"eu-west-1\" differs from "
            "\"us-east-1\" in targets[0]");
  // each differing ARN relates the reference, not the ARN before it
  auto r = lint(text);
  ASSERT_EQ(count(r, "IJ310"), 2) << describe(r);
  for (const auto& d : r.diagnostics) {
    if (d.rule->code != "IJ310") continue;  // the repeated ARN is IJ207 too
    EXPECT_EQ(related_of(d), std::vector<std::string>{"4:5-4:49 /targets/0: the reference ARN, the job's first, has region \"us-east-1\""});
  }
}

TEST(IJ310RegionAccountMismatch, OneDiagnosticPerArnNamingEveryPart) {
  std::string text = targets({kA, thing("aws-cn", "cn-north-1", "210987654321")});
  auto m = messages(text, "IJ310");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0],
            "targets[1] \"arn:aws-cn:iot:cn-north-1:210987654321:thing/t\": partition \"aws-cn\" differs from \"aws\" "
            "in targets[0]; region \"cn-north-1\" differs from \"us-east-1\" in targets[0]; account "
            "\"210987654321\" differs from \"123456789012\" in targets[0]");
  EXPECT_EQ(related_of(text, "IJ310"),
            std::vector<std::string>{"4:5-4:49 /targets/0: the reference ARN, the job's first, has partition \"aws\", "
                                     "region \"us-east-1\" and account \"123456789012\""});
}

TEST(IJ310RegionAccountMismatch, AMalformedFirstArnIsNotTheReference) {
  std::string text = targets({thing("aws", "nowhere", "123456789012"), thing("aws", "eu-west-1", "123456789012"),
                              thing("aws", "eu-west-1", "123456789012")});
  EXPECT_NOT_FIRES("IJ310", text);
}

TEST(IJ310RegionAccountMismatch, RecordJobArn) {
  std::string text = record_with(
      "\"jobArn\": \"arn:aws:iot:us-west-2:123456789012:job/fw-1\",\n    \"targets\": [\"arn:aws:iot:us-east-1:123456789012:thing/a\"]");
  EXPECT_EQ(spans(text, "IJ310"), std::vector<std::string>{"6:17-6:61"});
  EXPECT_EQ(pointer_of(text, "IJ310"), "/job/targets/0");
  EXPECT_EQ(messages(text, "IJ310"),
            std::vector<std::string>{"targets[0] \"arn:aws:iot:us-east-1:123456789012:thing/a\": region \"us-east-1\" "
                                     "differs from \"us-west-2\" in jobArn"});
  EXPECT_EQ(related_of(text, "IJ310"),
            std::vector<std::string>{"5:15-5:60 /job/jobArn: the reference ARN, the job's first, has region \"us-west-2\""});
}

TEST(IJ310RegionAccountMismatch, CatalogComparesAccountsWithAccountId) {
  // the first ARN's account differs from account_id, so it is reported too
  std::string text = catalog_with(
      "\"job_arn\": \"arn:aws:iot:us-east-1:210987654321:job/fw-1\",\n"
      "    \"targets\": [\"arn:aws:iot:us-east-1:210987654321:thing/a\", \"arn:aws:iot:us-east-1:123456789012:thing/b\"]");
  auto m = messages(text, "IJ310");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0],
            "job_arn \"arn:aws:iot:us-east-1:210987654321:job/fw-1\": account \"210987654321\" differs from "
            "account_id \"123456789012\"");
  EXPECT_EQ(pointer_of(text, "IJ310"), "/job/job_arn");
  EXPECT_EQ(related_of(text, "IJ310"), std::vector<std::string>{"2:17-2:31 /account_id: the record's account_id is \"123456789012\""});
  EXPECT_NOT_FIRES("IJ310", catalog_with(R"("targets": ["arn:aws:iot:us-east-1:123456789012:thing/a"])"));
}

TEST(IJ310RegionAccountMismatch, CatalogRelatesTheReferenceArnAndAccountId) {
  std::string text = catalog_with(
      "\"job_arn\": \"arn:aws:iot:us-east-1:123456789012:job/fw-1\",\n"
      "    \"targets\": [\"arn:aws:iot:eu-west-1:210987654321:thing/a\"]");
  EXPECT_EQ(spans(text, "IJ310"), std::vector<std::string>{"7:17-7:61"});
  EXPECT_EQ(messages(text, "IJ310"),
            std::vector<std::string>{"targets[0] \"arn:aws:iot:eu-west-1:210987654321:thing/a\": region \"eu-west-1\" "
                                     "differs from \"us-east-1\" in job_arn; account \"210987654321\" differs from "
                                     "account_id \"123456789012\""});
  EXPECT_EQ(related_of(text, "IJ310"),
            (std::vector<std::string>{"6:16-6:61 /job/job_arn: the reference ARN, the job's first, has region \"us-east-1\"",
                                      "2:17-2:31 /account_id: the record's account_id is \"123456789012\""}));
}

TEST(IJ310RegionAccountMismatch, CatalogWithoutAValidAccountIdUsesTheFirstArn) {
  std::string extra = R"("targets": ["arn:aws:iot:us-east-1:210987654321:thing/a", "arn:aws:iot:us-east-1:210987654321:thing/b"])";
  std::string text = catalog_with(extra);
  text.replace(text.find("123456789012"), 12, "12345");  // IJ406
  EXPECT_NOT_FIRES("IJ310", text);
  EXPECT_FIRES("IJ406", text);
}

}  // namespace
}  // namespace ijl::test
