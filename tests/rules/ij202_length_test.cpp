// IJ202 length: strings in code points and lists in items, at both edges of each field.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

const std::string kTarget = "arn:aws:iot:us-east-1:123456789012:thing/a";
const std::string kRetry = R"({"failureType": "FAILED", "numberOfRetries": 1})";

std::string job_id(const std::string& id) {
  return R"({"jobId": ")" + id + R"(", "targets": [")" + kTarget + R"("], "documentSource": "https://s3.amazonaws.com/bucket/job.json"})";
}
std::string str(const std::string& key, const std::string& value) { return job_with("\"" + key + "\": \"" + value + "\""); }
std::string role(const std::string& arn) { return job_with(R"("presignedUrlConfig": {"roleArn": ")" + arn + "\"}"); }
std::string role_of_length(std::size_t n) {
  const std::string prefix = "arn:aws:iam::123456789012:role/";
  return role(prefix + repeat("r", n - prefix.size()));
}
std::string target_of_length(std::size_t n) {
  const std::string prefix = "arn:aws:iot:us-east-1:123456789012:thing/";
  return R"({"jobId": "x", "targets": [")" + prefix + repeat("t", n - prefix.size()) + R"("], "documentSource": "https://s3.amazonaws.com/bucket/job.json"})";
}
// `n` items, one per line (item i on line 5 + i of job_with, column 5).
std::string lines(const std::string& item, int n) {
  std::string out = "[";
  for (int i = 0; i < n; ++i) out += std::string(i ? "," : "") + "\n    " + item;
  return out + "\n  ]";
}
std::string tags(int n) {
  std::string out = "[";
  for (int i = 0; i < n; ++i) out += std::string(i ? "," : "") + "\n    {\"Key\": \"k" + std::to_string(i) + "\", \"Value\": \"v\"}";
  return job_with(R"("tags": )" + out + "\n  ]");
}
std::string tag(const std::string& key, const std::string& value) {
  return job_with(R"("tags": [{"Key": ")" + key + R"(", "Value": ")" + value + "\"}]");
}
std::string catalog_tags(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += std::string(i ? ", " : "") + "\"k" + std::to_string(i) + ":v\"";
  return R"({"account_id": "123456789012", "job": {"job_id": "x"}, "tags": [)" + out + "]}";
}
std::string retry(int n) { return job_with(R"("jobExecutionsRetryConfig": {"criteriaList": )" + lines(kRetry, n) + "}"); }
// With an AWS managed template, as document parameters need (IJ307).
std::string param(const std::string& key, const std::string& value) {
  return job_with(R"("documentParameters": {")" + key + R"(": ")" + value +
                  R"("}, "jobTemplateArn": "arn:aws:iot:us-east-1::jobtemplate/AWS-Download-File:1.0")");
}
std::string template_of_length(std::size_t n) {
  const std::string prefix = "arn:aws:iot:us-east-1:123456789012:jobtemplate/";
  return str("jobTemplateArn", prefix + repeat("j", n - prefix.size()));
}
std::string package_of_length(std::size_t n) {
  const std::string prefix = "arn:aws:iot:us-east-1:123456789012:package/p/version/";
  return job_with(R"("destinationPackageVersions": [")" + prefix + repeat("1", n - prefix.size()) + "\"]");
}
std::string window(const std::string& start) {
  return job_with(R"("schedulingConfig": {"maintenanceWindows": [{"startTime": ")" + start + R"(", "durationInMinutes": 60}]})");
}

const std::string kE = "\xC3\xA9";    // é: 2 bytes, 1 character
const std::string kZh = "\xE4\xB8\xAD";  // 中: 3 bytes, 1 character

TEST(IJ202Length, JobIdCountsCodePoints) {
  expect_table("IJ202", {
      {job_id("a"), false},
      {job_id(repeat("a", 64)), false},  // last that passes
      {job_id(repeat("a", 65)), true},   // first that fails
      {job_id(""), true},
      {job_id(repeat(kE, 64)), false},   // 128 bytes, 64 characters: IJ203, not IJ202
      {job_id(repeat(kZh, 64)), false},
      {job_id(repeat(kE, 65)), true},
      {record_with(R"("jobId": ")" + repeat("a", 64) + "\""), false},  // (also IJ002 with record_with's jobId)
      {record_with(R"("jobId": ")" + repeat("a", 65) + "\""), true},
      {catalog_with(R"("job_id": ")" + repeat("a", 65) + "\""), true},
      {R"({"account_id": "123456789012", "job": {"job_id": ""}})", true},
  });
  EXPECT_EQ(codes_of(job_id(repeat(kE, 64))), Codes{"IJ203"});
  EXPECT_EQ(codes_of(job_id(repeat(kE, 65))), Codes{"IJ202"});
  EXPECT_EQ(codes_of(job_id("")), Codes{"IJ202"});  // not also IJ203
}

