// IJ108 schedule-relative-to-now: bounds 1-4 of a create-job request, from --now (2026-11-27T00:00:00Z here).
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string sched(const std::string& members) { return job_with(R"("schedulingConfig": {)" + members + "}"); }
std::string start(const std::string& t) { return sched(R"("startTime": ")" + t + "\""); }
std::string end(const std::string& t) { return sched(R"("endTime": ")" + t + "\""); }
std::string both(const std::string& s, const std::string& e) {
  return sched(R"("startTime": ")" + s + R"(", "endTime": ")" + e + "\"");
}

LintOptions at(const std::string& now) {
  LintOptions o = default_options();
  o.check.now = *parse_rfc3339_now(now);
  return o;
}

bool fires_at(const std::string& now, const std::string& text) { return count(lint(text, "job.json", at(now)), "IJ108") > 0; }

TEST(IJ108ScheduleRelativeToNow, StartBounds) {
  expect_table("IJ108", {
      {start("2026-11-27T00:29"), true},   // bound 1: ≥ now + 30 minutes
      {start("2026-11-27T00:30"), false},  // exactly 30 minutes
      {start("2026-11-27T00:00"), true},   // now itself
      {start("2026-11-26T23:59"), true},   // in the past
      {start("2027-11-27T00:00"), false},  // bound 2: ≤ now + 1 calendar year, exactly
      {start("2027-11-27T00:01"), true},   // one minute more
      {start("2027-06-01T00:00"), false},
  });
}

TEST(IJ108ScheduleRelativeToNow, EndBounds) {
  expect_table("IJ108", {
      {end("2026-11-27T00:29"), true},   // bound 3: ≥ now + 30 minutes
      {end("2026-11-27T00:30"), false},
      {end("2026-11-20T00:00"), true},   // in the past
      {end("2028-11-27T00:00"), false},  // bound 4: ≤ now + 2 calendar years, exactly
      {end("2028-11-27T00:01"), true},
  });
}

TEST(IJ108ScheduleRelativeToNow, LeapDay) {
  // from Feb 29 a year later is Feb 28, and so is two years later
  const std::string leap = "2028-02-29T10:00:00Z";
  EXPECT_FALSE(fires_at(leap, start("2029-02-28T10:00")));
  EXPECT_TRUE(fires_at(leap, start("2029-02-28T10:01")));
  EXPECT_FALSE(fires_at(leap, end("2030-02-28T10:00")));
  EXPECT_TRUE(fires_at(leap, end("2030-02-28T10:01")));
  EXPECT_FALSE(fires_at(leap, start("2028-02-29T10:30")));
  EXPECT_TRUE(fires_at(leap, start("2028-02-29T10:29")));
  // into a leap year: Feb 28 + 1 year is Feb 28, not Feb 29
  const std::string before = "2027-02-28T10:00:00Z";
  EXPECT_FALSE(fires_at(before, start("2028-02-28T10:00")));
  EXPECT_TRUE(fires_at(before, start("2028-02-28T10:01")));
  EXPECT_TRUE(fires_at(before, start("2028-02-29T10:00")));
}

TEST(IJ108ScheduleRelativeToNow, NowWithSeconds) {
  const std::string now = "2026-11-27T00:00:30Z";
  EXPECT_TRUE(fires_at(now, start("2026-11-27T00:30")));  // 29.5 minutes
  EXPECT_FALSE(fires_at(now, start("2026-11-27T00:31")));
  EXPECT_FALSE(fires_at(now, start("2027-11-27T00:00")));
  EXPECT_TRUE(fires_at(now, start("2027-11-27T00:01")));
  EXPECT_EQ(message_of(start("2026-11-27T00:30"), "IJ108"), "(none)");
  auto r = lint(start("2026-11-27T00:30"), "job.json", at(now));
  ASSERT_EQ(count(r, "IJ108"), 1) << describe(r);
  EXPECT_EQ(r.diagnostics[0].message, "startTime 2026-11-27T00:30 is less than 30 minutes after now (2026-11-27T00:00:30Z)");
}

TEST(IJ108ScheduleRelativeToNow, Messages) {
  expect_messages("IJ108", {
      {start("2026-11-26T23:59"), "startTime 2026-11-26T23:59 is in the past (now is 2026-11-27T00:00Z)"},
      {start("2026-11-27T00:00"), "startTime 2026-11-27T00:00 is less than 30 minutes after now (2026-11-27T00:00Z)"},
      {start("2027-11-27T00:01"), "startTime 2027-11-27T00:01 is more than 1 year after now (2026-11-27T00:00Z)"},
      {end("2026-11-01T08:00"), "endTime 2026-11-01T08:00 is in the past (now is 2026-11-27T00:00Z)"},
      {end("2026-11-27T00:29"), "endTime 2026-11-27T00:29 is less than 30 minutes after now (2026-11-27T00:00Z)"},
      {end("2028-11-27T00:01"), "endTime 2028-11-27T00:01 is more than 2 years after now (2026-11-27T00:00Z)"},
  });
}

