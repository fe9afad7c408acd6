// Tests for ijl::check_aws_cron.
#include "cron.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

namespace {

class ValidCron : public ::testing::TestWithParam<const char*> {};

TEST_P(ValidCron, Accepted) {
    auto err = ijl::check_aws_cron(GetParam());
    EXPECT_FALSE(err.has_value()) << GetParam() << ": " << err.value_or("");
}

INSTANTIATE_TEST_SUITE_P(
    Cron, ValidCron,
    ::testing::Values(
        // Examples from the brief.
        "cron(0 10 * * ? *)", "cron(15 12 ? * MON-FRI *)", "cron(0/15 * * * ? *)",
        "cron(0 18 ? * 6L 2026)", "cron(0 8 L * ? *)", "cron(0 8 15W * ? *)",
        "cron(0 8 ? * 2#1 *)", "cron(0 0 1 JAN,JUL ? 2026-2030)",
        // Upper bounds of every field.
        "cron(59 23 31 12 ? 2199)", "cron(59 23 ? DEC 7 2199)", "cron(0 0 ? * SAT *)",
        // Lower bounds of every field.
        "cron(0 0 1 1 ? 1970)", "cron(0 0 ? JAN 1 1970)", "cron(0 0 ? * SUN *)",
        // Increments, ranges and lists.
        "cron(*/5 * * * ? *)", "cron(5-30/5 */2 1/10 1-12/3 ? 2026/2)",
        "cron(0,15,30,45 0-23 ? * 1,3,5-7 *)", "cron(*/60 */24 */31 */12 ? *)",
        "cron(0 0 1-1 * ? *)",
        // Case-insensitive names and specials.
        "cron(0 0 ? jan-Mar mon-fri *)", "cron(0 0 lw * ? *)", "cron(0 0 ? * fril *)",
        "cron(0 0 ? * FRI#5 *)", "cron(0 0 ? * 7#1 *)",
        // Remaining day-of-month / day-of-week specials.
        "cron(0 0 LW * ? *)", "cron(0 0 L-3 * ? *)", "cron(0 0 L-30 * ? *)",
        "cron(0 0 1W * ? *)", "cron(0 0 31W * ? *)", "cron(0 0 ? * L *)",
        "cron(0 0 ? * 1L *)", "cron(0 0 ? * 7L *)",
        // Leading zeros are harmless.
        "cron(05 08 01 01 ? *)"));

struct InvalidCase {
    const char* expr;
    const char* message;  // empty: only check that it fails
};

// Lets gtest name a failing case by its expression instead of raw bytes.
void PrintTo(const InvalidCase& c, std::ostream* os) { *os << '"' << c.expr << '"'; }

class InvalidCron : public ::testing::TestWithParam<InvalidCase> {};

TEST_P(InvalidCron, Rejected) {
    const InvalidCase& c = GetParam();
    auto err = ijl::check_aws_cron(c.expr);
    ASSERT_TRUE(err.has_value()) << c.expr;
    if (*c.message) {
        EXPECT_EQ(*err, c.message) << c.expr;
    }
    // Messages are short, lower-case and without a trailing period.
    EXPECT_FALSE(err->empty());
    EXPECT_NE(err->back(), '.');
}

INSTANTIATE_TEST_SUITE_P(
    Cron, InvalidCron,
    ::testing::Values(
        // Overall shape.
        InvalidCase{"", "expression is empty"},
        InvalidCase{"rate(5 minutes)", "expression must have the form cron(<six fields>)"},
        InvalidCase{"0 10 * * ? *", "expression must have the form cron(<six fields>)"},
        InvalidCase{"cron 0 10 * * ? *)", "expression must have the form cron(<six fields>)"},
        InvalidCase{"CRON(0 10 * * ? *)", "expression must have the form cron(<six fields>)"},
        InvalidCase{"cron(0 10 * * ? *", "expression must have the form cron(<six fields>)"},
        InvalidCase{"cron(0 10 * * ? *) ", "expression must have the form cron(<six fields>)"},
        InvalidCase{" cron(0 10 * * ? *)", "expression must have the form cron(<six fields>)"},
        InvalidCase{"cron()", "expected 6 fields but found 0"},
        InvalidCase{"cron(", "expression must have the form cron(<six fields>)"},
        InvalidCase{"cron(0 10 * * ? * )", "fields must be separated by single spaces"},
        InvalidCase{"cron( 0 10 * * ? *)", "fields must be separated by single spaces"},
        InvalidCase{"cron(0  10 * * ? *)", "fields must be separated by single spaces"},
        InvalidCase{"cron(0\t10 * * ? *)", "expected 6 fields but found 5"},
        InvalidCase{"cron(0 10 * * ?)", "expected 6 fields but found 5"},
        InvalidCase{"cron(0 0 10 * * ? *)", "expected 6 fields but found 7"},
        InvalidCase{"cron(0 10 * * ? *))", "year field '*)' is not valid"},
        // Bounds: the valid table holds the values just inside.
        InvalidCase{"cron(60 10 * * ? *)", "minutes field '60' is out of range 0-59"},
        InvalidCase{"cron(0 24 * * ? *)", "hours field '24' is out of range 0-23"},
        InvalidCase{"cron(0 10 0 * ? *)", "day-of-month field '0' is out of range 1-31"},
        InvalidCase{"cron(0 10 32 * ? *)", "day-of-month field '32' is out of range 1-31"},
        InvalidCase{"cron(0 10 1 0 ? *)", "month field '0' is out of range 1-12"},
        InvalidCase{"cron(0 10 1 13 ? *)", "month field '13' is out of range 1-12"},
        InvalidCase{"cron(0 10 ? * 0 *)", "day-of-week field '0' is out of range 1-7"},
        InvalidCase{"cron(0 10 ? * 8 *)", "day-of-week field '8' is out of range 1-7"},
        InvalidCase{"cron(0 10 1 * ? 1969)", "year field '1969' is out of range 1970-2199"},
        InvalidCase{"cron(0 10 1 * ? 2200)", "year field '2200' is out of range 1970-2199"},
        InvalidCase{"cron(99999999999 10 1 * ? *)", ""},
        InvalidCase{"cron(0,60 10 1 * ? *)", "minutes field '0,60' is out of range 0-59"},
        InvalidCase{"cron(0 10 1 * ? 2026-2200)", ""},
        // The '?' rule.
        InvalidCase{"cron(0 10 ? * ? *)", "exactly one of day-of-month and day-of-week must be '?'"},
        InvalidCase{"cron(0 10 * * * *)", "exactly one of day-of-month and day-of-week must be '?'"},
        InvalidCase{"cron(0 10 L * MON *)", "exactly one of day-of-month and day-of-week must be '?'"},
        // Specials in the wrong field.
        InvalidCase{"cron(? 10 * * ? *)",
                    "minutes field '?' is not valid: '?' is only allowed in day-of-month and day-of-week"},
        InvalidCase{"cron(0 10 * ? ? *)", ""},
        InvalidCase{"cron(0 10 2#1 * ? *)",
                    "day-of-month field '2#1' is not valid: '#' is only allowed in day-of-week"},
        InvalidCase{"cron(0 10 ? * 5W *)",
                    "day-of-week field '5W' is not valid: 'W' is only allowed in day-of-month"},
        InvalidCase{"cron(0 10 ? * LW *)", ""},
        InvalidCase{"cron(0 L * * ? *)",
                    "hours field 'L' is not valid: 'L' is only allowed in day-of-month and day-of-week"},
        InvalidCase{"cron(0 10 * 5L ? *)", ""},
        InvalidCase{"cron(0 10 ?,1 * ? *)", ""},
        InvalidCase{"cron(0 10 ? * L,1 *)", ""},
        // Malformed specials.
        InvalidCase{"cron(0 10 ? * 2#0 *)", ""},
        InvalidCase{"cron(0 10 ? * 2#6 *)", ""},
        InvalidCase{"cron(0 10 ? * 8#1 *)", ""},
        InvalidCase{"cron(0 10 ? * 2#1#1 *)", ""},
        InvalidCase{"cron(0 10 ? * 8L *)", ""},
        InvalidCase{"cron(0 10 0W * ? *)", ""},
        InvalidCase{"cron(0 10 32W * ? *)", ""},
        InvalidCase{"cron(0 10 L-0 * ? *)", ""},
        InvalidCase{"cron(0 10 L-31 * ? *)", ""},
        InvalidCase{"cron(0 10 W * ? *)", ""},
        // Names, ranges and increments.
        InvalidCase{"cron(15 12 ? * MON-FOO *)", "day-of-week field 'MON-FOO' is not valid"},
        InvalidCase{"cron(0 10 MON * ? *)", "day-of-month field 'MON' is not valid"},
        InvalidCase{"cron(0 10 ? MON * *)", ""},
        InvalidCase{"cron(0 10 ? * JAN *)", ""},
        InvalidCase{"cron(0 10 ? * MONDAY *)", ""},
        InvalidCase{"cron(30-5 10 1 * ? *)",
                    "minutes field '30-5' has a range whose start is after its end"},
        InvalidCase{"cron(0 10 ? * FRI-MON *)", ""},
        InvalidCase{"cron(0/0 10 1 * ? *)", "minutes field '0/0' is out of range 0-59"},
        InvalidCase{"cron(*/61 10 1 * ? *)", ""},
        InvalidCase{"cron(0/ 10 1 * ? *)", ""},
        InvalidCase{"cron(/5 10 1 * ? *)", ""},
        InvalidCase{"cron(0/5/5 10 1 * ? *)", ""},
        InvalidCase{"cron(1-2-3 10 1 * ? *)", ""},
        InvalidCase{"cron(-5 10 1 * ? *)", ""},
        InvalidCase{"cron(+5 10 1 * ? *)", ""},
        InvalidCase{"cron(5- 10 1 * ? *)", ""},
        InvalidCase{"cron(0, 10 1 * ? *)", "minutes field '0,' is not valid"},
        InvalidCase{"cron(,0 10 1 * ? *)", ""},
        InvalidCase{"cron(** 10 1 * ? *)", ""}));

}  // namespace
