// IJ204 invalid-enum: exact, case-sensitive enumerations, with a hint for a case-insensitive match.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string selection(const std::string& v) { return job_with(R"("targetSelection": )" + v); }
std::string criterion(const std::string& failure, const std::string& action) {
  return job_with(R"("abortConfig": {"criteriaList": [{"failureType": ")" + failure + R"(", "action": ")" + action +
                  R"(", "thresholdPercentage": 10, "minNumberOfExecutedThings": 1}]})");
}
std::string retry(const std::string& failure) {
  return job_with(R"("jobExecutionsRetryConfig": {"criteriaList": [{"failureType": ")" + failure + R"(", "numberOfRetries": 1}]})");
}
std::string behavior(const std::string& v) { return job_with(R"("schedulingConfig": {"endBehavior": ")" + v + "\"}"); }
std::string status(const std::string& v) { return record_with(R"("status": ")" + v + "\""); }

TEST(IJ204InvalidEnum, Table) {
  expect_table("IJ204", {
      {selection(R"("CONTINUOUS")"), false},
      {selection(R"("SNAPSHOT")"), false},
      {selection(R"("snapshot")"), true},
      {selection(R"("Snapshot")"), true},
      {selection(R"("SNAPSHOTS")"), true},
      {selection(R"(" SNAPSHOT")"), true},
      {selection(R"("")"), true},  // no length limit on an enum
      {criterion("FAILED", "CANCEL"), false},
      {criterion("REJECTED", "CANCEL"), false},
      {criterion("TIMED_OUT", "CANCEL"), false},
      {criterion("ALL", "CANCEL"), false},
      {criterion("failed", "CANCEL"), true},
      {criterion("FAILED", "cancel"), true},
      {criterion("FAILED", "STOP"), true},
      {retry("FAILED"), false},
      {retry("TIMED_OUT"), false},
      {retry("ALL"), false},
      {retry("REJECTED"), true},  // allowed in abort criteria, not in retry criteria
      {behavior("STOP_ROLLOUT"), false},
      {behavior("CANCEL"), false},
      {behavior("FORCE_CANCEL"), false},
      {behavior("cancel"), true},
      {behavior("STOP"), true},
      {status("IN_PROGRESS"), false},
      {status("CANCELED"), false},
      {status("COMPLETED"), false},
      {status("DELETION_IN_PROGRESS"), false},
      {status("SCHEDULED"), false},
      {status("in_progress"), true},
      {status("CANCELLED"), true},
      {record_with(R"("targetSelection": "snapshot")"), true},
      {catalog_with(R"("target_selection": "SNAPSHOT")"), false},
      {catalog_with(R"("target_selection": "snapshot")"), true},
      {catalog_with(R"("status": "done")"), true},
      {record_with(R"("status": null)"), false},
  });
}

TEST(IJ204InvalidEnum, HintForACaseInsensitiveMatch) {
  EXPECT_EQ(message_of(selection(R"("snapshot")"), "IJ204"),
            R"(targetSelection "snapshot" is not one of CONTINUOUS, SNAPSHOT; did you mean "SNAPSHOT"?)");
  EXPECT_EQ(message_of(selection(R"("SNAPSHOTS")"), "IJ204"),
            R"(targetSelection "SNAPSHOTS" is not one of CONTINUOUS, SNAPSHOT)");
  EXPECT_EQ(message_of(status("in_progress"), "IJ204"),
            R"(status "in_progress" is not one of IN_PROGRESS, CANCELED, COMPLETED, DELETION_IN_PROGRESS, SCHEDULED; did you mean "IN_PROGRESS"?)");
  EXPECT_EQ(message_of(catalog_with(R"("target_selection": "Continuous")"), "IJ204"),
            R"(target_selection "Continuous" is not one of CONTINUOUS, SNAPSHOT; did you mean "CONTINUOUS"?)");
}

TEST(IJ204InvalidEnum, WrongTypeIsIJ004Only) {
  EXPECT_EQ(codes_of(selection("true")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(selection("1")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(selection("null")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(selection(R"(["SNAPSHOT"])")), Codes{"IJ004"});
}

TEST(IJ204InvalidEnum, PointsAtTheValue) {
  const std::string text = selection(R"("snapshot")");
  EXPECT_EQ(span_of(text, "IJ204"), "5:22-5:32");
  EXPECT_EQ(pointer_of(text, "IJ204"), "/targetSelection");
  const std::string r = retry("REJECTED");
  EXPECT_EQ(span_of(r, "IJ204"), "5:65-5:75");
  EXPECT_EQ(pointer_of(r, "IJ204"), "/jobExecutionsRetryConfig/criteriaList/0/failureType");
  EXPECT_EQ(span_of(status("done"), "IJ204"), "5:15-5:21");
}

}  // namespace
}  // namespace ijl::test
