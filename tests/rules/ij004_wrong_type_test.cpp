// IJ004 wrong-type: JSON types, integer literals and ranges, null by dialect, timestamps.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string rollout_max(const std::string& v) {
  return job_with(R"("jobExecutionsRolloutConfig": {"maximumPerMinute": )" + v + "}");
}
std::string expires(const std::string& v) { return job_with(R"("presignedUrlConfig": {"expiresInSec": )" + v + "}"); }

TEST(IJ004WrongType, IntegerFieldsTable) {
  expect_table("IJ004", {
      // integer: signed 32-bit, integer literals only
      {rollout_max("1000"), false},
      {rollout_max("2147483647"), false},   // IJ201, not IJ004
      {rollout_max("2147483648"), true},
      {rollout_max("-2147483648"), false},
      {rollout_max("-2147483649"), true},
      {rollout_max("5.0"), true},
      {rollout_max("6e2"), true},
      {rollout_max("6E2"), true},
      {rollout_max("1.5"), true},
      {rollout_max("\"60\""), true},
      {rollout_max("true"), true},
      {rollout_max("[1]"), true},
      // long: signed 64-bit
      {expires("9223372036854775807"), false},
      {expires("9223372036854775808"), true},
      {expires("-9223372036854775808"), false},
      {expires("-9223372036854775809"), true},
      {expires("123456789012345678901234567890"), true},
      {expires("60.0"), true},
      {expires("\"60\""), true},
      // double: any number
      {job_with(R"("jobExecutionsRolloutConfig": {"exponentialRate": {"baseRatePerMinute": 1, "incrementFactor": 2.0, "rateIncreaseCriteria": {"numberOfNotifiedThings": 1}}})"), false},
      {job_with(R"("jobExecutionsRolloutConfig": {"exponentialRate": {"baseRatePerMinute": 1, "incrementFactor": 2, "rateIncreaseCriteria": {"numberOfNotifiedThings": 1}}})"), false},
      {job_with(R"("jobExecutionsRolloutConfig": {"exponentialRate": {"baseRatePerMinute": 1, "incrementFactor": "2", "rateIncreaseCriteria": {"numberOfNotifiedThings": 1}}})"), true},
  });
}

