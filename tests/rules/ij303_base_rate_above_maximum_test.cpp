// IJ303 base-rate-above-maximum: the edge at equality, types, dialects, position.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string rollout(const std::string& max, const std::string& base) {
  std::string out = "\"jobExecutionsRolloutConfig\": {";
  if (!max.empty()) out += "\"maximumPerMinute\": " + max + ", ";
  return out + "\"exponentialRate\": {\"baseRatePerMinute\": " + base +
         ", \"incrementFactor\": 2, \"rateIncreaseCriteria\": {\"numberOfNotifiedThings\": 5}}}";
}

TEST(IJ303BaseRateAboveMaximum, BoundaryTable) {
  struct R {
    std::string max, base;
    bool fires;
  };
  for (const auto& r : std::vector<R>{
           {"100", "100", false},  // last value that passes
           {"100", "101", true},   // first that fails
           {"100", "99", false},
           {"1", "1000", true},
           {"5", "2000", true},    // IJ201 and IJ303
           {"", "1000", false},    // no maximum
           {"100", "\"200\"", false},  // IJ004 only
           {"\"100\"", "200", false},  // IJ004 only
           {"100.0", "200", false},    // IJ004 only: an integer field
           {"100", "200.5", false},
       }) {
    SCOPED_TRACE(r.max + " / " + r.base);
    std::string text = job_with(rollout(r.max, r.base));
    if (r.fires) {
      EXPECT_FIRES("IJ303", text);
    } else {
      EXPECT_NOT_FIRES("IJ303", text);
    }
  }
}

TEST(IJ303BaseRateAboveMaximum, EachDialectsSpelling) {
  EXPECT_FIRES("IJ303", record_with(rollout("10", "20")));
  std::string catalog = catalog_with(
      R"("job_executions_rollout_config": {"maximum_per_minute": 10, "exponential_rate": {"base_rate_per_minute": 20, )"
      R"("increment_factor": 2, "rate_increase_criteria": {"number_of_notified_things": 5}}})");
  EXPECT_EQ(messages(catalog, "IJ303"), std::vector<std::string>{"base_rate_per_minute 20 is above maximum_per_minute 10"});
}

TEST(IJ303BaseRateAboveMaximum, PointsAtTheBaseRateValue) {
  std::string text = job_with(
      "\"jobExecutionsRolloutConfig\": {\n    \"maximumPerMinute\": 100,\n    \"exponentialRate\": {\n"
      "      \"baseRatePerMinute\": 250,\n      \"incrementFactor\": 2,\n"
      "      \"rateIncreaseCriteria\": {\"numberOfNotifiedThings\": 5}\n    }\n  }");
  EXPECT_EQ(spans(text, "IJ303"), std::vector<std::string>{"8:28-8:31"});
  EXPECT_EQ(pointer_of(text, "IJ303"), "/jobExecutionsRolloutConfig/exponentialRate/baseRatePerMinute");
  EXPECT_EQ(messages(text, "IJ303"), std::vector<std::string>{"baseRatePerMinute 250 is above maximumPerMinute 100"});
}

}  // namespace
}  // namespace ijl::test