TEST(IJ202Length, Strings) {
  expect_table("IJ202", {
      {str("description", repeat("d", 2028)), false},
      {str("description", repeat("d", 2029)), true},
      {str("description", repeat(kE, 2028)), false},
      {str("description", repeat(kE, 2029)), true},
      {str("description", ""), false},               // no minimum: IJ203 speaks
      {str("document", repeat("x", 32768)), false},
      {str("document", repeat("x", 32769)), true},
      {str("document", ""), false},
      {R"({"jobId": "x", "targets": [")" + kTarget + R"("], "documentSource": ")" + repeat("s", 1350) + "\"}", false},
      {R"({"jobId": "x", "targets": [")" + kTarget + R"("], "documentSource": ")" + repeat("s", 1351) + "\"}", true},
      {R"({"jobId": "x", "targets": [")" + kTarget + R"("], "documentSource": ""})", true},
      {role("arn:aws:iam::1:role/"), false},  // 20 characters (IJ205's problem)
      {role("arn:aws:iam::1:role"), true},    // 19
      {role(""), true},
      {role_of_length(2048), false},
      {role_of_length(2049), true},
      {str("jobTemplateArn", ""), true},
      {template_of_length(1600), false},
      {template_of_length(1601), true},
      {target_of_length(2048), false},
      {target_of_length(2049), true},
      {package_of_length(1600), false},
      {package_of_length(1601), true},
      {job_with(R"("destinationPackageVersions": [""])"), true},
      {job_with(R"("schedulingConfig": {"startTime": ")" + repeat("1", 64) + "\"}"), false},
      {job_with(R"("schedulingConfig": {"startTime": ")" + repeat("1", 65) + "\"}"), true},
      {job_with(R"("schedulingConfig": {"endTime": ""})"), true},
      {window(repeat("c", 256)), false},
      {window(repeat("c", 257)), true},
      {window(""), true},
      {tag(repeat("k", 128), "v"), false},
      {tag(repeat("k", 129), "v"), true},
      {tag("", "v"), true},
      {tag("k", repeat("v", 256)), false},
      {tag("k", repeat("v", 257)), true},
      {tag("k", ""), false},                          // a tag value may be empty
      {param(repeat("k", 128), "v"), false},
      {param(repeat("k", 129), "v"), true},
      {param("k", repeat("v", 30720)), false},
      {param("k", repeat("v", 30721)), true},
      {param("k", ""), true},
  });
}

TEST(IJ202Length, RecordStrings) {
  expect_table("IJ202", {
      {record_with(R"("reasonCode": ")" + repeat("R", 128) + "\""), false},
      {record_with(R"("reasonCode": ")" + repeat("R", 129) + "\""), true},
      {record_with(R"("comment": ")" + repeat("c", 2028) + "\""), false},
      {record_with(R"("comment": ")" + repeat("c", 2029) + "\""), true},
      {catalog_with(R"("comment": ")" + repeat("c", 2029) + "\""), true},
      {record_with(R"("scheduledJobRollouts": [{"startTime": ""}])"), true},
      {R"({"documentSource": "", "job": {"jobId": "x"}})", true},
      {R"({"account_id": "123456789012", "document_source": "", "job": {"job_id": "x"}})", true},
  });
}

