// IJ105 schedule-time-format: exactly YYYY-MM-DDTHH:MM (UTC) naming a real date and time.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string with_start(const std::string& v) { return job_with(R"("schedulingConfig": {"startTime": )" + v + "}"); }
std::string with_end(const std::string& v) { return job_with(R"("schedulingConfig": {"endTime": )" + v + "}"); }
std::string record_rollout(const std::string& v) {
  return record_with(R"("scheduledJobRollouts": [{"startTime": )" + v + "}]");
}
std::string catalog_start(const std::string& v) {
  return catalog_with(R"("scheduling_config": {"start_time": )" + v + "}");
}

TEST(IJ105ScheduleTimeFormat, Edges) {
  expect_table("IJ105", {
      {with_start(R"("2026-12-01T10:00")"), false},
      {with_start(R"("2026-12-01T23:59")"), false},
      {with_start(R"("2026-12-01T00:00")"), false},
      {with_start(R"("2028-02-29T10:00")"), false},   // a leap day (IJ106 says it is too far)
      // no real date or time
      {with_start(R"("2026-02-30T10:00")"), true},
      {with_start(R"("2027-02-29T10:00")"), true},
      {with_start(R"("2026-01-01T24:00")"), true},
      {with_start(R"("2026-12-01T10:60")"), true},
      {with_start(R"("2026-13-01T10:00")"), true},
      {with_start(R"("2026-00-10T10:00")"), true},
      {with_start(R"("2026-12-00T10:00")"), true},
      // not exactly the form
      {with_start(R"("2026-12-01T10:00:00")"), true},
      {with_start(R"("2026-12-01t10:00")"), true},
      {with_start(R"("2026-12-01 10:00")"), true},
      {with_start(R"("2026-12-01T10:00Z")"), true},
      {with_start(R"("2026-12-01T10:00+00:00")"), true},
      {with_start(R"("2026-12-1T10:00")"), true},
      {with_start(R"("2026-12-01T1:00")"), true},
      {with_start(R"(" 2026-12-01T10:00")"), true},
      {with_start(R"("2026-12-01")"), true},
      {with_start("\"\xEF\xBC\x92\x30\x32\x36-12-01T10:00\""), true},  // a full-width digit: 16 characters
      {with_start(R"("tomorrow")"), true},
      {with_end(R"("2026-12-01T10:00")"), false},
      {with_end(R"("2026-02-30T10:00")"), true},
      {with_end(R"("2026-12-01T10:00:00")"), true},
  });
}

TEST(IJ105ScheduleTimeFormat, Dialects) {
  expect_table("IJ105", {
      {record_with(R"("schedulingConfig": {"startTime": "2026-11-21T10:00"})"), false},
      {record_with(R"("schedulingConfig": {"startTime": "2026-11-21T10:00:00"})"), true},
      {record_with(R"("schedulingConfig": {"endTime": "2026-11-21t10:00"})"), true},
      {record_rollout(R"("2026-12-01T10:00")"), false},
      {record_rollout(R"("2026-12-01T10:00:00")"), true},
      {record_rollout(R"("2026-02-30T10:00")"), true},
      {catalog_start(R"("2026-11-21T10:00")"), false},
      {catalog_start(R"("2026-01-01T24:00")"), true},
      {catalog_with(R"("scheduled_job_rollouts": [{"start_time": "2026-12-01T10:00Z"}])"), true},
      {record_with(R"("schedulingConfig": {"startTime": null})"), false},
  });
}

TEST(IJ105ScheduleTimeFormat, OneShapeDiagnostic) {
  // empty: IJ202, not also IJ105
  EXPECT_EQ(codes_of(with_start(R"("")")), Codes{"IJ202"});
  EXPECT_EQ(codes_of(with_end(R"("")")), Codes{"IJ202"});
  EXPECT_EQ(codes_of(record_rollout(R"("")")), Codes{"IJ202"});
  // over 64 characters: IJ202 only
  EXPECT_EQ(codes_of(with_start("\"" + repeat("2", 65) + "\"")), Codes{"IJ202"});
  EXPECT_EQ(codes_of(with_start("\"" + repeat("2", 64) + "\"")), Codes{"IJ105"});
  // wrong type: IJ004 only
  EXPECT_EQ(codes_of(with_start("1795168800")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(with_start("null")), Codes{"IJ004"});
  // a malformed time takes no part in IJ106
  EXPECT_EQ(codes_of(job_with(R"("schedulingConfig": {"startTime": "2026-12-01T10:00:00", "endTime": "2026-12-01T10:10"})")),
            Codes{"IJ105"});
}

TEST(IJ105ScheduleTimeFormat, PointsAtTheValue) {
  const std::string text = with_start(R"("2026-02-30T10:00")");
  EXPECT_EQ(span_of(text, "IJ105"), "5:37-5:55");
  EXPECT_EQ(message_of(text, "IJ105"), R"(startTime "2026-02-30T10:00" names no real date or time)");
  EXPECT_EQ(pointer_of(text, "IJ105"), "/schedulingConfig/startTime");
  const std::string end = with_end(R"("2026-12-01T10:00:00")");
  EXPECT_EQ(span_of(end, "IJ105"), "5:35-5:56");
  EXPECT_EQ(message_of(end, "IJ105"), R"(endTime "2026-12-01T10:00:00" is not in the form YYYY-MM-DDTHH:MM (UTC))");
  const std::string rollout = record_rollout(R"("2026-12-01t10:00")");
  EXPECT_EQ(span_of(rollout, "IJ105"), "5:44-5:62");
  EXPECT_EQ(pointer_of(rollout, "IJ105"), "/job/scheduledJobRollouts/0/startTime");
  const std::string catalog = catalog_start(R"("2026-01-01T24:00")");
  EXPECT_EQ(span_of(catalog, "IJ105"), "6:41-6:59");
  EXPECT_EQ(message_of(catalog, "IJ105"), R"(start_time "2026-01-01T24:00" names no real date or time)");
}

}  // namespace
}  // namespace ijl::test
