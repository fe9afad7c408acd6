// IJ306 presigned-url-role: placeholder forms, the role's presence and type, position.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

// A create-job request with an inline document whose url is `url`, plus `extra` members.
std::string with_document(const std::string& url, const std::string& extra = "") {
  return "{\n  \"jobId\": \"fw-1\",\n  \"targets\": [\"arn:aws:iot:us-east-1:123456789012:thinggroup/sensors\"],\n"
         "  \"document\": \"{\\\"url\\\": \\\"" + url + "\\\"}\"" + (extra.empty() ? "" : ",\n  " + extra) + "\n}\n";
}

constexpr const char* kRole = R"("presignedUrlConfig": {"roleArn": "arn:aws:iam::123456789012:role/JobSigner"})";

TEST(IJ306PresignedUrlRole, BoundaryTable) {
  struct R {
    std::string url, extra;
    bool fires;
  };
  for (const auto& r : std::vector<R>{
           {"${aws:iot:s3-presigned-url:https://s3.amazonaws.com/b/fw.bin}", "", true},
           {"${aws:iot:s3-presigned-url-v2:https://b.s3.us-east-1.amazonaws.com/fw.bin}", "", true},
           {"${aws:iot:s3-presigned-url:https://s3.amazonaws.com/b/fw.bin}", kRole, false},
           {"${aws:iot:s3-presigned-url:https://s3.amazonaws.com/b/fw.bin}", R"("presignedUrlConfig": {"expiresInSec": 600})", true},
           {"${aws:iot:s3-presigned-url:https://s3.amazonaws.com/b/fw.bin}", R"("presignedUrlConfig": {})", true},
           // a role of the wrong or a malformed value is present all the same
           {"${aws:iot:s3-presigned-url:https://s3.amazonaws.com/b/fw.bin}", R"("presignedUrlConfig": {"roleArn": 5})", false},
           {"${aws:iot:s3-presigned-url:https://s3.amazonaws.com/b/fw.bin}", R"("presignedUrlConfig": {"roleArn": ""})", false},
           {"${aws:iot:s3-presigned-url:https://s3.amazonaws.com/b/fw.bin}", R"("presignedUrlConfig": "role")", false},
           {"https://s3.amazonaws.com/b/fw.bin", "", false},
           {"${aws:iot:s3-presigned-url}", "", false},  // not the placeholder: no colon after the name
           {"${AWS:IOT:S3-PRESIGNED-URL:https://s3.amazonaws.com/b/fw.bin}", "", false},  // compared exactly
       }) {
    SCOPED_TRACE(r.url + " " + r.extra);
    std::string text = with_document(r.url, r.extra);
    if (r.fires) {
      EXPECT_FIRES("IJ306", text);
    } else {
      EXPECT_NOT_FIRES("IJ306", text);
    }
  }
}

TEST(IJ306PresignedUrlRole, OnlyTheInlineDocumentIsSearched) {
  EXPECT_NOT_FIRES("IJ306", job_with(R"("description": "${aws:iot:s3-presigned-url:https://s3.amazonaws.com/b/x}")"));
  EXPECT_NOT_FIRES("IJ306", R"({"jobId": "a", "targets": ["arn:aws:iot:us-east-1:123456789012:thing/t"], "document": 7})");
}

TEST(IJ306PresignedUrlRole, PointsAtTheDocumentValue) {
  std::string text = with_document("${aws:iot:s3-presigned-url:https://s3.amazonaws.com/b/fw.bin}");
  // "document": "{\"url\": \"${...}\"}" — the value from its opening quote to past its closing one
  EXPECT_EQ(spans(text, "IJ306"), std::vector<std::string>{"4:15-4:93"});
  EXPECT_EQ(pointer_of(text, "IJ306"), "/document");
  EXPECT_EQ(messages(text, "IJ306"),
            std::vector<std::string>{"document uses the presigned-URL placeholder \"${aws:iot:s3-presigned-url:\" but "
                                     "presignedUrlConfig.roleArn is absent"});
}

}  // namespace
}  // namespace ijl::test
