// IJ102 increment-factor-precision: at most one decimal place, judged on the literal as written.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string with_factor(const std::string& v) {
  return job_with(R"("jobExecutionsRolloutConfig": {"exponentialRate": {"baseRatePerMinute": 1, "incrementFactor": )" + v +
                  R"(, "rateIncreaseCriteria": {"numberOfNotifiedThings": 1}}})");
}
std::string record_factor(const std::string& v) {
  return record_with(R"("jobExecutionsRolloutConfig": {"exponentialRate": {"baseRatePerMinute": 1, "incrementFactor": )" + v +
                     R"(, "rateIncreaseCriteria": {"numberOfNotifiedThings": 1}}})");
}
std::string catalog_factor(const std::string& v) {
  return catalog_with(R"("job_executions_rollout_config": {"exponential_rate": {"base_rate_per_minute": 1, "increment_factor": )" + v +
                      R"(, "rate_increase_criteria": {"number_of_notified_things": 1}}})");
}

TEST(IJ102IncrementFactorPrecision, Edges) {
  expect_table("IJ102", {
      {with_factor("1.5"), false},      // last that passes
      {with_factor("1.55"), true},      // first that fails
      {with_factor("1.1"), false},
      {with_factor("4.9"), false},
      {with_factor("4.99"), true},
      {with_factor("2"), false},
      {with_factor("5.0"), false},
      {with_factor("1.50"), false},     // trailing zeros do not count
      {with_factor("1.500000"), false},
      {with_factor("15e-1"), false},    // 1.5
      {with_factor("155e-2"), true},    // 1.55
      {with_factor("0.15E1"), false},   // 1.5
      {with_factor("0.155E1"), true},
      {with_factor("1.05"), true},      // also IJ201 (below 1.1)
      {with_factor("1.0999999999999999999"), true},
  });
}

TEST(IJ102IncrementFactorPrecision, Dialects) {
  expect_table("IJ102", {
      {record_factor("1.5"), false},
      {record_factor("1.55"), true},
      {catalog_factor("1.5"), false},
      {catalog_factor("1.55"), true},
  });
}

TEST(IJ102IncrementFactorPrecision, WrongTypeAndAbsent) {
  EXPECT_EQ(codes_of(with_factor("\"1.55\"")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(with_factor("true")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(job_with(R"("jobExecutionsRolloutConfig": {"exponentialRate": {"baseRatePerMinute": 1, "rateIncreaseCriteria": {"numberOfNotifiedThings": 1}}})")),
            Codes{"IJ005"});
}

TEST(IJ102IncrementFactorPrecision, PrecisionAndRangeBothFire) {
  EXPECT_EQ(codes_of(with_factor("1.55")), Codes{"IJ102"});
  EXPECT_EQ(codes_of(with_factor("1.05")), (Codes{"IJ102", "IJ201"}));
  EXPECT_EQ(codes_of(with_factor("5.01")), (Codes{"IJ102", "IJ201"}));
}

TEST(IJ102IncrementFactorPrecision, PointsAtTheValue) {
  const std::string text = with_factor("1.55");
  EXPECT_EQ(span_of(text, "IJ102"), "5:97-5:101");
  EXPECT_EQ(message_of(text, "IJ102"), "incrementFactor 1.55 has 2 decimal places; AWS IoT accepts at most 1");
  EXPECT_EQ(pointer_of(text, "IJ102"), "/jobExecutionsRolloutConfig/exponentialRate/incrementFactor");
  const std::string catalog = catalog_factor("155e-2");
  EXPECT_EQ(span_of(catalog, "IJ102"), "6:107-6:113");
  EXPECT_EQ(message_of(catalog, "IJ102"), "increment_factor 155e-2 has 2 decimal places; AWS IoT accepts at most 1");
}

}  // namespace
}  // namespace ijl::test
