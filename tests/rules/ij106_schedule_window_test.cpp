// IJ106 schedule-window: the six bounds around the reference time (now = 2026-11-27T00:00:00Z here).
#include "boundary.hpp"

namespace ijl::test {
namespace {

std::string sched(const std::string& members) { return job_with(R"("schedulingConfig": {)" + members + "}"); }
std::string start(const std::string& t) { return sched(R"("startTime": ")" + t + "\""); }
std::string end(const std::string& t) { return sched(R"("endTime": ")" + t + "\""); }
std::string both(const std::string& s, const std::string& e) {
  return sched(R"("startTime": ")" + s + R"(", "endTime": ")" + e + "\"");
}
// A describe-job record; `created` is a JSON value, or empty for none.
std::string record(const std::string& created, const std::string& members) {
  std::string c = created.empty() ? "" : R"("createdAt": )" + created + ", ";
  return R"({"job": {"jobId": "fw-1", )" + c + R"("schedulingConfig": {)" + members + "}}}";
}

TEST(IJ106ScheduleWindow, StartBounds) {
  expect_table("IJ106", {
      {start("2026-11-27T00:29"), true},   // bound 1: ≥ now + 30 minutes
      {start("2026-11-27T00:30"), false},
      {start("2026-11-26T00:00"), true},   // in the past
      {start("2027-11-27T00:00"), false},  // bound 2: ≤ now + 1 calendar year
      {start("2027-11-27T00:01"), true},
      {start("2027-06-01T00:00"), false},
  });
}

TEST(IJ106ScheduleWindow, EndBounds) {
  expect_table("IJ106", {
      {end("2026-11-27T00:29"), true},     // bound 3: ≥ now + 30 minutes
      {end("2026-11-27T00:30"), false},
      {end("2028-11-27T00:00"), false},    // bound 4: ≤ now + 2 years
      {end("2028-11-27T00:01"), true},
  });
}

TEST(IJ106ScheduleWindow, DurationBounds) {
  expect_table("IJ106", {
      {both("2026-12-01T10:00", "2026-12-01T10:29"), true},   // bound 5: end − start ≥ 30 minutes
      {both("2026-12-01T10:00", "2026-12-01T10:30"), false},
      {both("2026-12-01T10:00", "2026-12-01T09:00"), true},   // end before start
      {both("2026-12-01T10:00", "2026-12-01T10:00"), true},
      {both("2027-11-27T00:00", "2028-11-27T00:00"), false},
  });
}

TEST(IJ106ScheduleWindow, RecordUsesCreatedAt) {
  expect_table("IJ106", {
      {record(R"("2026-11-20T10:00:00Z")", R"("startTime": "2026-11-20T10:29")"), true},
      {record(R"("2026-11-20T10:00:00Z")", R"("startTime": "2026-11-20T10:30")"), false},
      {record(R"("2026-11-20T10:00:00Z")", R"("startTime": "2027-11-20T10:00")"), false},
      {record(R"("2026-11-20T10:00:00Z")", R"("startTime": "2027-11-20T10:01")"), true},
      {record(R"("2026-11-20T10:00:00Z")", R"("endTime": "2028-11-20T10:00")"), false},
      {record(R"("2026-11-20T10:00:00Z")", R"("endTime": "2028-11-20T10:01")"), true},
      // a reference with seconds: 10:30 is before 10:00:30 + 30 minutes
      {record(R"("2026-11-20T10:00:30Z")", R"("startTime": "2026-11-20T10:30")"), true},
      {record(R"("2026-11-20T10:00:30Z")", R"("startTime": "2026-11-20T10:31")"), false},
      {record(R"("2026-11-20T10:00:30Z")", R"("startTime": "2027-11-20T10:00")"), false},
      // offsets and epoch numbers (seconds, and milliseconds above 10^11)
      {record(R"("2026-11-20T12:00:00+02:00")", R"("startTime": "2026-11-20T10:29")"), true},
      {record(R"("2026-11-20T12:00:00+02:00")", R"("startTime": "2026-11-20T10:30")"), false},
      {record("1795168800", R"("startTime": "2026-11-20T10:29")"), true},
      {record("1795168800", R"("startTime": "2026-11-20T10:30")"), false},
      {record("1795168800000", R"("startTime": "2026-11-20T10:29")"), true},
      {record("1795168800000", R"("startTime": "2026-11-20T10:30")"), false},
      // from Feb 29 a year later is Feb 28
      {record(R"("2028-02-29T10:00:00Z")", R"("startTime": "2029-02-28T10:00")"), false},
      {record(R"("2028-02-29T10:00:00Z")", R"("startTime": "2029-02-28T10:01")"), true},
      // catalog spelling
      {catalog_with(R"("scheduling_config": {"start_time": "2026-11-20T10:29"})"), true},
      {catalog_with(R"("scheduling_config": {"start_time": "2026-11-20T10:30"})"), false},
  });
}

