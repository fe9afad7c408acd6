// IJ201 out-of-range: each numeric field's min/max from the field table (docs/fields.md), compared exactly as written.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string max_per_minute(const std::string& v) {
  return job_with(R"("jobExecutionsRolloutConfig": {"maximumPerMinute": )" + v + "}");
}
std::string rate(const std::string& base, const std::string& factor,
                 const std::string& criteria = R"({"numberOfNotifiedThings": 1})") {
  return job_with(R"("jobExecutionsRolloutConfig": {"maximumPerMinute": 1000, "exponentialRate": {"baseRatePerMinute": )" +
                  base + R"(, "incrementFactor": )" + factor + R"(, "rateIncreaseCriteria": )" + criteria + "}}");
}
std::string base_rate(const std::string& v) { return rate(v, "2"); }
std::string factor(const std::string& v) { return rate("1", v); }
std::string notified(const std::string& v) { return rate("1", "2", R"({"numberOfNotifiedThings": )" + v + "}"); }
std::string succeeded(const std::string& v) { return rate("1", "2", R"({"numberOfSucceededThings": )" + v + "}"); }
std::string abort_criterion(const std::string& threshold, const std::string& min_executed = "1") {
  return job_with(R"("abortConfig": {"criteriaList": [{"failureType": "FAILED", "action": "CANCEL", "thresholdPercentage": )" +
                  threshold + R"(, "minNumberOfExecutedThings": )" + min_executed + "}]}");
}
std::string threshold(const std::string& v) { return abort_criterion(v); }
std::string min_executed(const std::string& v) { return abort_criterion("10", v); }
std::string retries(const std::string& v) {
  return job_with(R"("jobExecutionsRetryConfig": {"criteriaList": [{"failureType": "FAILED", "numberOfRetries": )" + v + "}]}");
}
std::string duration(const std::string& v) {
  return job_with(R"x("schedulingConfig": {"maintenanceWindows": [{"startTime": "cron(0 0 * * ? *)", "durationInMinutes": )x" +
                  v + "}]}");
}

TEST(IJ201OutOfRange, MaximumPerMinute) {
  expect_table("IJ201", {
      {max_per_minute("0"), true},
      {max_per_minute("1"), false},
      {max_per_minute("1000"), false},
      {max_per_minute("1001"), true},
      {max_per_minute("-1"), true},
      {max_per_minute("2147483647"), true},
  });
}

TEST(IJ201OutOfRange, BaseRatePerMinute) {
  expect_table("IJ201", {
      {base_rate("0"), true},
      {base_rate("1"), false},
      {base_rate("1000"), false},
      {base_rate("1001"), true},
  });
}

TEST(IJ201OutOfRange, IncrementFactor) {
  expect_table("IJ201", {
      {factor("1.0"), true},
      {factor("1.1"), false},
      {factor("11e-1"), false},
      {factor("0.11E1"), false},
      {factor("1"), true},
      {factor("5"), false},
      {factor("5.0"), false},
      {factor("5.1"), true},
      {factor("0.5e1"), false},
      {factor("51e-1"), true},
      // judged as written, not as the nearest double
      {factor("1.0999999999999999999"), true},
      {factor("1.1000000000000000001"), false},
      {factor("5.0000000000000000001"), true},
      {factor("4.9999999999999999999"), false},
  });
}

TEST(IJ201OutOfRange, ThresholdPercentage) {
  expect_table("IJ201", {
      {threshold("-0.01"), true},
      {threshold("0"), false},
      {threshold("-0"), false},
      {threshold("0.0"), false},
      {threshold("100"), false},
      {threshold("100.00"), false},
      {threshold("1e2"), false},
      {threshold("100.01"), true},
      {threshold("100.001"), true},
      {threshold("100.0000000000000001"), true},
      {threshold("-1e-30"), true},
      {threshold("1E3"), true},
  });
}

TEST(IJ201OutOfRange, MinimumsOnly) {
  expect_table("IJ201", {
      {min_executed("0"), true},
      {min_executed("1"), false},
      {min_executed("2147483647"), false},
      {notified("0"), true},
      {notified("1"), false},
      {notified("2147483647"), false},
      {succeeded("0"), true},
      {succeeded("1"), false},
      {succeeded("-5"), true},
  });
}