TEST(IJ004WrongType, OtherTypesTable) {
  expect_table("IJ004", {
      {job_with(R"("targetSelection": "SNAPSHOT")"), false},
      {job_with(R"("targetSelection": true)"), true},
      {job_with(R"("description": 5)"), true},
      {job_with(R"("abortConfig": [])"), true},
      {job_with(R"("abortConfig": "x")"), true},
      {job_with(R"("tags": {})"), true},
      {job_with(R"("tags": ["a:b"])"), true},            // a catalog tag in a create-job request
      {job_with(R"("documentParameters": {"a": "x"})"), false},
      {job_with(R"("documentParameters": {"a": 1})"), true},
      {job_with(R"("documentParameters": [])"), true},
      {record_with(R"("isConcurrent": true)"), false},
      {record_with(R"("isConcurrent": "true")"), true},
      {record_with(R"("forceCanceled": 0)"), true},
      {R"({"jobId": "x", "targets": "arn:aws:iot:us-east-1:123456789012:thing/a", "documentSource": "https://s3.amazonaws.com/bucket/job.json"})", true},
      {catalog_with(R"("is_concurrent": "false")"), true},
      {R"({"account_id": "123456789012", "job": {"job_id": "x"}, "tags": "a:b"})", true},
      {R"({"account_id": "123456789012", "job": {"job_id": "x"}, "tags": [5]})", true},
  });
}

TEST(IJ004WrongType, NullByDialect) {
  expect_table("IJ004", {
      // in a create-job request null is IJ004 (not IJ005)
      {job_with(R"("description": null)"), true},
      {job_with(R"("presignedUrlConfig": null)"), true},
      {job_with(R"("presignedUrlConfig": {"expiresInSec": null})"), true},
      // in records null means absent
      {record_with(R"("description": null)"), false},
      {record_with(R"("presignedUrlConfig": null)"), false},
      {record_with(R"("presignedUrlConfig": {"expiresInSec": null})"), false},
      {record_with(R"("createdAt": null)"), false},
      {catalog_with(R"("description": null)"), false},
      {catalog_with(R"("abort_config": null)"), false},
      {R"({"account_id": "123456789012", "document_source": null, "job": {"job_id": "x"}, "tags": null})", false},
  });
  EXPECT_EQ(codes_of(R"({"jobId": null, "targets": null, "documentSource": "https://s3.amazonaws.com/bucket/job.json"})"), (Codes{"IJ004", "IJ004"}));
  EXPECT_EQ(codes_of(R"({"job": {"jobId": null}})"), Codes{"IJ005"});
}

TEST(IJ004WrongType, Timestamps) {
  expect_table("IJ004", {
      {record_with(""), false},
      {record_with(R"("lastUpdatedAt": 1795168800)"), false},
      {record_with(R"("lastUpdatedAt": 1795168800123)"), false},
      {record_with(R"("lastUpdatedAt": 1795168800.5)"), false},
      {record_with(R"("lastUpdatedAt": "2026-11-21T10:00:00")"), false},
      {record_with(R"("lastUpdatedAt": "2026-11-21 10:00:00.123+02:00")"), false},
      {record_with(R"("lastUpdatedAt": "2026-11-21t10:00:00z")"), false},
      {record_with(R"("lastUpdatedAt": "2026-11-21T10:00:00+0200")"), false},
      {record_with(R"("lastUpdatedAt": "2026-11-21")"), true},          // a date without a time
      {record_with(R"("lastUpdatedAt": "2026-11-21T24:00:00Z")"), true},
      {record_with(R"("lastUpdatedAt": "2026-11-21T10:00:60Z")"), true},
      {record_with(R"("lastUpdatedAt": "2026-02-30T10:00:00Z")"), true},
      {record_with(R"("lastUpdatedAt": "2026-11-21T10:00:00+24:00")"), true},
      {record_with(R"("lastUpdatedAt": "yesterday")"), true},
      {record_with(R"("lastUpdatedAt": true)"), true},
      {catalog_with(R"("completed_at": "2026-11-21")"), true},
  });
}

TEST(IJ004WrongType, WrongTypeGetsNothingElse) {
  EXPECT_EQ(codes_of(expires("\"60\"")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(expires("30.0")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(rollout_max("1001.0")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(job_with(R"("presignedUrlConfig": {"roleArn": 5})")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(R"({"jobId": "x", "targets": "not-an-arn", "documentSource": "https://s3.amazonaws.com/bucket/job.json"})"), Codes{"IJ004"});
  // a wrong-typed object is not walked: no IJ003/IJ005 inside it
  EXPECT_EQ(codes_of(job_with(R"("abortConfig": [{"bogus": 1}])")), Codes{"IJ004"});
  // whether or not IJ004 is selected
  auto r = lint(expires("30.0"), "job.json", without("IJ004"));
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  r = lint(rollout_max("1001.5"), "job.json", without("IJ004"));
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  r = lint(job_with(R"("presignedUrlConfig": {"roleArn": 5})"), "job.json", without("IJ004"));
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
}

TEST(IJ004WrongType, YamlSpecialNumbersAndStrings) {
  const std::string head = "jobId: fw-1\ntargets: [arn:aws:iot:us-east-1:123456789012:thing/a]\ndocumentSource: https://s3.amazonaws.com/bucket/job.json\n";
  auto factor = [&](const std::string& v) {
    return head + "jobExecutionsRolloutConfig:\n  exponentialRate:\n    baseRatePerMinute: 1\n    incrementFactor: " + v +
           "\n    rateIncreaseCriteria: {numberOfNotifiedThings: 1}\n";
  };
  auto timeout = [&](const std::string& v) { return head + "timeoutConfig:\n  inProgressTimeoutInMinutes: " + v + "\n"; };
  expect_table("IJ004", {
      {factor("2.5"), false, "job.yaml"},
      {factor(".inf"), true, "job.yaml"},   // .inf, -.inf and .nan: IJ004 for every number field
      {factor("-.inf"), true, "job.yaml"},
      {factor(".nan"), true, "job.yaml"},
      {factor("'2.5'"), true, "job.yaml"},
      {timeout("60"), false, "job.yaml"},
      {timeout("0x3C"), false, "job.yaml"},
      {timeout("0o74"), false, "job.yaml"},
      {timeout(".inf"), true, "job.yml"},
      {timeout("'60'"), true, "job.yaml"},
      {timeout("60.0"), true, "job.yaml"},
      {timeout("~"), true, "job.yaml"},     // null in a create-job request
  });
  EXPECT_EQ(span_of(timeout(".nan"), "IJ004", "job.yaml"), "5:31-5:35");
  EXPECT_EQ(codes(lint(factor(".inf"), "job.yaml")), Codes{"IJ004"});
}

TEST(IJ004WrongType, ExplicitYamlTags) {
  const std::string head =
      "jobId: fw-1\ntargets: [arn:aws:iot:us-east-1:123456789012:thing/a]\n"
      "documentSource: https://s3.amazonaws.com/bucket/job.json\n";
  auto rate = [&](const std::string& v) { return head + "jobExecutionsRolloutConfig:\n  maximumPerMinute: " + v + "\n"; };
  auto timeout = [&](const std::string& v) { return head + "timeoutConfig:\n  inProgressTimeoutInMinutes: " + v + "\n"; };
  auto threshold = [&](const std::string& v) {
    return head + "abortConfig:\n  criteriaList:\n    - {failureType: FAILED, action: CANCEL, minNumberOfExecutedThings: 1, "
                  "thresholdPercentage: " + v + "}\n";
  };
  auto description = [&](const std::string& v) { return head + "description: " + v + "\n"; };
  const std::string record = "job:\n  jobId: fw-1\n  createdAt: ";
  expect_table("IJ004", {
      // !!float is no integer, whatever its digits; !!int is
      {rate("600"), false, "job.yaml"},
      {rate("!!float 600"), true, "job.yaml"},
      {rate("!!int 600"), false, "job.yaml"},
      {timeout("!!float 60"), true, "job.yaml"},  // a long
      {timeout("!!int 60"), false, "job.yaml"},
      {threshold("!!float 25"), false, "job.yaml"},  // a double takes it
      {threshold("!!int 25"), false, "job.yaml"},
      // !!binary and !!timestamp scalars are no plain strings
      {description("R0lGODlhDAAMAIQAAP"), false, "job.yaml"},
      {description("!!binary R0lGODlhDAAMAIQAAP"), true, "job.yaml"},
      {description("!!timestamp 2026-11-20T10:00:00Z"), true, "job.yaml"},
      {description("!!str 2026-11-20T10:00:00Z"), false, "job.yaml"},
      {rate("!!binary 600"), true, "job.yaml"},
      // a !!timestamp fits a record's timestamp field when it is a date-time
      {record + "!!timestamp 2026-11-20T10:00:00Z\n", false, "describe-job.yaml"},
      {record + "!!timestamp 2026-11-20\n", true, "describe-job.yaml"},
      {record + "!!binary 1795168800\n", true, "describe-job.yaml"},
      // local tags (CloudFormation's) are not judged here
      {description("!Ref Description"), false, "job.yaml"},
  });
  expect_messages("IJ004", {
      {rate("!!float 600"), "maximumPerMinute must be an integer, not a !!float number (600)", "job.yaml"},
      {description("!!binary R0lGODlhDAAMAIQAAP"), "description must be a string, not a !!binary scalar", "job.yaml"},
      {description("!!timestamp 2026-11-20T10:00:00Z"), "description must be a string, not a !!timestamp scalar",
       "job.yaml"},
      {record + "!!binary 1795168800\n", "createdAt must be a timestamp (epoch seconds or a date-time string), not a !!binary scalar",
       "describe-job.yaml"},
  });
  // the tag decides the type: a !!float integer gets no IJ201, an IJ004 value nothing else
  EXPECT_EQ(codes(lint(rate("!!float 1001"), "job.yaml")), Codes{"IJ004"});
  EXPECT_EQ(span_of(rate("!!float 600"), "IJ004", "job.yaml"), "5:29-5:32");  // the scalar, past its tag
}

TEST(IJ004WrongType, NumbersBeyondTheDoubleRange) {
  // RFC 8259 allows them: judged as written, at the value, JSON and YAML alike
  const std::string digits(400, '9');
  for (const char* file : {"job.json", "job.yaml"}) {
    expect_messages("IJ004", {
        {rollout_max("1e400"), "maximumPerMinute must be an integer, not 1e400", file},
        {rollout_max("-1e400"), "maximumPerMinute must be an integer, not -1e400", file},
        {expires(digits), "expiresInSec " + digits + " is outside the signed 64-bit integer range", file},
        {rollout_max("-" + digits), "maximumPerMinute -" + digits + " is outside the signed 32-bit integer range", file},
    });
  }
  EXPECT_EQ(codes_of(rollout_max("1e400")), Codes{"IJ004"});
  EXPECT_EQ(span_of(rollout_max("1e400"), "IJ004"), "5:54-5:59");
  // a field without limits: nothing, and the rest of the file is linted
  EXPECT_EQ(codes_of(record_with(R"("lastUpdatedAt": 1e400, "description": 5)")), Codes{"IJ004"});
}

TEST(IJ004WrongType, PointsAtTheValue) {
  EXPECT_EQ(span_of(expires("\"60\""), "IJ004"), "5:42-5:46");
  EXPECT_EQ(message_of(expires("\"60\""), "IJ004"), R"(expiresInSec must be an integer, not the string "60")");
  EXPECT_EQ(span_of(rollout_max("2147483648"), "IJ004"), "5:54-5:64");
  EXPECT_EQ(message_of(rollout_max("2147483648"), "IJ004"),
            "maximumPerMinute 2147483648 is outside the signed 32-bit integer range");
  EXPECT_EQ(message_of(rollout_max("5.0"), "IJ004"), "maximumPerMinute must be an integer, not 5.0");
  // an object or array: from its opening bracket to just past its closing one
  EXPECT_EQ(span_of(job_with("\"abortConfig\": [\n  1\n]"), "IJ004"), "5:18-7:2");
  EXPECT_EQ(span_of(job_with(R"("description": null)"), "IJ004"), "5:18-5:22");
  EXPECT_EQ(pointer_of(job_with(R"("documentParameters": {"a": 1})"), "IJ004"), "/documentParameters/a");
  EXPECT_EQ(span_of(catalog_with(R"("completed_at": "2026-11-21")"), "IJ004"), "6:21-6:33");
}

}  // namespace
}  // namespace ijl::test
