// IJ303 base-rate-above-maximum: exponentialRate.baseRatePerMinute above maximumPerMinute.
#include "relation_util.hpp"
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ303",
    .name = "base-rate-above-maximum",
    .severity = Severity::Warning,
    .summary = "exponentialRate.baseRatePerMinute is above jobExecutionsRolloutConfig.maximumPerMinute",
    .rationale = "An exponential rollout starts at baseRatePerMinute and grows by incrementFactor, but never "
                 "past maximumPerMinute. A base rate above the maximum is capped from the first minute, so "
                 "the exponential settings have no effect.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "jobExecutionsRolloutConfig": {
    "maximumPerMinute": 100,
    "exponentialRate": {
      "baseRatePerMinute": 200,
      "incrementFactor": 1.5,
      "rateIncreaseCriteria": { "numberOfSucceededThings": 10 }
    }
  }
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "jobExecutionsRolloutConfig": {
    "maximumPerMinute": 100,
    "exponentialRate": {
      "baseRatePerMinute": 100,
      "incrementFactor": 1.5,
      "rateIncreaseCriteria": { "numberOfSucceededThings": 10 }
    }
  }
}
)",
};

namespace {

void check(const Job& job, Context& ctx) {
  const Bound* config = get_effective(job, FieldId::RolloutConfig);
  if (!config || !config->type_ok) return;
  const Bound* max_b = job.child(*config, FieldId::MaximumPerMinute);
  const Bound* rate = job.child(*config, FieldId::ExponentialRate);
  if (!max_b || !rate || !rate->type_ok) return;
  const Bound* base_b = job.child(*rate, FieldId::BaseRatePerMinute);
  auto max = int_of(max_b);
  auto base = int_of(base_b);
  if (!max || !base || *base <= *max) return;
  ctx.report(*base_b, job.name(*base_b) + " " + base_b->node->text + " is above " + job.name(*max_b) + " " +
                          max_b->node->text);
}

}  // namespace

const Rule IJ303{&info, check};

}  // namespace ijl::rules
