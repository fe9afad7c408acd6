// IJ102 increment-factor-precision: exponentialRate.incrementFactor with more than one decimal place.
#include "precision.hpp"
#include "rules.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ102",
    .name = "increment-factor-precision",
    .severity = Severity::Error,
    .summary = "A rollout's incrementFactor has more than one decimal place",
    .rationale = "AWS IoT accepts an exponential rollout's increment factor with at most one digit after "
                 "the decimal point (1.5 yes, 1.55 no). The number is judged as written, never after "
                 "conversion to binary floating point.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "jobExecutionsRolloutConfig": {
    "exponentialRate": {
      "baseRatePerMinute": 10,
      "incrementFactor": 1.55,
      "rateIncreaseCriteria": { "numberOfSucceededThings": 50 }
    }
  }
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "jobExecutionsRolloutConfig": {
    "exponentialRate": {
      "baseRatePerMinute": 10,
      "incrementFactor": 1.5,
      "rateIncreaseCriteria": { "numberOfSucceededThings": 50 }
    }
  }
}
)",
};

namespace {
void check(const Job& job, Context& ctx) { check_precision(job, ctx, FieldId::IncrementFactor, 1); }
}  // namespace

const Rule IJ102{&info, check};

}  // namespace ijl::rules
