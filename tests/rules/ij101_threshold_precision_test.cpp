// IJ101 threshold-precision: at most two decimal places, judged on the literal as written.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string criterion(const std::string& threshold) {
  return R"({"failureType": "FAILED", "action": "CANCEL", "thresholdPercentage": )" + threshold +
         R"(, "minNumberOfExecutedThings": 1})";
}
std::string with_threshold(const std::string& v) {
  return job_with(R"("abortConfig": {"criteriaList": [)" + criterion(v) + "]}");
}
std::string record_threshold(const std::string& v) {
  return record_with(R"("abortConfig": {"criteriaList": [)" + criterion(v) + "]}");
}
std::string catalog_threshold(const std::string& v) {
  return catalog_with(R"("abort_config": {"criteria_list": [{"failure_type": "FAILED", "action": "CANCEL", "threshold_percentage": )" +
                      v + R"(, "min_number_of_executed_things": 1}]})");
}

TEST(IJ101ThresholdPrecision, Edges) {
  expect_table("IJ101", {
      {with_threshold("10.99"), false},      // last that passes
      {with_threshold("10.999"), true},      // first that fails
      {with_threshold("1.099e1"), false},    // 10.99
      {with_threshold("1.0999e1"), true},    // 10.999
      {with_threshold("1e-3"), true},        // 0.001
      {with_threshold("1e-2"), false},       // 0.01
      {with_threshold("5E-3"), true},
      {with_threshold("1234e-2"), false},    // 12.34
      {with_threshold("12345e-3"), true},    // 12.345
      {with_threshold("10.100"), false},     // trailing zeros do not count
      {with_threshold("12.3450"), true},     // 12.345
      {with_threshold("12.3400"), false},
      {with_threshold("0.000"), false},
      {with_threshold("10.10"), false},
      // no binary floating point: these are two places as written
      {with_threshold("64.99"), false},
      {with_threshold("0.29"), false},
      {with_threshold("1.15"), false},
      {with_threshold("99.995"), true},
      {with_threshold("50"), false},
      {with_threshold("1E1"), false},
      {with_threshold("100"), false},
      {with_threshold("0"), false},
      {with_threshold("-0.001"), true},      // also IJ201
  });
}

TEST(IJ101ThresholdPrecision, Dialects) {
  expect_table("IJ101", {
      {record_threshold("10.99"), false},
      {record_threshold("10.999"), true},
      {catalog_threshold("10.99"), false},
      {catalog_threshold("10.999"), true},
      {catalog_threshold("1e-3"), true},
  });
}

TEST(IJ101ThresholdPrecision, WrongTypeAndAbsent) {
  // wrong type: IJ004 only
  EXPECT_EQ(codes_of(with_threshold("\"10.999\"")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(with_threshold("null")), Codes{"IJ004"});
  // absent: IJ005, not IJ101
  EXPECT_EQ(codes_of(job_with(R"("abortConfig": {"criteriaList": [{"failureType": "FAILED", "action": "CANCEL", "minNumberOfExecutedThings": 1}]})")),
            Codes{"IJ005"});
  // null in a record is absent
  EXPECT_EQ(count(lint(record_threshold("null")), "IJ101"), 0);
}

TEST(IJ101ThresholdPrecision, PrecisionAndRangeBothFire) {
  EXPECT_EQ(codes_of(with_threshold("100.001")), (Codes{"IJ101", "IJ201"}));
  EXPECT_EQ(codes_of(with_threshold("10.999")), Codes{"IJ101"});
}

TEST(IJ101ThresholdPrecision, Yaml) {
  auto yaml = [](const std::string& v) {
    return "jobId: fw-1\ntargets: [arn:aws:iot:us-east-1:123456789012:thing/a]\ndocumentSource: s\nabortConfig:\n"
           "  criteriaList:\n    - failureType: FAILED\n      action: CANCEL\n      thresholdPercentage: " + v +
           "\n      minNumberOfExecutedThings: 1\n";
  };
  expect_table("IJ101", {
      {yaml("10.99"), false, "job.yaml"},
      {yaml("10.999"), true, "job.yaml"},
      {yaml("0x10"), false, "job.yaml"},   // a hexadecimal or octal integer has no decimal places
      {yaml("0o17"), false, "job.yaml"},
      {yaml("1.5e-3"), true, "job.yaml"},
      {yaml("10.100"), false, "job.yaml"},
  });
  EXPECT_EQ(span_of(yaml("10.999"), "IJ101", "job.yaml"), "8:28-8:34");
}

TEST(IJ101ThresholdPrecision, PointsAtTheValue) {
  const std::string text = with_threshold("10.999");
  EXPECT_EQ(span_of(text, "IJ101"), "5:105-5:111");
  EXPECT_EQ(message_of(text, "IJ101"), "thresholdPercentage 10.999 has 3 decimal places; AWS IoT accepts at most 2");
  EXPECT_EQ(pointer_of(text, "IJ101"), "/abortConfig/criteriaList/0/thresholdPercentage");
  // the second criterion
  const std::string two = job_with("\"abortConfig\": {\"criteriaList\": [\n    " + criterion("1.5") + ",\n    " +
                                   criterion("1.505") + "\n  ]}");
  EXPECT_EQ(span_of(two, "IJ101"), "7:74-7:79");
  EXPECT_EQ(pointer_of(two, "IJ101"), "/abortConfig/criteriaList/1/thresholdPercentage");
  // catalog spelling in the message
  EXPECT_EQ(message_of(catalog_threshold("1e-3"), "IJ101"),
            "threshold_percentage 1e-3 has 3 decimal places; AWS IoT accepts at most 2");
}

}  // namespace
}  // namespace ijl::test
