// IJ205 arn-format: each ARN kind, part by part (partition, service, region, account, resource).
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string target(const std::string& arn) {
  return R"({"jobId": "x", "targets": [")" + arn + R"("], "documentSource": "s"})";
}
std::string role(const std::string& arn) { return job_with(R"("presignedUrlConfig": {"roleArn": ")" + arn + "\"}"); }
std::string tmpl(const std::string& arn) { return job_with(R"("jobTemplateArn": ")" + arn + "\""); }
std::string package(const std::string& arn) { return job_with(R"("destinationPackageVersions": [")" + arn + "\"]"); }
std::string job_arn(const std::string& arn) { return record_with(R"("jobArn": ")" + arn + "\""); }

TEST(IJ205ArnFormat, Targets) {
  expect_table("IJ205", {
      {target("arn:aws:iot:us-east-1:123456789012:thing/sensor-1"), false},
      {target("arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"), false},
      {target("arn:aws-cn:iot:cn-north-1:123456789012:thing/a"), false},
      {target("arn:aws-us-gov:iot:us-gov-west-1:123456789012:thing/a"), false},
      {target("arn:aws:iot:ap-southeast-2:123456789012:thing/a"), false},
      {target("arn:aws-foo:iot:us-east-1:123456789012:thing/a"), true},   // partition
      {target("arn:AWS:iot:us-east-1:123456789012:thing/a"), true},
      {target("arn::iot:us-east-1:123456789012:thing/a"), true},
      {target("arn:aws:iam:us-east-1:123456789012:thing/a"), true},       // service
      {target("arn:aws:IoT:us-east-1:123456789012:thing/a"), true},
      {target("arn:aws:iot:useast1:123456789012:thing/a"), true},         // region
      {target("arn:aws:iot::123456789012:thing/a"), true},
      {target("arn:aws:iot:US-east-1:123456789012:thing/a"), true},
      {target("arn:aws:iot:us-east-12:123456789012:thing/a"), true},
      {target("arn:aws:iot:u-east-1:123456789012:thing/a"), true},
      {target("arn:aws:iot:us-east-1a:123456789012:thing/a"), true},
      {target("arn:aws:iot:us-gov-east-1:123456789012:thing/a"), false},  // [a-z]{2}(-gov)?-[a-z]+-[0-9]
      {target("arn:aws:iot:us-gov-1:123456789012:thing/a"), false},       // matches with [a-z]+ = gov
      {target("arn:aws:iot:us-east-1:12345678901:thing/a"), true},        // account: 11 digits
      {target("arn:aws:iot:us-east-1:1234567890123:thing/a"), true},      // 13
      {target("arn:aws:iot:us-east-1:12345678901a:thing/a"), true},
      {target("arn:aws:iot:us-east-1::thing/a"), true},
      {target("arn:aws:iot:us-east-1:123456789012:thing/"), true},        // resource
      {target("arn:aws:iot:us-east-1:123456789012:thinggroup/"), true},
      {target("arn:aws:iot:us-east-1:123456789012:thingx/a"), true},
      {target("arn:aws:iot:us-east-1:123456789012:job/a"), true},
      {target("arn:aws:iot:us-east-1:123456789012:a"), true},
      {target("arn:aws:iot:us-east-1:123456789012"), true},               // five parts
      {target("aws:iot:us-east-1:123456789012:thing/a"), true},
      {target("arn:aws:iot:us-east-1:123456789012:thing/a b"), true},     // outside [!-~]
      {target("arn:aws:iot:us-east-1:123456789012:thing/\xC3\xA9"), true},
      {target(""), true},  // a target has no minimum length: not an ARN
      {record_with(R"("targets": ["arn:aws:iot:us-east-1:123456789012:thing"])"), true},
  });
}

TEST(IJ205ArnFormat, PackageVersions) {
  expect_table("IJ205", {
      {package("arn:aws:iot:us-east-1:123456789012:package/firmware/version/1.0.2"), false},
      {package("arn:aws-cn:iot:us-east-1:123456789012:package/firmware/version/1.0.2"), false},
      {package("arn:aws-x:iot:us-east-1:123456789012:package/p/version/1"), true},
      {package("arn:aws:s3:us-east-1:123456789012:package/p/version/1"), true},
      {package("arn:aws:iot:east-1:123456789012:package/p/version/1"), true},
      {package("arn:aws:iot:us-east-1:1234:package/p/version/1"), true},
      {package("arn:aws:iot:us-east-1:123456789012:package/p"), true},
      {package("arn:aws:iot:us-east-1:123456789012:package/p/version/"), true},
      {package("arn:aws:iot:us-east-1:123456789012:package//version/1"), true},
      {package("arn:aws:iot:us-east-1:123456789012:thing/p/version/1"), true},
      {catalog_with(R"("destination_package_versions": ["arn:aws:iot:us-east-1:123456789012:package/p/version/1"])"), false},
      {catalog_with(R"("destination_package_versions": ["arn:aws:iot:us-east-1:123456789012:package/p"])"), true},
  });
}

