// IJ304 rate-increase-criteria: rateIncreaseCriteria sets neither threshold, so the rate never grows.
#include "relation_util.hpp"
#include "rules.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ304",
    .name = "rate-increase-criteria",
    .severity = Severity::Error,
    .summary = "rateIncreaseCriteria sets neither numberOfNotifiedThings nor numberOfSucceededThings",
    .rationale = "An exponential rollout raises its rate each time rateIncreaseCriteria is met. With neither "
                 "numberOfNotifiedThings nor numberOfSucceededThings set there is nothing to meet: AWS "
                 "rejects the request, and the rate could never increase anyway.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "jobExecutionsRolloutConfig": {
    "exponentialRate": {
      "baseRatePerMinute": 10,
      "incrementFactor": 1.5,
      "rateIncreaseCriteria": {}
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
      "rateIncreaseCriteria": { "numberOfNotifiedThings": 20 }
    }
  }
}
)",
};

namespace {

void check(const Job& job, Context& ctx) {
  const Bound* criteria = get_effective(job, FieldId::RateIncreaseCriteria);
  if (!criteria || !criteria->type_ok) return;
  // a threshold of the wrong type is set all the same (IJ004 reports it)
  if (job.child(*criteria, FieldId::NumberOfNotifiedThings) || job.child(*criteria, FieldId::NumberOfSucceededThings)) {
    return;
  }
  ctx.report_key(*criteria, job.name(*criteria) + " sets neither " +
                                spelling(job, *criteria->spec, FieldId::NumberOfNotifiedThings) + " nor " +
                                spelling(job, *criteria->spec, FieldId::NumberOfSucceededThings) +
                                ": the rate never increases");
}

}  // namespace

const Rule IJ304{&info, check};

}  // namespace ijl::rules