TEST(IJ106ScheduleWindow, RecordWithoutCreatedAtChecksOnlyDuration) {
  expect_table("IJ106", {
      // bounds 1-4 need a reference: a start long in the past is fine
      {record("", R"("startTime": "2020-01-01T00:00")"), false},
      {record("", R"("endTime": "2020-01-01T00:00")"), false},
      // bound 5
      {record("", R"("startTime": "2020-01-01T00:00", "endTime": "2020-01-01T00:29")"), true},
      {record("", R"("startTime": "2020-01-01T00:00", "endTime": "2020-01-01T00:30")"), false},
      // bound 6: end − start ≤ 2 years
      {record("", R"("startTime": "2020-01-01T00:00", "endTime": "2022-01-01T00:00")"), false},
      {record("", R"("startTime": "2020-01-01T00:00", "endTime": "2022-01-01T00:01")"), true},
      {record("", R"("startTime": "2020-02-29T00:00", "endTime": "2022-02-28T00:00")"), false},
      {record("", R"("startTime": "2020-02-29T00:00", "endTime": "2022-02-28T00:01")"), true},
      // no usable createdAt: null, or IJ004
      {record("null", R"("startTime": "2020-01-01T00:00", "endTime": "2022-01-01T00:00")"), false},
      {record("null", R"("startTime": "2020-01-01T00:00", "endTime": "2022-01-01T00:01")"), true},
      {record(R"("yesterday")", R"("startTime": "2020-01-01T00:00", "endTime": "2020-06-01T00:00")"), false},
      {record(R"("yesterday")", R"("startTime": "2020-01-01T00:00", "endTime": "2020-01-01T00:10")"), true},
      {record("true", R"("startTime": "2020-01-01T00:00")"), false},
  });
}

TEST(IJ106ScheduleWindow, NowWithSeconds) {
  LintOptions o = default_options();
  o.check.now = *parse_rfc3339_now("2026-11-27T00:00:30Z");
  EXPECT_EQ(count(lint(start("2026-11-27T00:30"), "job.json", o), "IJ106"), 1);
  EXPECT_EQ(count(lint(start("2026-11-27T00:31"), "job.json", o), "IJ106"), 0);
  EXPECT_EQ(count(lint(start("2027-11-27T00:00"), "job.json", o), "IJ106"), 0);
  EXPECT_EQ(count(lint(start("2027-11-27T00:01"), "job.json", o), "IJ106"), 1);
}

TEST(IJ106ScheduleWindow, AtMostOnePerTime) {
  // end breaks bound 3 and bound 5: the first, once
  auto r = lint(both("2026-12-01T10:00", "2026-11-27T00:10"));
  EXPECT_EQ(codes(r), Codes{"IJ106"}) << describe(r);
  EXPECT_EQ(r.diagnostics[0].message, "endTime 2026-11-27T00:10 is less than 30 minutes after now (2026-11-27T00:00Z)");
  // end breaks bound 4 (and would break 6 against an early start)
  r = lint(both("2026-11-28T00:00", "2029-01-01T00:00"));
  EXPECT_EQ(codes(r), Codes{"IJ106"}) << describe(r);
  EXPECT_EQ(r.diagnostics[0].message, "endTime 2029-01-01T00:00 is more than 2 years after now (2026-11-27T00:00Z)");
  // each time may get its own
  r = lint(both("2026-11-27T00:10", "2026-11-27T00:20"));
  EXPECT_EQ(codes(r), (Codes{"IJ106", "IJ106"})) << describe(r);
}

TEST(IJ106ScheduleWindow, MalformedTimesAreSkipped) {
  // a bound that involves a malformed time (IJ105, IJ202, IJ004) is skipped; the others stay
  EXPECT_EQ(codes_of(both("2026-12-01T10:00:00", "2026-12-01T10:10")), Codes{"IJ105"});
  EXPECT_EQ(codes_of(both("", "2026-11-27T00:10")), (Codes{"IJ202", "IJ106"}));
  EXPECT_EQ(codes_of(sched(R"("startTime": 5, "endTime": "2026-12-01T10:10")")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(both("2026-11-27T00:10", "2026-02-30T10:00")), (Codes{"IJ106", "IJ105"}));
}

TEST(IJ106ScheduleWindow, PointsAtTheTimeThatBreaksIt) {
  const std::string s = start("2026-11-27T00:29");
  EXPECT_EQ(where(s, "IJ106"), "5:37-5:55");
  EXPECT_EQ(message_of(s, "IJ106"), "startTime 2026-11-27T00:29 is less than 30 minutes after now (2026-11-27T00:00Z)");
  EXPECT_EQ(pointer_of(s, "IJ106"), "/schedulingConfig/startTime");
  EXPECT_EQ(message_of(start("2027-11-27T00:01"), "IJ106"),
            "startTime 2027-11-27T00:01 is more than 1 year after now (2026-11-27T00:00Z)");
  // the duration bounds point at endTime
  const std::string d = both("2026-12-01T10:00", "2026-12-01T10:29");
  EXPECT_EQ(where(d, "IJ106"), "5:68-5:86");
  EXPECT_EQ(message_of(d, "IJ106"), "endTime 2026-12-01T10:29 is less than 30 minutes after startTime 2026-12-01T10:00");
  EXPECT_EQ(pointer_of(d, "IJ106"), "/schedulingConfig/endTime");
  const std::string c = catalog_with(R"("scheduling_config": {"start_time": "2026-11-21T10:00", "end_time": "2026-11-21T10:20"})");
  EXPECT_EQ(where(c, "IJ106"), "6:73-6:91");
  EXPECT_EQ(pointer_of(c, "IJ106"), "/job/scheduling_config/end_time");
  EXPECT_EQ(message_of(record(R"("2026-11-20T10:00:00Z")", R"("startTime": "2026-11-20T10:29")"), "IJ106"),
            "startTime 2026-11-20T10:29 is less than 30 minutes after createdAt (2026-11-20T10:00Z)");
}

}  // namespace
}  // namespace ijl::test