TEST(IJ205ArnFormat, RoleArn) {
  expect_table("IJ205", {
      {role("arn:aws:iam::123456789012:role/JobSigner"), false},
      {role("arn:aws:iam::123456789012:role/service-role/iot/JobSigner"), false},
      {role("arn:aws-cn:iam::123456789012:role/JobSigner"), false},
      {role("arn:aws-eu:iam::123456789012:role/JobSigner"), true},     // partition
      {role("arn:aws:iot::123456789012:role/JobSigner"), true},        // service
      {role("arn:aws:iam:us-east-1:123456789012:role/JobSigner"), true},  // region must be empty
      {role("arn:aws:iam::12345678901:role/JobSigner"), true},         // account
      {role("arn:aws:iam:::role/JobSigner12345"), true},
      {role("arn:aws:iam::123456789012:user/JobSigner"), true},        // resource
      {role("arn:aws:iam::123456789012:role/"), true},
      {role("arn:aws:iam::123456789012:role/path/"), true},
      {role("arn:aws:iam::123456789012:JobSigner"), true},
      {catalog_with(R"("presigned_url_config": {"role_arn": "arn:aws:iam::123456789012:role/JobSigner"})"), false},
      {catalog_with(R"("presigned_url_config": {"role_arn": "arn:aws:iam::123456789012:user/JobSigner"})"), true},
  });
}

TEST(IJ205ArnFormat, JobTemplateArn) {
  expect_table("IJ205", {
      {tmpl("arn:aws:iot:us-east-1:123456789012:jobtemplate/my-template"), false},
      {tmpl("arn:aws:iot:us-east-1::jobtemplate/AWS-Download-File:1.0"), false},  // AWS managed
      {tmpl("arn:aws-cn:iot:cn-north-1::jobtemplate/AWS-Reboot:1.0"), false},
      {tmpl("arn:aws:iot:us-east-1::jobtemplate/Download-File:1.0"), true},     // managed needs AWS-
      {tmpl("arn:aws:iot:us-east-1::jobtemplate/AWS-Download-File"), true},     // and a version
      {tmpl("arn:aws:iot:us-east-1::jobtemplate/AWS-:1.0"), true},
      {tmpl("arn:aws:iot:us-east-1::jobtemplate/AWS-Download-File:"), true},
      {tmpl("arn:aws:iot:us-east-1::jobtemplate/my-template"), true},
      {tmpl("arn:awz:iot:us-east-1:123456789012:jobtemplate/t"), true},        // partition
      {tmpl("arn:aws:iam:us-east-1:123456789012:jobtemplate/t"), true},        // service
      {tmpl("arn:aws:iot:us_east_1:123456789012:jobtemplate/t"), true},        // region
      {tmpl("arn:aws:iot::123456789012:jobtemplate/t"), true},
      {tmpl("arn:aws:iot:us-east-1:123:jobtemplate/t"), true},                 // account
      {tmpl("arn:aws:iot:us-east-1:123456789012:jobtemplate/"), true},         // resource
      {tmpl("arn:aws:iot:us-east-1:123456789012:template/t"), true},
      {catalog_with(R"("job_template_arn": "arn:aws:iot:us-east-1::jobtemplate/AWS-Download-File:1.0")"), false},
  });
}

