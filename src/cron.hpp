// Validation of AWS (EventBridge-style) cron(...) schedule expressions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ijl {

// Returns std::nullopt when `expr` is a valid AWS cron expression such as
// "cron(0 10 * * ? *)", otherwise a short lower-case message (no trailing
// period) saying what is wrong.
//
// Fields: minutes 0-59, hours 0-23, day-of-month 1-31, month 1-12 or JAN-DEC,
// day-of-week 1-7 or SUN-SAT (1 = SUN), year 1970-2199. Every field accepts
// '*', values, ranges a-b (a <= b), increments x/n with n from 1 to the
// number of values in the field (x being '*', a value or a range) and
// comma-separated lists of those. Names and L/W are case-insensitive.
// AWS-specific forms must make up the whole field:
//   day-of-month: '?', 'L', 'L-n' (n 1-30), 'nW' (n 1-31), 'LW'
//   day-of-week:  '?', 'L', 'nL', 'n#k' (k 1-5), n being 1-7 or a name
// Exactly one of day-of-month and day-of-week must be '?'. The six fields
// must be separated by single spaces with nothing else inside "cron(...)".
std::optional<std::string> check_aws_cron(std::string_view expr);

}  // namespace ijl
