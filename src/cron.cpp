// Validation of AWS (EventBridge-style) cron(...) schedule expressions.
#include "cron.hpp"

#include <array>
#include <charconv>
#include <cstddef>
#include <vector>

namespace ijl {
namespace {

enum class FieldKind { minutes, hours, day_of_month, month, day_of_week, year };

struct FieldSpec {
    FieldKind kind;
    std::string_view name;
    int lo;
    int hi;
};

constexpr std::array<FieldSpec, 6> kFields{{
    {FieldKind::minutes, "minutes", 0, 59},
    {FieldKind::hours, "hours", 0, 23},
    {FieldKind::day_of_month, "day-of-month", 1, 31},
    {FieldKind::month, "month", 1, 12},
    {FieldKind::day_of_week, "day-of-week", 1, 7},
    {FieldKind::year, "year", 1970, 2199},
}};

constexpr std::array<std::string_view, 12> kMonthNames{
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};
// AWS numbers the week from Sunday = 1.
constexpr std::array<std::string_view, 7> kDayNames{"SUN", "MON", "TUE", "WED",
                                                    "THU", "FRI", "SAT"};

enum class Status { ok, syntax, range, reversed };

bool is_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

// ASCII-only on purpose: std::toupper depends on the global locale.
std::string to_upper(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return out;
}

template <std::size_t N>
int name_index(const std::array<std::string_view, N>& names, std::string_view tok) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == tok) return static_cast<int>(i) + 1;
    return 0;
}

// Integer in [lo, hi]; digits only, so no signs or spaces sneak through.
Status parse_int(std::string_view tok, int lo, int hi, int& out) {
    if (!is_digits(tok)) return Status::syntax;
    auto [ptr, ec] = std::from_chars(tok.data(), tok.data() + tok.size(), out);
    if (ec != std::errc{} || ptr != tok.data() + tok.size()) return Status::range;
    return (out < lo || out > hi) ? Status::range : Status::ok;
}

// A single value: a number, or a name where the field has names.
Status parse_value(std::string_view tok, const FieldSpec& f, int& out) {
    if (is_digits(tok)) return parse_int(tok, f.lo, f.hi, out);
    int idx = 0;
    if (f.kind == FieldKind::month) idx = name_index(kMonthNames, tok);
    if (f.kind == FieldKind::day_of_week) idx = name_index(kDayNames, tok);
    if (idx == 0) return Status::syntax;
    out = idx;
    return Status::ok;
}

// One list element: '*', a value or a range, optionally followed by /step.
Status parse_item(std::string_view item, const FieldSpec& f) {
    std::string_view base = item;
    if (auto slash = item.find('/'); slash != std::string_view::npos) {
        base = item.substr(0, slash);
        int step = 0;
        // A step larger than the field's span would only ever hit the start.
        if (Status s = parse_int(item.substr(slash + 1), 1, f.hi - f.lo + 1, step);
            s != Status::ok)
            return s;
    }
    if (base == "*") return Status::ok;
    int a = 0;
    auto dash = base.find('-');
    if (dash == std::string_view::npos) return parse_value(base, f, a);
    int b = 0;
    if (Status s = parse_value(base.substr(0, dash), f, a); s != Status::ok) return s;
    if (Status s = parse_value(base.substr(dash + 1), f, b); s != Status::ok) return s;
    return a <= b ? Status::ok : Status::reversed;
}

bool is_dom_special(std::string_view up) {
    if (up == "L" || up == "LW") return true;
    int n = 0;
    if (up.size() > 2 && up.substr(0, 2) == "L-")
        return parse_int(up.substr(2), 1, 30, n) == Status::ok;
    if (up.size() > 1 && up.back() == 'W')
        return parse_int(up.substr(0, up.size() - 1), 1, 31, n) == Status::ok;
    return false;
}

bool is_dow_special(std::string_view up, const FieldSpec& f) {
    if (up == "L") return true;
    int n = 0;
    if (up.size() > 1 && up.back() == 'L')
        return parse_value(up.substr(0, up.size() - 1), f, n) == Status::ok;
    if (auto hash = up.find('#'); hash != std::string_view::npos) {
        int k = 0;
        return parse_value(up.substr(0, hash), f, n) == Status::ok &&
               parse_int(up.substr(hash + 1), 1, 5, k) == Status::ok;
    }
    return false;
}

