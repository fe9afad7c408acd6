// IJ403 status-consistency: each condition in order, one per record, positions.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

TEST(IJ403StatusConsistency, BoundaryTable) {
  expect_table("IJ403",
               {
                   // status COMPLETED without completedAt; a CANCELED job may lack it
                   {R"("status": "COMPLETED")", true},
                   {R"("status": "CANCELED")", false},
                   {R"("status": "CANCELED", "forceCanceled": true)", false},
                   {R"("status": "COMPLETED", "completedAt": "2026-11-21T10:00:00Z")", false},
                   {R"("status": "CANCELED", "completedAt": 1795168900)", false},
                   {R"("status": "COMPLETED", "completedAt": null)", true},  // null means absent
                   {R"("status": "COMPLETED", "completedAt": "soon")", false},  // IJ004 only
                   // completedAt while IN_PROGRESS or SCHEDULED
                   {R"("status": "IN_PROGRESS", "completedAt": "2026-11-21T10:00:00Z")", true},
                   {R"("status": "SCHEDULED", "completedAt": "2026-11-21T10:00:00Z")", true},
                   {R"("status": "IN_PROGRESS")", false},
                   {R"("status": "DELETION_IN_PROGRESS", "completedAt": "2026-11-21T10:00:00Z")", false},
                   {R"("status": "DELETION_IN_PROGRESS")", false},
                   // forceCanceled while not CANCELED
                   {R"("status": "CANCELED", "completedAt": 1795168900, "forceCanceled": true)", false},
                   {R"("status": "COMPLETED", "completedAt": 1795168900, "forceCanceled": true)", true},
                   {R"("status": "IN_PROGRESS", "forceCanceled": true)", true},
                   {R"("status": "IN_PROGRESS", "forceCanceled": false)", false},
                   {R"("forceCanceled": true)", true},    // no status
                   {R"("forceCanceled": false)", false},
                   {R"("forceCanceled": "true")", false},  // IJ004 only
                   {R"("status": "canceled", "forceCanceled": true)", true},  // IJ204 and IJ403: not CANCELED
                   {R"("status": 3, "forceCanceled": true)", false},          // IJ004 only
                   {"", false},
               },
               record_with);
}

TEST(IJ403StatusConsistency, OnePerRecordTheFirstThatHolds) {
  std::string text = record_with(R"("status": "IN_PROGRESS", "completedAt": 1795168900, "forceCanceled": true)");
  EXPECT_EQ(messages(text, "IJ403"), std::vector<std::string>{"status \"IN_PROGRESS\" but completedAt is set"});
  text = record_with(R"("status": "COMPLETED", "forceCanceled": true)");
  EXPECT_EQ(messages(text, "IJ403"), std::vector<std::string>{"status \"COMPLETED\" has no completedAt"});
  text = record_with(R"("status": "SCHEDULED", "completedAt": 1795168900, "forceCanceled": true)");
  EXPECT_EQ(messages(text, "IJ403"), std::vector<std::string>{"status \"SCHEDULED\" but completedAt is set"});
  text = record_with(R"("status": "CANCELED", "forceCanceled": false)");
  EXPECT_EQ(messages(text, "IJ403"), std::vector<std::string>{});
}

TEST(IJ403StatusConsistency, EachDialectsSpelling) {
  EXPECT_EQ(messages(catalog_with(R"("status": "IN_PROGRESS", "force_canceled": true)"), "IJ403"),
            std::vector<std::string>{"status \"IN_PROGRESS\" but force_canceled is true"});
  EXPECT_EQ(messages(catalog_with(R"("status": "COMPLETED")"), "IJ403"),
            std::vector<std::string>{"status \"COMPLETED\" has no completed_at"});
  EXPECT_EQ(messages(catalog_with(R"("status": "CANCELED")"), "IJ403"), std::vector<std::string>{});
  EXPECT_NOT_FIRES("IJ403", job_with(R"("status": "COMPLETED")"));  // IJ003: not a create-job field
}

TEST(IJ403StatusConsistency, PointsAtTheStatusValue) {
  std::string text = record_with(R"("status": "COMPLETED")");
  EXPECT_EQ(spans(text, "IJ403"), std::vector<std::string>{"5:15-5:26"});
  EXPECT_EQ(pointer_of(text, "IJ403"), "/job/status");
  auto r = lint(text);
  for (const auto& d : r.diagnostics) {
    if (d.rule->code == "IJ403") {
      EXPECT_EQ(d.severity, Severity::Warning);
    }
  }
}

TEST(IJ403StatusConsistency, PointsAtForceCanceledWithoutStatus) {
  std::string text = record_with(R"("forceCanceled": true)");
  EXPECT_EQ(spans(text, "IJ403"), std::vector<std::string>{"5:22-5:26"});
  EXPECT_EQ(pointer_of(text, "IJ403"), "/job/forceCanceled");
  EXPECT_EQ(messages(text, "IJ403"),
            std::vector<std::string>{"forceCanceled is true but there is no status (only a CANCELED job is force-canceled)"});
}

}  // namespace
}  // namespace ijl::test
