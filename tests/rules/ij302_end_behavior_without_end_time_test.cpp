// IJ302 end-behavior-without-end-time: presence of endTime, types, dialects, position.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string scheduling(const std::string& members) { return job_with("\"schedulingConfig\": {" + members + "}"); }

TEST(IJ302EndBehaviorWithoutEndTime, BoundaryTable) {
  expect_table("IJ302",
               {
                   {R"("startTime": "2026-12-01T02:00", "endBehavior": "CANCEL")", true},
                   {R"("endBehavior": "STOP_ROLLOUT")", true},
                   {R"("endBehavior": "stop_rollout")", true},  // IJ204 and IJ302: still present, still ignored
                   {R"("startTime": "2026-12-01T02:00", "endTime": "2026-12-01T04:00", "endBehavior": "CANCEL")", false},
                   {R"("startTime": "2026-12-01T02:00", "endTime": "", "endBehavior": "CANCEL")", false},  // IJ202
                   {R"("startTime": "2026-12-01T02:00", "endTime": 5, "endBehavior": "CANCEL")", false},   // IJ004
                   {R"("startTime": "2026-12-01T02:00", "endTime": null, "endBehavior": "CANCEL")", false},
                   {R"("startTime": "2026-12-01T02:00")", false},
                   {R"("endBehavior": 3)", false},  // IJ004 only
                   {R"("endBehavior": null)", false},
               },
               scheduling);
}

TEST(IJ302EndBehaviorWithoutEndTime, EachDialectsSpelling) {
  EXPECT_FIRES("IJ302", record_with(R"("schedulingConfig": {"endBehavior": "CANCEL"})"));
  EXPECT_NOT_FIRES("IJ302", record_with(R"("schedulingConfig": {"endTime": "2026-12-01T04:00", "endBehavior": "CANCEL"})"));
  // in a record null means absent
  EXPECT_FIRES("IJ302", record_with(R"("schedulingConfig": {"endTime": null, "endBehavior": "CANCEL"})"));
  std::string catalog = catalog_with(R"("scheduling_config": {"end_behavior": "CANCEL"})");
  EXPECT_FIRES("IJ302", catalog);
  EXPECT_EQ(messages(catalog, "IJ302"), std::vector<std::string>{"end_behavior \"CANCEL\" has no effect without end_time"});
  EXPECT_NOT_FIRES("IJ302",
                   catalog_with(R"("scheduling_config": {"end_time": "2026-12-01T04:00", "end_behavior": "CANCEL"})"));
}

TEST(IJ302EndBehaviorWithoutEndTime, PointsAtTheEndBehaviorKey) {
  std::string text = scheduling(R"("startTime": "2026-12-01T02:00", "endBehavior": "CANCEL")");
  EXPECT_EQ(spans(text, "IJ302"), std::vector<std::string>{"5:57-5:70"});
  EXPECT_EQ(pointer_of(text, "IJ302"), "/schedulingConfig/endBehavior");
  EXPECT_EQ(messages(text, "IJ302"), std::vector<std::string>{"endBehavior \"CANCEL\" has no effect without endTime"});
}

TEST(IJ302EndBehaviorWithoutEndTime, IsAWarning) {
  auto r = lint(scheduling(R"("endBehavior": "CANCEL")"));
  ASSERT_EQ(count(r, "IJ302"), 1);
  for (const auto& d : r.diagnostics) {
    if (d.rule->code == "IJ302") {
      EXPECT_EQ(d.severity, Severity::Warning);
    }
  }
}

}  // namespace
}  // namespace ijl::test