TEST(IJ205ArnFormat, JobArn) {
  expect_table("IJ205", {
      {job_arn("arn:aws:iot:us-east-1:123456789012:job/fw-1"), false},
      {job_arn("arn:aws-us-gov:iot:us-gov-west-1:123456789012:job/fw-1"), false},
      {job_arn("arn:aws-xx:iot:us-east-1:123456789012:job/fw-1"), true},
      {job_arn("arn:aws:iam:us-east-1:123456789012:job/fw-1"), true},
      {job_arn("arn:aws:iot:us-east:123456789012:job/fw-1"), true},
      {job_arn("arn:aws:iot:us-east-1:1234567890:job/fw-1"), true},
      {job_arn("arn:aws:iot:us-east-1:123456789012:job/"), true},
      {job_arn("arn:aws:iot:us-east-1:123456789012:jobs/fw-1"), true},
      {job_arn(""), true},  // jobArn has no length limit
      {catalog_with(R"("job_arn": "arn:aws:iot:us-east-1:123456789012:job/fw-1")"), false},
      {catalog_with(R"("job_arn": "arn:aws:iot:us-east-1:123456789012:job/")"), true},
  });
}

TEST(IJ205ArnFormat, MessageNamesThePart) {
  auto msg = [](const std::string& arn) { return message_of(target(arn), "IJ205"); };
  const std::string head = "targets[0] \"";
  EXPECT_EQ(msg("arn:aws-foo:iot:us-east-1:123456789012:thing/a"),
            head + "arn:aws-foo:iot:us-east-1:123456789012:thing/a\" is not a valid thing or thing group ARN: "
                   "partition 'aws-foo' is not aws, aws-cn or aws-us-gov");
  EXPECT_NE(msg("arn:aws:iam:us-east-1:123456789012:thing/a").find("service 'iam' should be 'iot'"), std::string::npos);
  EXPECT_NE(msg("arn:aws:iot:useast1:123456789012:thing/a").find("region 'useast1' is not a region like us-east-1"),
            std::string::npos);
  EXPECT_NE(msg("arn:aws:iot:us-east-1:1234:thing/a").find("account '1234' is not twelve digits"), std::string::npos);
  EXPECT_NE(msg("arn:aws:iot:us-east-1:123456789012:job/a").find("resource 'job/a' is not thing/{name} or thinggroup/{name}"),
            std::string::npos);
  EXPECT_NE(message_of(role("arn:aws:iam:us-east-1:123456789012:role/x"), "IJ205")
                .find("region 'us-east-1' should be empty in an IAM role ARN"),
            std::string::npos);
  EXPECT_NE(message_of(tmpl("arn:aws:iot:us-east-1::jobtemplate/Download-File:1.0"), "IJ205")
                .find("is not an AWS managed template jobtemplate/AWS-{name}:{version}"),
            std::string::npos);
}

TEST(IJ205ArnFormat, OneShapeDiagnostic) {
  EXPECT_EQ(codes_of(role("")), Codes{"IJ202"});          // an empty roleArn is IJ202, not also IJ205
  EXPECT_EQ(codes_of(tmpl("")), Codes{"IJ202"});
  EXPECT_EQ(codes_of(package("")), Codes{"IJ202"});
  EXPECT_EQ(codes_of(role("arn:aws:iam::1:role")), Codes{"IJ202"});  // 19 characters
  EXPECT_EQ(codes_of(role("arn:aws:iam::123456789012:role/a b")), Codes{"IJ205"});  // not IJ203
  EXPECT_EQ(codes_of(role("arn:aws:iam::123456789012:user/x")), Codes{"IJ205"});
  EXPECT_EQ(codes_of(job_with(R"("presignedUrlConfig": {"roleArn": 12345678901234567890123})")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(job_with(R"("jobTemplateArn": null)")), Codes{"IJ004"});
}

TEST(IJ205ArnFormat, PointsAtTheValue) {
  const std::string t = target("arn:aws:iot:us-east-1:123456789012:thing/");
  EXPECT_EQ(span_of(t, "IJ205"), "1:28-1:71");
  EXPECT_EQ(pointer_of(t, "IJ205"), "/targets/0");
  const std::string r = role("arn:aws:iam::123456789012:user/x");
  EXPECT_EQ(span_of(r, "IJ205"), "5:37-5:71");
  EXPECT_EQ(pointer_of(r, "IJ205"), "/presignedUrlConfig/roleArn");
  const std::string c = catalog_with(R"("job_arn": "arn:aws:iot:us-east-1:123456789012:job/")");
  EXPECT_EQ(span_of(c, "IJ205"), "6:16-6:57");
  EXPECT_EQ(message_of(c, "IJ205"),
            R"(job_arn "arn:aws:iot:us-east-1:123456789012:job/" is not a valid job ARN: resource 'job/' is not job/{jobId})");
}

}  // namespace
}  // namespace ijl::test
