// IJ305 rate-increase-both: both thresholds set; the later key in the file.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string criteria(const std::string& members) {
  return job_with(
      "\"jobExecutionsRolloutConfig\": {\"exponentialRate\": {\"baseRatePerMinute\": 10, \"incrementFactor\": 2, "
      "\"rateIncreaseCriteria\": {" + members + "}}}");
}

TEST(IJ305RateIncreaseBoth, BoundaryTable) {
  expect_table("IJ305",
               {
                   {R"("numberOfNotifiedThings": 10, "numberOfSucceededThings": 5)", true},
                   {R"("numberOfSucceededThings": 5, "numberOfNotifiedThings": 10)", true},
                   {R"("numberOfNotifiedThings": 0, "numberOfSucceededThings": 0)", true},  // IJ201 twice and IJ305
                   {R"("numberOfNotifiedThings": 10)", false},
                   {R"("numberOfSucceededThings": 5)", false},
                   {"", false},  // IJ304
                   {R"("numberOfNotifiedThings": "10", "numberOfSucceededThings": 5)", false},  // IJ004 only
                   {R"("numberOfNotifiedThings": 10, "numberOfSucceededThings": 5.5)", false},  // IJ004 only
               },
               criteria);
}

TEST(IJ305RateIncreaseBoth, EachDialectsSpelling) {
  std::string rate = R"("jobExecutionsRolloutConfig": {"exponentialRate": {"baseRatePerMinute": 10, "incrementFactor": 2, "rateIncreaseCriteria": )";
  EXPECT_FIRES("IJ305", record_with(rate + R"({"numberOfNotifiedThings": 3, "numberOfSucceededThings": 2}}})"));
  EXPECT_NOT_FIRES("IJ305", record_with(rate + R"({"numberOfNotifiedThings": 3, "numberOfSucceededThings": null}}})"));
  std::string catalog = catalog_with(
      R"("job_executions_rollout_config": {"exponential_rate": {"base_rate_per_minute": 10, "increment_factor": 2, )"
      R"("rate_increase_criteria": {"number_of_notified_things": 3, "number_of_succeeded_things": 2}}})");
  EXPECT_EQ(messages(catalog, "IJ305"),
            std::vector<std::string>{"rate_increase_criteria sets both number_of_notified_things 3 and "
                                     "number_of_succeeded_things 2; the rate increases when either is met"});
}

TEST(IJ305RateIncreaseBoth, PointsAtTheLaterKey) {
  std::string text = job_with(
      "\"jobExecutionsRolloutConfig\": {\"exponentialRate\": {\"baseRatePerMinute\": 10, \"incrementFactor\": 2,\n"
      "    \"rateIncreaseCriteria\": {\n      \"numberOfSucceededThings\": 5,\n      \"numberOfNotifiedThings\": 10\n"
      "    }\n  }}");
  EXPECT_EQ(spans(text, "IJ305"), std::vector<std::string>{"8:7-8:31"});
  EXPECT_EQ(pointer_of(text, "IJ305"),
            "/jobExecutionsRolloutConfig/exponentialRate/rateIncreaseCriteria/numberOfNotifiedThings");
  auto r = lint(text);
  for (const auto& d : r.diagnostics) {
    if (d.rule->code == "IJ305") {
      EXPECT_EQ(d.severity, Severity::Warning);
    }
  }
}

}  // namespace
}  // namespace ijl::test
