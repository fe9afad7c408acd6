// Parsing of the date/time formats found in job files, records and the command line.
#pragma once

#include <chrono>
#include <optional>
#include <string_view>

namespace ijl {

// Parses a job schedule time: exactly "YYYY-MM-DDTHH:MM" (upper-case T,
// hour 0-23, minute 0-59, a real calendar date), read as UTC.
std::optional<std::chrono::sys_time<std::chrono::minutes>> parse_schedule_time(
    std::string_view s);

// Parses a record timestamp: "YYYY-MM-DD", then 'T', 't' or a space,
// "HH:MM:SS", an optional fraction ('.' and 1-9 digits; digits past
// milliseconds are dropped), then an optional offset 'Z', 'z', "+HH:MM",
// "-HH:MM", "+HHMM" or "-HHMM" (offset hour 0-23, minute 0-59). No offset
// means UTC. Returns the UTC instant; leap seconds (:60) are rejected.
std::optional<std::chrono::sys_time<std::chrono::milliseconds>> parse_record_timestamp_string(
    std::string_view s);

// Converts a numeric record timestamp: epoch seconds, except that values
// above 1e11 (year 5138 as seconds) are taken as epoch milliseconds.
// Rounds to the nearest millisecond. NaN maps to the epoch and the result
// is clamped to 0000-01-01T00:00:00Z .. 9999-12-31T23:59:59.999Z, the range
// the string parsers can express; check std::isfinite first to flag junk.
std::chrono::sys_time<std::chrono::milliseconds> epoch_number_to_time(double v);

// Parses the --now option as an RFC 3339 date-time, e.g. "2026-11-26T12:00:00Z"
// or "2026-11-26T14:00:00.5+02:00": the record timestamp syntax, except that
// the offset is required (RFC 3339 has no local times). Returns whole
// seconds, any fraction being dropped; this compares directly with the
// minute-precision schedule times.
std::optional<std::chrono::sys_time<std::chrono::seconds>> parse_rfc3339_now(std::string_view s);

// Adds calendar years, keeping month, day and time of day; Feb 29 maps to
// Feb 28 in a non-leap target year. `years` may be negative.
std::chrono::sys_time<std::chrono::minutes> add_years(std::chrono::sys_time<std::chrono::minutes> t,
                                                      int years);

}  // namespace ijl
