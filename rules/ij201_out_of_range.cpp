// IJ201 out-of-range: a number outside its field's min/max in the API model.
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

bool below(const Bound& b, double limit) {
  if (auto v = int_of(&b); v && b.spec->type != Type::Double) return static_cast<double>(*v) < limit;
  return b.node->number < limit;
}

bool above(const Bound& b, double limit) {
  if (auto v = int_of(&b); v && b.spec->type != Type::Double) return static_cast<double>(*v) > limit;
  return b.node->number > limit;
}

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
