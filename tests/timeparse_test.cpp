// Tests for the date/time parsers in timeparse.hpp.
#include "timeparse.hpp"

#include <date/date.h>
#include <gtest/gtest.h>

#include <limits>

namespace {

using std::chrono::hours;
using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::seconds;
using std::chrono::sys_time;

// Expected values are built with the date library rather than epoch literals.
sys_time<milliseconds> utc(int y, unsigned mo, unsigned d, int h = 0, int mi = 0, int s = 0,
                           int ms = 0) {
    return date::sys_days{date::year{y} / date::month{mo} / date::day{d}} + hours{h} +
           minutes{mi} + seconds{s} + milliseconds{ms};
}

sys_time<minutes> utc_min(int y, unsigned mo, unsigned d, int h, int mi) {
    return std::chrono::floor<minutes>(utc(y, mo, d, h, mi));
}

// ---- parse_schedule_time ----

TEST(ParseScheduleTime, ValidTimes) {
    struct Case {
        const char* text;
        sys_time<minutes> want;
    };
    const Case cases[] = {
        {"2026-03-10T08:00", utc_min(2026, 3, 10, 8, 0)},
        {"2026-01-01T00:00", utc_min(2026, 1, 1, 0, 0)},
        {"2026-12-31T23:59", utc_min(2026, 12, 31, 23, 59)},
        {"2028-02-29T12:30", utc_min(2028, 2, 29, 12, 30)},
        {"2000-02-29T00:00", utc_min(2000, 2, 29, 0, 0)},
        {"2026-02-28T23:59", utc_min(2026, 2, 28, 23, 59)},
        {"2026-04-30T10:00", utc_min(2026, 4, 30, 10, 0)},
        {"1970-01-01T00:00", utc_min(1970, 1, 1, 0, 0)},
    };
    for (const Case& c : cases) {
        auto got = ijl::parse_schedule_time(c.text);
        ASSERT_TRUE(got.has_value()) << c.text;
        EXPECT_EQ(*got, c.want) << c.text;
    }
}

TEST(ParseScheduleTime, InvalidTimes) {
    const char* cases[] = {
        "",
        "2026-02-29T00:00",   // not a leap year
        "2100-02-29T00:00",   // century, not a leap year
        "2026-02-30T00:00",
        "2026-04-31T00:00",
        "2026-00-10T00:00",
        "2026-13-10T00:00",
        "2026-01-00T00:00",
        "2026-01-32T00:00",
        "2026-01-01T24:00",
        "2026-01-01T23:60",
        "2026-01-01t08:00",   // upper-case T only
        "2026-01-01 08:00",
        "2026-01-01T08:00Z",
        "2026-01-01T08:00:00",
        "2026-01-01T8:00",
        "2026-1-01T08:00",
        "2026-01-01T08-00",
        "2026/01/01T08:00",
        "2026-01-01",
        "+026-01-01T08:00",
        "2026-01-01T0a:00",
        " 2026-01-01T08:00",
        "2026-01-01T08:00 ",
    };
    for (const char* c : cases) EXPECT_FALSE(ijl::parse_schedule_time(c).has_value()) << c;
}

// ---- parse_record_timestamp_string ----

TEST(ParseRecordTimestamp, ValidTimestamps) {
    struct Case {
        const char* text;
        sys_time<milliseconds> want;
    };
    const Case cases[] = {
        {"2026-11-26T12:00:00", utc(2026, 11, 26, 12)},
        {"2026-11-26T12:00:00Z", utc(2026, 11, 26, 12)},
        {"2026-11-26t12:00:00z", utc(2026, 11, 26, 12)},
        {"2026-11-26 12:00:00", utc(2026, 11, 26, 12)},
        {"2026-11-26T23:59:59", utc(2026, 11, 26, 23, 59, 59)},
        {"2028-02-29T00:00:00", utc(2028, 2, 29)},
        // Fractions: padded, kept to ms, extra digits truncated (not rounded).
        {"2026-11-26T12:00:00.5Z", utc(2026, 11, 26, 12, 0, 0, 500)},
        {"2026-11-26T12:00:00.12Z", utc(2026, 11, 26, 12, 0, 0, 120)},
        {"2026-11-26T12:00:00.123Z", utc(2026, 11, 26, 12, 0, 0, 123)},
        {"2026-11-26T12:00:00.1239", utc(2026, 11, 26, 12, 0, 0, 123)},
        {"2026-11-26T12:00:00.999999999Z", utc(2026, 11, 26, 12, 0, 0, 999)},
        // Offsets: local minus offset.
        {"2026-11-26T12:00:00+00:00", utc(2026, 11, 26, 12)},
        {"2026-11-26T12:00:00-00:00", utc(2026, 11, 26, 12)},
        {"2026-11-26T12:00:00+05:30", utc(2026, 11, 26, 6, 30)},
        {"2026-11-26T12:00:00+0530", utc(2026, 11, 26, 6, 30)},
        {"2026-11-26T12:00:00-0800", utc(2026, 11, 26, 20)},
        {"2026-11-26T12:00:00.250-08:00", utc(2026, 11, 26, 20, 0, 0, 250)},
        {"2026-11-26T12:00:00+23:59", utc(2026, 11, 25, 12, 1)},
        {"2026-11-26T12:00:00-23:59", utc(2026, 11, 27, 11, 59)},
        // Offsets crossing a year boundary.
        {"2026-01-01T00:30:00+01:00", utc(2025, 12, 31, 23, 30)},
        {"2026-12-31T23:30:00-01:00", utc(2027, 1, 1, 0, 30)},
    };
    for (const Case& c : cases) {
        auto got = ijl::parse_record_timestamp_string(c.text);
        ASSERT_TRUE(got.has_value()) << c.text;
        EXPECT_EQ(*got, c.want) << c.text;
    }
}

TEST(ParseRecordTimestamp, InvalidTimestamps) {
    const char* cases[] = {
        "",
        "2026-11-26",                         // date without time
        "2026-11-26T",
        "2026-11-26T12:00",                   // seconds are required
        "2026-11-26T24:00:00",
        "2026-11-26T12:60:00",
        "2026-11-26T12:00:60",                // no leap seconds
        "2026-02-29T12:00:00",
        "2026-02-30T12:00:00",
        "2026-11-31T12:00:00",
        "2026-11-26X12:00:00",
        "2026-11-26T12:00:00.",               // fraction needs digits
        "2026-11-26T12:00:00.1234567890",     // at most 9 digits
        "2026-11-26T12:00:00,5",
        "2026-11-26T12:00:00+24:00",
        "2026-11-26T12:00:00-24:00",
        "2026-11-26T12:00:00+05:60",
        "2026-11-26T12:00:00+2400",
        "2026-11-26T12:00:00+05",
        "2026-11-26T12:00:00+5:30",
        "2026-11-26T12:00:00+05:3",
        "2026-11-26T12:00:00+053",
        "2026-11-26T12:00:00+05:300",
        "2026-11-26T12:00:00 +05:30",
        "2026-11-26T12:00:00ZZ",
        "2026-11-26T12:00:00Z ",
        "2026-11-26T12:00:00 ",
        "2026-11-26T12:00:00x",
        "2026-11-26T12:00:00UTC",
        " 2026-11-26T12:00:00",
        "2026-11-26T1:00:00",
        "2026-11-26T12:0:00",
    };
    for (const char* c : cases)
        EXPECT_FALSE(ijl::parse_record_timestamp_string(c).has_value()) << c;
}

// ---- epoch_number_to_time ----

TEST(EpochNumberToTime, SecondsAndMilliseconds) {
    using ijl::epoch_number_to_time;
    EXPECT_EQ(epoch_number_to_time(0), sys_time<milliseconds>{});
    EXPECT_EQ(epoch_number_to_time(1'795'694'400), utc(2026, 11, 26, 12));
    EXPECT_EQ(epoch_number_to_time(1'795'694'400'000.0), utc(2026, 11, 26, 12));
    EXPECT_EQ(epoch_number_to_time(1.5), sys_time<milliseconds>{milliseconds{1500}});
    EXPECT_EQ(epoch_number_to_time(1.001), sys_time<milliseconds>{milliseconds{1001}});
    EXPECT_EQ(epoch_number_to_time(-1), sys_time<milliseconds>{milliseconds{-1000}});
    // Exactly 1e11 is still seconds; just above it is milliseconds.
    EXPECT_EQ(epoch_number_to_time(1e11),
              sys_time<milliseconds>{milliseconds{100'000'000'000'000}});
    EXPECT_EQ(epoch_number_to_time(1e11 + 1),
              sys_time<milliseconds>{milliseconds{100'000'000'001}});
}

TEST(EpochNumberToTime, NonFiniteAndHugeAreClamped) {
    using ijl::epoch_number_to_time;
    const auto lo = utc(0, 1, 1);
    const auto hi = utc(9999, 12, 31, 23, 59, 59, 999);
    EXPECT_EQ(epoch_number_to_time(std::numeric_limits<double>::quiet_NaN()),
              sys_time<milliseconds>{});
    EXPECT_EQ(epoch_number_to_time(std::numeric_limits<double>::infinity()), hi);
    EXPECT_EQ(epoch_number_to_time(-std::numeric_limits<double>::infinity()), lo);
    EXPECT_EQ(epoch_number_to_time(1e300), hi);
    EXPECT_EQ(epoch_number_to_time(-1e300), lo);
    EXPECT_EQ(epoch_number_to_time(253'402'300'799'999.0), hi);
}

// ---- parse_rfc3339_now ----

TEST(ParseRfc3339Now, Valid) {
    using ijl::parse_rfc3339_now;
    const auto noon = std::chrono::floor<seconds>(utc(2026, 11, 26, 12));
    EXPECT_EQ(parse_rfc3339_now("2026-11-26T12:00:00Z"), noon);
    EXPECT_EQ(parse_rfc3339_now("2026-11-26t12:00:00z"), noon);
    EXPECT_EQ(parse_rfc3339_now("2026-11-26T14:00:00+02:00"), noon);
    EXPECT_EQ(parse_rfc3339_now("2026-11-26T12:00:00.999Z"), noon);  // fraction dropped
    EXPECT_EQ(parse_rfc3339_now("2026-11-26T12:00:59Z"), noon + seconds{59});
    // Before 1970 the fraction still goes toward the earlier second.
    EXPECT_EQ(parse_rfc3339_now("1969-12-31T23:59:59.5Z"), sys_time<seconds>{seconds{-1}});
}

TEST(ParseRfc3339Now, Invalid) {
    using ijl::parse_rfc3339_now;
    EXPECT_FALSE(parse_rfc3339_now("2026-11-26T12:00:00").has_value());  // offset required
    EXPECT_FALSE(parse_rfc3339_now("2026-11-26T12:00Z").has_value());
    EXPECT_FALSE(parse_rfc3339_now("2026-11-26").has_value());
    EXPECT_FALSE(parse_rfc3339_now("2026-11-26T24:00:00Z").has_value());
    EXPECT_FALSE(parse_rfc3339_now("2026-11-26T12:00:00+24:00").has_value());
    EXPECT_FALSE(parse_rfc3339_now("now").has_value());
    EXPECT_FALSE(parse_rfc3339_now("").has_value());
}

// ---- add_years ----

TEST(AddYears, KeepsMonthDayAndTime) {
    using ijl::add_years;
    EXPECT_EQ(add_years(utc_min(2026, 3, 10, 8, 0), 1), utc_min(2027, 3, 10, 8, 0));
    EXPECT_EQ(add_years(utc_min(2026, 12, 31, 23, 59), 1), utc_min(2027, 12, 31, 23, 59));
    EXPECT_EQ(add_years(utc_min(2026, 3, 10, 8, 0), 0), utc_min(2026, 3, 10, 8, 0));
    EXPECT_EQ(add_years(utc_min(2026, 3, 10, 8, 0), -3), utc_min(2023, 3, 10, 8, 0));
    EXPECT_EQ(add_years(utc_min(1969, 6, 1, 6, 15), 2), utc_min(1971, 6, 1, 6, 15));
}

TEST(AddYears, LeapDayClampsToLastDayOfFebruary) {
    using ijl::add_years;
    EXPECT_EQ(add_years(utc_min(2028, 2, 29, 10, 0), 1), utc_min(2029, 2, 28, 10, 0));
    EXPECT_EQ(add_years(utc_min(2028, 2, 29, 10, 0), -1), utc_min(2027, 2, 28, 10, 0));
    EXPECT_EQ(add_years(utc_min(2028, 2, 29, 10, 0), 4), utc_min(2032, 2, 29, 10, 0));
    EXPECT_EQ(add_years(utc_min(2096, 2, 29, 10, 0), 4), utc_min(2100, 2, 28, 10, 0));
    EXPECT_EQ(add_years(utc_min(2027, 2, 28, 10, 0), 1), utc_min(2028, 2, 28, 10, 0));
}

}  // namespace
