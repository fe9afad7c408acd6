// IJ103 presigned-url-expiry: expiresInSec within 60..3600 inclusive.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string with_expiry(const std::string& v) {
  return job_with(R"("presignedUrlConfig": {"expiresInSec": )" + v + "}");
}
std::string record_expiry(const std::string& v) {
  return record_with(R"("presignedUrlConfig": {"expiresInSec": )" + v + "}");
}
std::string catalog_expiry(const std::string& v) {
  return catalog_with(R"("presigned_url_config": {"expires_in_sec": )" + v + "}");
}

TEST(IJ103PresignedUrlExpiry, Edges) {
  expect_table("IJ103", {
      {with_expiry("59"), true},     // first that fails below
      {with_expiry("60"), false},    // last that passes
      {with_expiry("61"), false},
      {with_expiry("3600"), false},  // last that passes
      {with_expiry("3601"), true},   // first that fails above
      {with_expiry("0"), true},
      {with_expiry("-0"), true},
      {with_expiry("-60"), true},
      {with_expiry("9223372036854775807"), true},  // the largest long
      {job_with(R"("presignedUrlConfig": {})"), false},  // absent: AWS's default 3600
      {job_with(R"("presignedUrlConfig": {"roleArn": "arn:aws:iam::123456789012:role/JobSigner"})"), false},
  });
}

TEST(IJ103PresignedUrlExpiry, Dialects) {
  expect_table("IJ103", {
      {record_expiry("59"), true},
      {record_expiry("60"), false},
      {record_expiry("3600"), false},
      {record_expiry("3601"), true},
      {record_expiry("null"), false},  // null means absent in records
      {catalog_expiry("59"), true},
      {catalog_expiry("60"), false},
      {catalog_expiry("3600"), false},
      {catalog_expiry("3601"), true},
      {catalog_expiry("null"), false},
  });
}

TEST(IJ103PresignedUrlExpiry, WrongTypeIsIJ004Only) {
  EXPECT_EQ(codes_of(with_expiry("\"60\"")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(with_expiry("\"30\"")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(with_expiry("60.0")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(with_expiry("30.0")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(with_expiry("6e1")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(with_expiry("9223372036854775808")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(with_expiry("null")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(record_expiry("\"30\"")), Codes{"IJ004"});
}

TEST(IJ103PresignedUrlExpiry, NotAlsoIJ201) {
  EXPECT_EQ(codes_of(with_expiry("59")), Codes{"IJ103"});
  EXPECT_EQ(codes_of(with_expiry("3601")), Codes{"IJ103"});
}

TEST(IJ103PresignedUrlExpiry, Yaml) {
  auto yaml = [](const std::string& v) {
    return "jobId: fw-1\ntargets: [arn:aws:iot:us-east-1:123456789012:thing/a]\ndocumentSource: https://s3.amazonaws.com/bucket/job.json\n"
           "presignedUrlConfig:\n  expiresInSec: " + v + "\n";
  };
  expect_table("IJ103", {
      {yaml("59"), true, "job.yaml"},
      {yaml("60"), false, "job.yaml"},
      {yaml("0x3B"), true, "job.yaml"},   // 59
      {yaml("0x3C"), false, "job.yaml"},  // 60
      {yaml("0xE10"), false, "job.yaml"}, // 3600
      {yaml("0xE11"), true, "job.yaml"},  // 3601
  });
  EXPECT_EQ(codes(lint(yaml("'60'"), "job.yaml")), Codes{"IJ004"});
  EXPECT_EQ(span_of(yaml("0x3B"), "IJ103", "job.yaml"), "5:17-5:21");
}

TEST(IJ103PresignedUrlExpiry, PointsAtTheValue) {
  EXPECT_EQ(span_of(with_expiry("59"), "IJ103"), "5:42-5:44");
  EXPECT_EQ(message_of(with_expiry("59"), "IJ103"), "expiresInSec 59 is outside 60..3600");
  EXPECT_EQ(pointer_of(with_expiry("59"), "IJ103"), "/presignedUrlConfig/expiresInSec");
  EXPECT_EQ(span_of(record_expiry("3601"), "IJ103"), "5:44-5:48");
  EXPECT_EQ(span_of(catalog_expiry("3601"), "IJ103"), "6:48-6:52");
  EXPECT_EQ(message_of(catalog_expiry("3601"), "IJ103"), "expires_in_sec 3601 is outside 60..3600");
  EXPECT_EQ(pointer_of(catalog_expiry("3601"), "IJ103"), "/job/presigned_url_config/expires_in_sec");
}

}  // namespace
}  // namespace ijl::test