// Explains a rejected element when it looks like an AWS special used in
// the wrong field; empty when there is nothing more specific to say.
std::string_view misplaced_special(std::string_view item, FieldKind kind) {
    const bool day_field = kind == FieldKind::day_of_month || kind == FieldKind::day_of_week;
    const bool numeric_prefix = item.size() > 1 && is_digits(item.substr(0, item.size() - 1));
    if (!day_field && item.find('?') != std::string_view::npos)
        return "'?' is only allowed in day-of-month and day-of-week";
    if (kind != FieldKind::day_of_week && item.find('#') != std::string_view::npos)
        return "'#' is only allowed in day-of-week";
    if (kind != FieldKind::day_of_month && (item == "LW" || (item.back() == 'W' && numeric_prefix)))
        return "'W' is only allowed in day-of-month";
    if (!day_field && (item == "L" || item.substr(0, 2) == "L-" ||
                       (item.back() == 'L' && numeric_prefix)))
        return "'L' is only allowed in day-of-month and day-of-week";
    return {};
}

std::string field_error(const FieldSpec& f, std::string_view text, std::string_view what) {
    std::string msg(f.name);
    msg += " field '";
    msg += text;
    msg += "' ";
    msg += what;
    return msg;
}

std::optional<std::string> check_field(std::string_view text, const FieldSpec& f) {
    const std::string up = to_upper(text);
    if (f.kind == FieldKind::day_of_month && (up == "?" || is_dom_special(up)))
        return std::nullopt;
    if (f.kind == FieldKind::day_of_week && (up == "?" || is_dow_special(up, f)))
        return std::nullopt;

    std::string_view rest = up;
    while (true) {
        auto comma = rest.find(',');
        std::string_view item = rest.substr(0, comma);
        if (item.empty()) return field_error(f, text, "is not valid");
        switch (parse_item(item, f)) {
            case Status::ok:
                break;
            case Status::range:
                return field_error(f, text,
                                   "is out of range " + std::to_string(f.lo) + "-" +
                                       std::to_string(f.hi));
            case Status::reversed:
                return field_error(f, text, "has a range whose start is after its end");
            case Status::syntax: {
                std::string_view hint = misplaced_special(item, f.kind);
                if (hint.empty()) return field_error(f, text, "is not valid");
                return field_error(f, text, "is not valid: " + std::string(hint));
            }
        }
        if (comma == std::string_view::npos) return std::nullopt;
        rest.remove_prefix(comma + 1);
    }
}

}  // namespace

std::optional<std::string> check_aws_cron(std::string_view expr) {
    constexpr std::string_view prefix = "cron(";
    if (expr.empty()) return "expression is empty";
    if (expr.size() < prefix.size() + 1 || expr.substr(0, prefix.size()) != prefix ||
        expr.back() != ')')
        return "expression must have the form cron(<six fields>)";

    const std::string_view inner = expr.substr(prefix.size(), expr.size() - prefix.size() - 1);
    if (inner.empty()) return "expected 6 fields but found 0";
    // Split keeping empty pieces so doubled, leading or trailing spaces show up.
    std::vector<std::string_view> fields;
    std::size_t start = 0;
    while (true) {
        auto space = inner.find(' ', start);
        fields.push_back(inner.substr(start, space - start));
        if (space == std::string_view::npos) break;
        start = space + 1;
    }
    for (std::string_view f : fields)
        if (f.empty()) return "fields must be separated by single spaces";
    if (fields.size() != kFields.size())
        return "expected 6 fields but found " + std::to_string(fields.size());

    for (std::size_t i = 0; i < kFields.size(); ++i)
        if (auto err = check_field(fields[i], kFields[i])) return err;

    if ((fields[2] == "?") == (fields[4] == "?"))
        return "exactly one of day-of-month and day-of-week must be '?'";
    return std::nullopt;
}

}  // namespace ijl
