// IJ404 negative-count: every count field, the edge at 0, types, dialects, position.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string counts(const std::string& members) { return record_with("\"jobProcessDetails\": {" + members + "}"); }

TEST(IJ404NegativeCount, BoundaryTable) {
  expect_table("IJ404",
               {
                   {R"("numberOfFailedThings": 0)", false},  // last value that passes
                   {R"("numberOfFailedThings": -1)", true},  // first that fails
                   {R"("numberOfFailedThings": -2147483648)", true},
                   {R"("numberOfFailedThings": 12)", false},
                   {R"("numberOfFailedThings": -0)", false},
                   {R"("numberOfFailedThings": -1.5)", false},  // IJ004 only
                   {R"("numberOfFailedThings": "-1")", false},  // IJ004 only
                   {R"("numberOfFailedThings": null)", false},
                   {R"("numberOfCanceledThings": -1)", true},
                   {R"("numberOfSucceededThings": -1)", true},
                   {R"("numberOfRejectedThings": -1)", true},
                   {R"("numberOfQueuedThings": -1)", true},
                   {R"("numberOfInProgressThings": -1)", true},
                   {R"("numberOfRemovedThings": -1)", true},
                   {R"("numberOfTimedOutThings": -1)", true},
               },
               counts);
}

TEST(IJ404NegativeCount, EachNegativeCountIsReported) {
  EXPECT_EQ(count(lint(counts(R"("numberOfFailedThings": -1, "numberOfQueuedThings": 3, "numberOfRemovedThings": -4)")), "IJ404"), 2);
}

TEST(IJ404NegativeCount, OnlyJobProcessDetailsCounts) {
  // rate increase thresholds are IJ201's
  EXPECT_NOT_FIRES("IJ404", job_with(
      R"("jobExecutionsRolloutConfig": {"exponentialRate": {"baseRatePerMinute": 10, "incrementFactor": 2, "rateIncreaseCriteria": {"numberOfSucceededThings": -1}}})"));
}

TEST(IJ404NegativeCount, EachDialectsSpelling) {
  EXPECT_EQ(messages(catalog_with(R"("job_process_details": {"number_of_timed_out_things": -3})"), "IJ404"),
            std::vector<std::string>{"number_of_timed_out_things -3 is below 0"});
}

TEST(IJ404NegativeCount, PointsAtTheValue) {
  std::string text = counts(R"("numberOfFailedThings": -1)");
  EXPECT_EQ(spans(text, "IJ404"), std::vector<std::string>{"5:51-5:53"});
  EXPECT_EQ(pointer_of(text, "IJ404"), "/job/jobProcessDetails/numberOfFailedThings");
  EXPECT_EQ(messages(text, "IJ404"), std::vector<std::string>{"numberOfFailedThings -1 is below 0"});
}

}  // namespace
}  // namespace ijl::test