TEST(IJ202Length, Lists) {
  expect_table("IJ202", {
      {R"({"jobId": "x", "targets": [], "documentSource": "https://s3.amazonaws.com/bucket/job.json"})", true},  // at least 1
      {R"({"jobId": "x", "targets": [")" + kTarget + R"("], "documentSource": "https://s3.amazonaws.com/bucket/job.json"})", false},
      {record_with(R"("targets": [])"), true},
      {tags(0), false},
      {tags(50), false},  // last that passes
      {tags(51), true},   // first that fails
      // catalog tags are not AWS tags: no 50-tag limit (docs/rules/IJ405.md)
      {catalog_tags(51), false},
      {retry(1), false},
      {retry(2), false},  // last that passes
      {retry(3), true},   // first that fails
      {retry(0), true},
      {job_with(R"("abortConfig": {"criteriaList": []})"), true},
  });
  const std::string snake = R"({"failure_type": "FAILED", "number_of_retries": 1})";
  EXPECT_EQ(count(lint(catalog_with(R"("job_executions_retry_config": {"criteria_list": [)" + snake + ", " + snake + "]}")), "IJ202"), 0);
  EXPECT_EQ(count(lint(catalog_with(R"("job_executions_retry_config": {"criteria_list": [)" + snake + ", " + snake + ", " +
                                    snake + "]}")),
                  "IJ202"),
            1);
}

TEST(IJ202Length, OneShapeDiagnostic) {
  // an empty roleArn is IJ202, not also IJ205; an empty endTime not also IJ105
  EXPECT_EQ(codes_of(role("")), Codes{"IJ202"});
  EXPECT_EQ(codes_of(role("arn:aws:iam::1:role")), Codes{"IJ202"});
  EXPECT_EQ(codes_of(role_of_length(2049)), Codes{"IJ202"});
  EXPECT_EQ(codes_of(str("jobTemplateArn", "")), Codes{"IJ202"});
  EXPECT_EQ(codes_of(job_with(R"("schedulingConfig": {"endTime": ""})")), Codes{"IJ202"});
  EXPECT_EQ(codes_of(job_with(R"("destinationPackageVersions": [""])")), Codes{"IJ202"});
  EXPECT_EQ(codes_of(tag("", "v")), Codes{"IJ202"});
  EXPECT_EQ(codes_of(param("k", "")), Codes{"IJ202"});
  // more than 25 package versions is IJ107 only
  std::string versions;
  for (int i = 0; i < 26; ++i) {
    versions += std::string(i ? ", " : "") + "\"arn:aws:iot:us-east-1:123456789012:package/p/version/" + std::to_string(i) + "\"";
  }
  EXPECT_EQ(codes_of(job_with(R"("destinationPackageVersions": [)" + versions + "]")), Codes{"IJ107"});
  // wrong type: IJ004 only
  EXPECT_EQ(codes_of(R"({"jobId": 5, "targets": [")" + kTarget + R"("], "documentSource": "https://s3.amazonaws.com/bucket/job.json"})"), Codes{"IJ004"});
  EXPECT_EQ(codes_of(R"({"jobId": "x", "targets": {}, "documentSource": "https://s3.amazonaws.com/bucket/job.json"})"), Codes{"IJ004"});
}

TEST(IJ202Length, WherePoints) {
  // a string: at the value
  EXPECT_EQ(span_of(job_id(repeat("a", 65)), "IJ202"), "1:11-1:78");
  EXPECT_EQ(message_of(job_id(repeat("a", 65)), "IJ202"), "jobId has 65 characters; allowed: 1..64");
  EXPECT_EQ(span_of(job_id(repeat(kE, 65)), "IJ202"), "1:11-1:78");  // columns count code points
  EXPECT_EQ(span_of(role(""), "IJ202"), "5:37-5:39");
  EXPECT_EQ(message_of(role(""), "IJ202"), "roleArn has 0 characters; allowed: 20..2048");
  // a list too short: at the list
  EXPECT_EQ(span_of(R"({"jobId": "x", "targets": [], "documentSource": "https://s3.amazonaws.com/bucket/job.json"})", "IJ202"), "1:27-1:29");
  EXPECT_EQ(message_of(R"({"jobId": "x", "targets": [], "documentSource": "https://s3.amazonaws.com/bucket/job.json"})", "IJ202"),
            "targets has 0 items; allowed: at least 1");
  // a list too long: at its first item past the maximum
  const std::string t = tags(52);
  EXPECT_EQ(count(lint(t), "IJ202"), 1);
  EXPECT_EQ(span_of(t, "IJ202"), "56:5-56:33");
  EXPECT_EQ(pointer_of(t, "IJ202"), "/tags/50");
  EXPECT_EQ(message_of(t, "IJ202"), "tags has 52 items; allowed: at most 50");
  const std::string r = retry(3);
  EXPECT_EQ(span_of(r, "IJ202"), "8:5-8:" + std::to_string(5 + kRetry.size()));
  EXPECT_EQ(pointer_of(r, "IJ202"), "/jobExecutionsRetryConfig/criteriaList/2");
  EXPECT_EQ(message_of(r, "IJ202"), "criteriaList has 3 items; allowed: 1..2");
  // a documentParameters key: at the key
  const std::string p = param(repeat("k", 129), "v");
  EXPECT_EQ(span_of(p, "IJ202"), "5:26-5:157");
  EXPECT_EQ(message_of(p, "IJ202"), "key \"" + repeat("k", 129) + "\" of documentParameters has 129 characters; allowed: 1..128");
  // a documentParameters value: at the value
  EXPECT_EQ(span_of(param("k", ""), "IJ202"), "5:31-5:33");
  // catalog spelling
  const std::string c = catalog_with(R"("job_id": ")" + repeat("a", 65) + "\"");
  EXPECT_EQ(span_of(c, "IJ202"), "6:15-6:82");
  EXPECT_EQ(message_of(c, "IJ202"), "job_id has 65 characters; allowed: 1..64");
}

// A documentParameters entry is a key and a value, each its own token: one shape diagnostic each.
// Disabled: the engine runs the shape rules once per bound, and an entry's key and value share one
// bound, so an empty key gets IJ202 and IJ203, and a bad value hides a bad key (src/engine.cpp).
TEST(IJ202Length, DocumentParametersKeyAndValueEachGetOneShapeDiagnostic) {
  EXPECT_EQ(codes_of(param("", "v")), Codes{"IJ202"});
  EXPECT_EQ(codes_of(param("a b", "")), (Codes{"IJ203", "IJ202"}));
  EXPECT_EQ(codes_of(job_with(R"("documentParameters": {")" + repeat("k", 129) + R"(": 1}, "jobTemplateArn": "arn:aws:iot:us-east-1::jobtemplate/AWS-Download-File:1.0")")),
            (Codes{"IJ202", "IJ004"}));
}

}  // namespace
}  // namespace ijl::test
