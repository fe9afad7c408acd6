// IJ304 rate-increase-criteria: neither threshold set; types, null, dialects, position.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string criteria(const std::string& members) {
  return job_with(
      "\"jobExecutionsRolloutConfig\": {\"exponentialRate\": {\"baseRatePerMinute\": 10, \"incrementFactor\": 2, "
      "\"rateIncreaseCriteria\": {" + members + "}}}");
}

TEST(IJ304RateIncreaseCriteria, BoundaryTable) {
  expect_table("IJ304",
               {
                   {"", true},
                   {R"("numberOfNotifiedThings": 1)", false},
                   {R"("numberOfSucceededThings": 1)", false},
                   {R"("numberOfNotifiedThings": 1, "numberOfSucceededThings": 1)", false},  // IJ305
                   {R"("numberOfNotifiedThings": 0)", false},    // IJ201: set all the same
                   {R"("numberOfNotifiedThings": "5")", false},  // IJ004: set all the same
                   {R"("numberOfNotifiedThings": null)", false},  // IJ004 in a create-job request
                   {R"("numberofnotifiedthings": 5)", true},     // IJ003: not the field
               },
               criteria);
}

TEST(IJ304RateIncreaseCriteria, AbsentOrWrongTypeCriteriaIsNotThisRule) {
  EXPECT_NOT_FIRES("IJ304", job_with(R"("jobExecutionsRolloutConfig": {"exponentialRate": {"baseRatePerMinute": 10, "incrementFactor": 2}})"));
  EXPECT_NOT_FIRES("IJ304", job_with(R"("jobExecutionsRolloutConfig": {"exponentialRate": {"baseRatePerMinute": 10, "incrementFactor": 2, "rateIncreaseCriteria": []}})"));
}

TEST(IJ304RateIncreaseCriteria, EachDialectsSpelling) {
  std::string rate = R"("jobExecutionsRolloutConfig": {"exponentialRate": {"baseRatePerMinute": 10, "incrementFactor": 2, "rateIncreaseCriteria": )";
  EXPECT_FIRES("IJ304", record_with(rate + "{}}}"));
  EXPECT_FIRES("IJ304", record_with(rate + R"({"numberOfNotifiedThings": null}}})"));  // null means absent in records
  EXPECT_NOT_FIRES("IJ304", record_with(rate + R"({"numberOfNotifiedThings": 3}}})"));
  std::string catalog = catalog_with(
      R"("job_executions_rollout_config": {"exponential_rate": {"base_rate_per_minute": 10, "increment_factor": 2, )"
      R"("rate_increase_criteria": {}}})");
  EXPECT_EQ(messages(catalog, "IJ304"),
            std::vector<std::string>{"rate_increase_criteria sets neither number_of_notified_things nor "
                                     "number_of_succeeded_things: the rate never increases"});
}

TEST(IJ304RateIncreaseCriteria, PointsAtTheCriteriaKey) {
  std::string text = job_with(
      "\"jobExecutionsRolloutConfig\": {\"exponentialRate\": {\n    \"baseRatePerMinute\": 10,\n"
      "    \"incrementFactor\": 2,\n    \"rateIncreaseCriteria\": {}\n  }}");
  EXPECT_EQ(spans(text, "IJ304"), std::vector<std::string>{"8:5-8:27"});
  EXPECT_EQ(pointer_of(text, "IJ304"), "/jobExecutionsRolloutConfig/exponentialRate/rateIncreaseCriteria");
}

}  // namespace
}  // namespace ijl::test