TEST(IJ201OutOfRange, RetriesAndDuration) {
  expect_table("IJ201", {
      {retries("-1"), true},
      {retries("0"), false},
      {retries("10"), false},
      {retries("11"), true},
      {duration("0"), true},
      {duration("1"), false},
      {duration("1430"), false},
      {duration("1431"), true},
  });
}

TEST(IJ201OutOfRange, Dialects) {
  expect_table("IJ201", {
      {record_with(R"("jobExecutionsRolloutConfig": {"maximumPerMinute": 1001})"), true},
      {record_with(R"("jobExecutionsRolloutConfig": {"maximumPerMinute": 1000})"), false},
      {catalog_with(R"("job_executions_rollout_config": {"maximum_per_minute": 1001})"), true},
      {catalog_with(R"("job_executions_rollout_config": {"maximum_per_minute": 1000})"), false},
      {catalog_with(R"("job_executions_retry_config": {"criteria_list": [{"failure_type": "FAILED", "number_of_retries": 11}]})"), true},
      {catalog_with(R"("job_executions_retry_config": {"criteria_list": [{"failure_type": "FAILED", "number_of_retries": 10}]})"), false},
      // job process counts have no model minimum (negative counts are IJ404's)
      {record_with(R"("jobProcessDetails": {"numberOfSucceededThings": -1})"), false},
  });
}

TEST(IJ201OutOfRange, OtherRulesOwnTheirLimits) {
  EXPECT_EQ(codes_of(job_with(R"("presignedUrlConfig": {"expiresInSec": 59})")), Codes{"IJ103"});
  EXPECT_EQ(codes_of(job_with(R"("timeoutConfig": {"inProgressTimeoutInMinutes": 0})")), Codes{"IJ104"});
  // precision and range both fire on one value
  EXPECT_EQ(codes_of(threshold("100.001")), (Codes{"IJ101", "IJ201"}));
  EXPECT_EQ(codes_of(factor("1.05")), (Codes{"IJ102", "IJ201"}));
}

TEST(IJ201OutOfRange, WrongTypeIsIJ004Only) {
  EXPECT_EQ(codes_of(max_per_minute("1001.0")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(max_per_minute("\"1001\"")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(max_per_minute("2147483648")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(factor("\"9\"")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(retries("11.0")), Codes{"IJ004"});
  auto r = lint(max_per_minute("1001.0"), "job.json", without("IJ004"));
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
}

TEST(IJ201OutOfRange, PointsAtTheValue) {
  const std::string text = max_per_minute("1001");
  EXPECT_EQ(span_of(text, "IJ201"), "5:54-5:58");
  EXPECT_EQ(message_of(text, "IJ201"), "maximumPerMinute 1001 is outside 1..1000");
  EXPECT_EQ(pointer_of(text, "IJ201"), "/jobExecutionsRolloutConfig/maximumPerMinute");
  EXPECT_EQ(message_of(factor("1.0"), "IJ201"), "incrementFactor 1.0 is outside 1.1..5");
  EXPECT_EQ(message_of(min_executed("0"), "IJ201"), "minNumberOfExecutedThings 0 is below the minimum 1");
  const std::string catalog = catalog_with(
      R"("job_executions_retry_config": {"criteria_list": [{"failure_type": "FAILED", "number_of_retries": 11}]})");
  EXPECT_EQ(span_of(catalog, "IJ201"), "6:103-6:105");
  EXPECT_EQ(message_of(catalog, "IJ201"), "number_of_retries 11 is outside 0..10");
  EXPECT_EQ(span_of(duration("1431"), "IJ201"), "5:103-5:107");
}

TEST(IJ201OutOfRange, NumbersBeyondTheDoubleRange) {
  // RFC 8259 allows them: a double field with a limit is out of range, JSON and YAML alike
  for (const char* file : {"job.json", "job.yaml"}) {
    expect_messages("IJ201", {
        {threshold("1e400"), "thresholdPercentage 1e400 is outside 0..100", file},
        {threshold("-1e400"), "thresholdPercentage -1e400 is outside 0..100", file},
        {factor("1e999"), "incrementFactor 1e999 is outside 1.1..5", file},
        {factor("1E+400"), "incrementFactor 1E+400 is outside 1.1..5", file},
    });
  }
  EXPECT_EQ(codes_of(threshold("1e400")), Codes{"IJ201"});  // no IJ101: no decimal places
  EXPECT_EQ(span_of(threshold("-1e400"), "IJ201"), span_of(threshold("-1.0e4"), "IJ201"));
}

}  // namespace
}  // namespace ijl::test