TEST(IJ108ScheduleRelativeToNow, OnlyCreateJobRequests) {
  // records measure bounds 1-4 from their createdAt: IJ106
  const std::string record =
      R"({"job": {"jobId": "fw-1", "createdAt": "2020-01-01T00:00:00Z", "schedulingConfig": {"startTime": "2020-01-01T10:00"}}})";
  EXPECT_EQ(codes_of(record), Codes{});
  EXPECT_EQ(codes_of(catalog_with(R"("scheduling_config": {"start_time": "2026-11-20T10:29"})")), Codes{"IJ106"});
  // YAML
  const std::string yaml = "jobId: fw-1\ntargets: [arn:aws:iot:us-east-1:123456789012:thing/a]\n"
                           "documentSource: https://s3.amazonaws.com/bucket/job.json\n"
                           "schedulingConfig:\n  startTime: '2026-11-26T12:00'\n";
  EXPECT_EQ(codes_of(yaml, "job.yaml"), Codes{"IJ108"});
  EXPECT_EQ(span_of(yaml, "IJ108", "job.yaml"), "5:14-5:32");
}

TEST(IJ108ScheduleRelativeToNow, AtMostOneIJ106OrIJ108PerTime) {
  // the end breaks bound 3 and bound 5: bound 3 comes first, so IJ108 and no IJ106
  auto r = lint(both("2026-12-01T10:00", "2026-11-27T00:10"));
  EXPECT_EQ(codes(r), Codes{"IJ108"}) << describe(r);
  EXPECT_EQ(r.diagnostics[0].message, "endTime 2026-11-27T00:10 is less than 30 minutes after now (2026-11-27T00:00Z)");
  // the end breaks bound 4 (and bound 6 against the start)
  r = lint(both("2026-11-28T00:00", "2029-01-01T00:00"));
  EXPECT_EQ(codes(r), Codes{"IJ108"}) << describe(r);
  // each time may get its own: bound 1 on the start, bound 3 on the end
  r = lint(both("2026-11-27T00:10", "2026-11-27T00:20"));
  EXPECT_EQ(codes(r), (Codes{"IJ108", "IJ108"})) << describe(r);
  // the start keeps bounds 1-2 and the end bounds 3-4 but not 5: IJ106
  r = lint(both("2026-12-01T10:00", "2026-12-01T10:20"));
  EXPECT_EQ(codes(r), Codes{"IJ106"}) << describe(r);
}

TEST(IJ108ScheduleRelativeToNow, MalformedTimesAreSkipped) {
  EXPECT_EQ(codes_of(start("2026-11-26T10:00:00")), Codes{"IJ105"});
  EXPECT_EQ(codes_of(start("")), Codes{"IJ202"});
  EXPECT_EQ(codes_of(sched(R"("startTime": 5)")), Codes{"IJ004"});
  // whether or not IJ105 is selected
  auto r = lint(start("2026-11-26T10:00:00"), "job.json", without("IJ105"));
  EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
}

TEST(IJ108ScheduleRelativeToNow, PointsAtTheTime) {
  const std::string s = start("2026-11-27T00:29");
  EXPECT_EQ(span_of(s, "IJ108"), "5:37-5:55");
  EXPECT_EQ(pointer_of(s, "IJ108"), "/schedulingConfig/startTime");
  const std::string e = both("2026-12-01T10:00", "2028-12-01T10:00");
  EXPECT_EQ(span_of(e, "IJ108"), "5:68-5:86");
  EXPECT_EQ(pointer_of(e, "IJ108"), "/schedulingConfig/endTime");
  auto r = lint(s);
  ASSERT_FALSE(r.diagnostics.empty());
  EXPECT_EQ(r.diagnostics[0].severity, Severity::Error);
}

TEST(IJ108ScheduleRelativeToNow, IgnoredByCodeOrName) {
  for (const char* code : {"IJ108", "schedule-relative-to-now"}) {
    LintOptions o = default_options();
    o.selected.assign(registry().rules.size(), true);
    o.selected[*registry().find(code)] = false;
    auto r = lint(start("2020-01-01T00:00"), "job.json", o);
    EXPECT_TRUE(r.diagnostics.empty()) << code << "\n" << describe(r);
  }
}

}  // namespace
}  // namespace ijl::test
