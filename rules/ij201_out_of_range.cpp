// IJ201 out-of-range: a number outside its field's min/max in the API model.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>

#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ201",
    .name = "out-of-range",
    .severity = Severity::Error,
    .summary = "A number is outside the field's minimum or maximum",
    .rationale = "The AWS IoT API model bounds numeric fields: maximumPerMinute and baseRatePerMinute "
                 "1..1000, incrementFactor 1.1..5, thresholdPercentage 0..100, minNumberOfExecutedThings, "
                 "numberOfNotifiedThings and numberOfSucceededThings at least 1, numberOfRetries 0..10, "
                 "a maintenance window's durationInMinutes 1..1430. AWS rejects values outside them.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "jobExecutionsRolloutConfig": { "maximumPerMinute": 1001 }
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "jobExecutionsRolloutConfig": { "maximumPerMinute": 1000 }
}
)",
};

namespace {

// A decimal literal as sign, significant digits and exponent: value = sign × 0.digits × 10^exp.
struct Decimal {
  bool negative = false;
  std::string digits;  // no leading or trailing zeros; empty for zero
  long exp = 0;
};

Decimal parse_decimal(std::string_view s) {
  Decimal d;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) d.negative = s[i++] == '-';
  long point = 0;
  bool seen_point = false;
  for (; i < s.size() && s[i] != 'e' && s[i] != 'E'; ++i) {
    if (s[i] == '.') {
      seen_point = true;
    } else {
      d.digits.push_back(s[i]);
      if (!seen_point) ++point;
    }
  }
  long exponent = 0;
  if (i < s.size()) {
    ++i;
    if (i < s.size() && s[i] == '+') ++i;
    auto [p, ec] = std::from_chars(s.data() + i, s.data() + s.size(), exponent);
    if (ec != std::errc()) exponent = i < s.size() && s[i] == '-' ? -1000000000L : 1000000000L;  // absurd: saturate
  }
  std::size_t lead = d.digits.find_first_not_of('0');
  if (lead == std::string::npos) return Decimal{};
  d.digits.erase(d.digits.find_last_not_of('0') + 1);
  d.digits.erase(0, lead);
  d.exp = point - static_cast<long>(lead) + exponent;
  return d;
}

// -1, 0 or 1 as a < b, exactly (never through binary floating point).
int compare(const Decimal& a, const Decimal& b) {
  int sa = a.digits.empty() ? 0 : a.negative ? -1 : 1;
  int sb = b.digits.empty() ? 0 : b.negative ? -1 : 1;
  if (sa != sb) return sa < sb ? -1 : 1;
  if (sa == 0) return 0;
  // same sign: a larger exponent is a larger magnitude; then digits compare as a fraction
  int magnitude = a.exp != b.exp ? (a.exp < b.exp ? -1 : 1) : a.digits.compare(b.digits);
  return sa * ((magnitude > 0) - (magnitude < 0));
}

// The literal as written is compared with the limit: 5.0000000000000000001 is above 5 even
// though it reads as the double 5.0 (docs/rules.md: numbers are judged as written).
int compare_literal(const Bound& b, double limit) {
  // The double is within 1e-16 of the literal, so a clear gap decides without the exact
  // comparison (which formats the limit).
  double v = b.node->number, gap = 1e-9 * std::max(1.0, std::fabs(limit));
  if (v < limit - gap) return -1;
  if (v > limit + gap) return 1;
  return compare(parse_decimal(b.node->text), parse_decimal(format_number(limit)));
}

bool below(const Bound& b, double limit) { return compare_literal(b, limit) < 0; }
bool above(const Bound& b, double limit) { return compare_literal(b, limit) > 0; }

void check(const Job& job, Context& ctx) {
  for (const Bound& b : job.bounds) {
    const FieldSpec& s = *b.spec;
    if (!b.type_ok || !b.node->is_number() || (!s.min && !s.max)) continue;
    if ((s.min && below(b, *s.min)) || (s.max && above(b, *s.max))) {
      std::string limit = s.min && s.max ? "outside " + format_number(*s.min) + ".." + format_number(*s.max)
                          : s.min       ? "below the minimum " + format_number(*s.min)
                                        : "above the maximum " + format_number(*s.max);
      ctx.report(b, job.name(b) + " " + b.node->text + " is " + limit);
    }
  }
}

}  // namespace

const Rule IJ201{&info, check};

}  // namespace ijl::rules
