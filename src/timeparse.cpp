// Parsing of the date/time formats found in job files, records and the command line.
#include "timeparse.hpp"

#include <date/date.h>

#include <cmath>
#include <cstddef>

namespace ijl {
namespace {

using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::seconds;

// Reads exactly `n` ASCII digits at `pos`; no signs or spaces, unlike from_chars/strtol.
bool read_digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const char c = s[pos + i];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

bool is_digit_at(std::string_view s, std::size_t pos) {
    return pos < s.size() && s[pos] >= '0' && s[pos] <= '9';
}

// "YYYY-MM-DD" at the start of `s`, validated by the date library.
std::optional<date::sys_days> read_date(std::string_view s) {
    int y = 0, m = 0, d = 0;
    if (!read_digits(s, 0, 4, y) || s.size() < 10 || s[4] != '-' || !read_digits(s, 5, 2, m) ||
        s[7] != '-' || !read_digits(s, 8, 2, d))
        return std::nullopt;
    const date::year_month_day ymd{date::year{y}, date::month{static_cast<unsigned>(m)},
                                   date::day{static_cast<unsigned>(d)}};
    if (!ymd.ok()) return std::nullopt;
    return date::sys_days{ymd};
}

struct Stamp {
    std::chrono::sys_time<milliseconds> utc;
    bool has_offset;
};

// Shared by the record and --now parsers, which differ only in whether the
// offset may be left out.
std::optional<Stamp> parse_stamp(std::string_view s) {
    const auto day = read_date(s);
    if (!day || s.size() < 19) return std::nullopt;
    const char sep = s[10];
    if (sep != 'T' && sep != 't' && sep != ' ') return std::nullopt;
    int hh = 0, mm = 0, ss = 0;
    if (!read_digits(s, 11, 2, hh) || s[13] != ':' || !read_digits(s, 14, 2, mm) ||
        s[16] != ':' || !read_digits(s, 17, 2, ss))
        return std::nullopt;
    if (hh > 23 || mm > 59 || ss > 59) return std::nullopt;

    std::size_t pos = 19;
    int millis = 0;
    if (pos < s.size() && s[pos] == '.') {
        ++pos;
        std::size_t ndigits = 0;
        for (; is_digit_at(s, pos) && ndigits < 9; ++pos, ++ndigits)
            if (ndigits < 3) millis = millis * 10 + (s[pos] - '0');
        if (ndigits == 0) return std::nullopt;
        for (std::size_t i = ndigits; i < 3; ++i) millis *= 10;  // ".5" is 500 ms
    }

    minutes offset{0};
    bool has_offset = false;
    if (pos < s.size()) {
        const char c = s[pos];
        if (c == 'Z' || c == 'z') {
            ++pos;
        } else if (c == '+' || c == '-') {
            int oh = 0, om = 0;
            if (!read_digits(s, pos + 1, 2, oh)) return std::nullopt;
            pos += 3;
            if (pos < s.size() && s[pos] == ':') ++pos;
            if (!read_digits(s, pos, 2, om)) return std::nullopt;
            pos += 2;
            if (oh > 23 || om > 59) return std::nullopt;
            offset = std::chrono::hours{oh} + minutes{om};
            if (c == '-') offset = -offset;
        } else {
            return std::nullopt;
        }
        has_offset = true;
    }
    if (pos != s.size()) return std::nullopt;

    // Local time minus its offset from UTC gives the UTC instant.
    const auto local = *day + std::chrono::hours{hh} + minutes{mm} + seconds{ss} +
                       milliseconds{millis};
    return Stamp{local - offset, has_offset};
}

}  // namespace

std::optional<std::chrono::sys_time<minutes>> parse_schedule_time(std::string_view s) {
    if (s.size() != 16) return std::nullopt;
    const auto day = read_date(s);
    int hh = 0, mm = 0;
    if (!day || s[10] != 'T' || !read_digits(s, 11, 2, hh) || s[13] != ':' ||
        !read_digits(s, 14, 2, mm))
        return std::nullopt;
    if (hh > 23 || mm > 59) return std::nullopt;
    return *day + std::chrono::hours{hh} + minutes{mm};
}

std::optional<std::chrono::sys_time<milliseconds>> parse_record_timestamp_string(
    std::string_view s) {
    const auto stamp = parse_stamp(s);
    if (!stamp) return std::nullopt;
    return stamp->utc;
}

std::chrono::sys_time<milliseconds> epoch_number_to_time(double v) {
    using namespace date::literals;
    // Bounds of four-digit years, so a clamped value still formats sensibly.
    constexpr std::chrono::sys_time<milliseconds> lo = date::sys_days{0000_y / date::January / 1};
    constexpr std::chrono::sys_time<milliseconds> hi =
        date::sys_days{9999_y / date::December / 31} + date::days{1} - milliseconds{1};
    if (std::isnan(v)) return std::chrono::sys_time<milliseconds>{};
    const double ms = v > 1e11 ? v : v * 1000.0;
    // Compare as doubles before converting: out-of-range conversion is undefined.
    if (ms <= static_cast<double>(lo.time_since_epoch().count())) return lo;
    if (ms >= static_cast<double>(hi.time_since_epoch().count())) return hi;
    // Round, not truncate: 1.001 * 1000 is 1000.999... in binary.
    return std::chrono::sys_time<milliseconds>{milliseconds{std::llround(ms)}};
}

std::optional<std::chrono::sys_time<seconds>> parse_rfc3339_now(std::string_view s) {
    const auto stamp = parse_stamp(s);
    if (!stamp || !stamp->has_offset) return std::nullopt;
    // floor, not time_point_cast: the latter rounds toward zero before 1970.
    return std::chrono::floor<seconds>(stamp->utc);
}

std::chrono::sys_time<minutes> add_years(std::chrono::sys_time<minutes> t, int years) {
    const auto day = std::chrono::floor<date::days>(t);
    auto ymd = date::year_month_day{day} + date::years{years};
    if (!ymd.ok())  // only Feb 29 into a non-leap year can get here
        ymd = date::year_month_day_last{ymd.year(), date::month_day_last{ymd.month()}};
    return date::sys_days{ymd} + (t - day);
}

}  // namespace ijl
