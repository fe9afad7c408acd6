// IJ106 schedule-window: bounds 5-6 of every job, bounds 1-4 of records from createdAt; never --now.
#include "rule_test_util.hpp"

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

TEST(IJ106ScheduleWindow, RequestTimesAreNotMeasuredFromNow) {
  // bounds 1-4 of a create-job request are IJ108's
  expect_table("IJ106", {
      {start("2026-11-27T00:29"), false},
      {start("2026-11-26T00:00"), false},
      {start("2027-11-27T00:01"), false},
      {end("2026-11-27T00:29"), false},
      {end("2028-11-27T00:01"), false},
  });
  // even with IJ108 not selected
  for (const std::string& text : {start("2026-11-26T00:00"), end("2028-11-27T00:01")}) {
    auto r = lint(text, "job.json", without("IJ108"));
    EXPECT_TRUE(r.diagnostics.empty()) << describe(r);
  }
}

TEST(IJ106ScheduleWindow, DurationBounds) {
  expect_table("IJ106", {
      {both("2026-12-01T10:00", "2026-12-01T10:29"), true},   // bound 5: end − start ≥ 30 minutes
      {both("2026-12-01T10:00", "2026-12-01T10:30"), false},
      {both("2026-12-01T10:00", "2026-12-01T09:00"), true},   // end before start
      {both("2026-12-01T10:00", "2026-12-01T10:00"), true},
      {both("2027-11-27T00:00", "2028-11-27T00:00"), false},
  });
  // bound 6 cannot be broken by a request that keeps bounds 1-4; with IJ108 not selected it counts
  auto fires = [](const std::string& s, const std::string& e) {
    return count(lint(both(s, e), "job.json", without("IJ108")), "IJ106") > 0;
  };
  EXPECT_FALSE(fires("2026-12-01T10:00", "2028-12-01T10:00"));  // exactly 2 years
  EXPECT_TRUE(fires("2026-12-01T10:00", "2028-12-01T10:01"));
  EXPECT_FALSE(fires("2028-02-29T10:00", "2030-02-28T10:00"));  // from Feb 29, 2 years later is Feb 28
  EXPECT_TRUE(fires("2028-02-29T10:00", "2030-02-28T10:01"));
  EXPECT_FALSE(fires("2026-12-01T10:00", "2026-12-01T10:30"));
  EXPECT_TRUE(fires("2026-12-01T10:00", "2026-12-01T10:29"));
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

TEST(IJ106ScheduleWindow, AtMostOnePerTime) {
  // a record's end breaks bound 3 (30 minutes after createdAt) and bound 5: the first, once
  auto r = lint(record(R"("2026-11-20T10:00:00Z")", R"("startTime": "2026-11-21T10:00", "endTime": "2026-11-20T10:10")"));
  EXPECT_EQ(codes(r), Codes{"IJ106"}) << describe(r);
  EXPECT_EQ(r.diagnostics[0].message, "endTime 2026-11-20T10:10 is less than 30 minutes after createdAt (2026-11-20T10:00Z)");
  // a record's end breaks bound 4 (and would break 6 against an early start)
  r = lint(record(R"("2026-11-20T10:00:00Z")", R"("startTime": "2026-11-21T10:00", "endTime": "2029-01-01T00:00")"));
  EXPECT_EQ(codes(r), Codes{"IJ106"}) << describe(r);
  EXPECT_EQ(r.diagnostics[0].message, "endTime 2029-01-01T00:00 is more than 2 years after createdAt (2026-11-20T10:00Z)");
  // each time may get its own
  r = lint(record(R"("2026-11-20T10:00:00Z")", R"("startTime": "2026-11-20T10:10", "endTime": "2026-11-20T10:20")"));
  EXPECT_EQ(codes(r), (Codes{"IJ106", "IJ106"})) << describe(r);
  // a request's end that breaks bound 3 (IJ108) and bound 5 gets IJ108 only; bound 5 counts when
  // IJ108 is not selected
  const std::string request = both("2026-12-01T10:00", "2026-11-27T00:10");
  EXPECT_EQ(codes_of(request), Codes{"IJ108"});
  r = lint(request, "job.json", without("IJ108"));
  EXPECT_EQ(codes(r), Codes{"IJ106"}) << describe(r);
  EXPECT_EQ(r.diagnostics[0].message, "endTime 2026-11-27T00:10 is before startTime 2026-12-01T10:00");
}

TEST(IJ106ScheduleWindow, SameFindingsWhateverNow) {
  // requests that keep and break bounds 5-6, and records measured from their createdAt: with
  // IJ108 ignored (a repository of committed requests) IJ106 does not depend on --now
  const std::string requests = "[" + both("2026-12-01T10:00", "2026-12-01T10:29") + "," +
                               both("2026-12-01T10:00", "2026-12-01T09:00") + "," +
                               both("2026-12-01T10:00", "2028-12-01T10:01") + "," +
                               both("2026-12-01T10:00", "2026-12-01T10:30") + "," + start("2020-01-01T00:00") + "," +
                               end("2040-01-01T00:00") + "]";
  const std::string records =
      "[" + record(R"("2026-11-20T10:00:00Z")", R"("startTime": "2026-11-20T10:29")") + "," +
      record(R"("2026-11-20T10:00:00Z")", R"("startTime": "2026-11-20T10:30", "endTime": "2026-11-20T10:40")") + "," +
      record("", R"("startTime": "2020-01-01T00:00", "endTime": "2022-01-01T00:01")") + "]";
  auto ij106 = [](const std::string& text, const std::string& now, bool ignore_ij108) {
    LintOptions o = ignore_ij108 ? without("IJ108") : default_options();
    o.check.now = *parse_rfc3339_now(now);
    std::vector<std::string> out;
    for (const auto& d : lint(text, "job.json", o).diagnostics) {
      if (d.rule->code == "IJ106") out.push_back(std::to_string(d.start.line) + ":" + std::to_string(d.start.column) + " " + d.message);
    }
    return out;
  };
  const auto want_requests = ij106(requests, "2026-11-27T00:00:00Z", true);
  const auto want_records = ij106(records, "2026-11-27T00:00:00Z", false);
  EXPECT_EQ(want_requests.size(), 3u);
  EXPECT_EQ(want_records.size(), 3u);
  for (const char* now : {"1999-01-01T00:00:00Z", "2026-12-01T10:05:00Z", "2027-06-30T23:59:59Z", "2099-12-31T00:00:00Z"}) {
    EXPECT_EQ(ij106(requests, now, true), want_requests) << now;
    EXPECT_EQ(ij106(records, now, false), want_records) << now;
    EXPECT_EQ(ij106(records, now, true), want_records) << now;
  }
}

TEST(IJ106ScheduleWindow, MalformedTimesAreSkipped) {
  // a bound that involves a malformed time (IJ105, IJ202, IJ004) is skipped; the others stay
  EXPECT_EQ(codes_of(both("2026-12-01T10:00:00", "2026-12-01T10:10")), Codes{"IJ105"});
  EXPECT_EQ(codes_of(both("", "2026-11-27T00:10")), (Codes{"IJ202", "IJ108"}));
  EXPECT_EQ(codes_of(sched(R"("startTime": 5, "endTime": "2026-12-01T10:10")")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(both("2026-11-27T00:10", "2026-02-30T10:00")), (Codes{"IJ108", "IJ105"}));
  // bound 5 needs both times
  EXPECT_EQ(codes_of(both("2026-12-01T10:00:00", "2026-12-01T09:00")), Codes{"IJ105"});
  EXPECT_EQ(codes_of(both("2026-12-01T10:00", "2026-12-01T09:60")), Codes{"IJ105"});
}

TEST(IJ106ScheduleWindow, PointsAtTheTimeThatBreaksIt) {
  // the duration bounds point at endTime
  const std::string d = both("2026-12-01T10:00", "2026-12-01T10:29");
  EXPECT_EQ(span_of(d, "IJ106"), "5:68-5:86");
  EXPECT_EQ(message_of(d, "IJ106"), "endTime 2026-12-01T10:29 is less than 30 minutes after startTime 2026-12-01T10:00");
  EXPECT_EQ(pointer_of(d, "IJ106"), "/schedulingConfig/endTime");
  const std::string c = catalog_with(R"("scheduling_config": {"start_time": "2026-11-21T10:00", "end_time": "2026-11-21T10:20"})");
  EXPECT_EQ(span_of(c, "IJ106"), "6:73-6:91");
  EXPECT_EQ(pointer_of(c, "IJ106"), "/job/scheduling_config/end_time");
  EXPECT_EQ(message_of(c, "IJ106"), "end_time 2026-11-21T10:20 is less than 30 minutes after start_time 2026-11-21T10:00");
  // a record's start measured from createdAt
  const std::string r = record(R"("2026-11-20T10:00:00Z")", R"("startTime": "2026-11-20T10:29")");
  EXPECT_EQ(message_of(r, "IJ106"), "startTime 2026-11-20T10:29 is less than 30 minutes after createdAt (2026-11-20T10:00Z)");
  EXPECT_EQ(pointer_of(r, "IJ106"), "/job/schedulingConfig/startTime");
  EXPECT_EQ(message_of(record(R"("2026-11-20T10:00:30Z")", R"("startTime": "2027-11-20T10:01")"), "IJ106"),
            "startTime 2027-11-20T10:01 is more than 1 year after createdAt (2026-11-20T10:00:30Z)");
  // a record's time before createdAt is not "in the past": that wording is IJ108's, for --now
  EXPECT_EQ(message_of(record(R"("2026-11-20T10:00:00Z")", R"("startTime": "2026-11-19T10:00")"), "IJ106"),
            "startTime 2026-11-19T10:00 is less than 30 minutes after createdAt (2026-11-20T10:00Z)");
}

}  // namespace
}  // namespace ijl::test
