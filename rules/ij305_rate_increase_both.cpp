// IJ305 rate-increase-both: rateIncreaseCriteria sets both thresholds; either one raises the rate.
#include "relation_util.hpp"
#include "rules.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ305",
    .name = "rate-increase-both",
    .severity = Severity::Warning,
    .summary = "rateIncreaseCriteria sets both numberOfNotifiedThings and numberOfSucceededThings",
    .rationale = "The rollout rate increases as soon as either threshold is met, not when both are. Setting "
                 "both usually means the author expected an AND; the notified count is almost always "
                 "reached first, so the succeeded count has no effect.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "jobExecutionsRolloutConfig": {
    "exponentialRate": {
      "baseRatePerMinute": 10,
      "incrementFactor": 1.5,
      "rateIncreaseCriteria": { "numberOfNotifiedThings": 20, "numberOfSucceededThings": 10 }
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
      "rateIncreaseCriteria": { "numberOfSucceededThings": 10 }
    }
  }
}
)",
};

namespace {

void check(const Job& job, Context& ctx) {
  const Bound* criteria = get_effective(job, FieldId::RateIncreaseCriteria);
  if (!criteria || !criteria->type_ok) return;
  const Bound* notified = job.child(*criteria, FieldId::NumberOfNotifiedThings);
  const Bound* succeeded = job.child(*criteria, FieldId::NumberOfSucceededThings);
  if (!notified || !succeeded || !notified->type_ok || !succeeded->type_ok) return;
  ctx.report_key(*later(notified, succeeded), job.name(*criteria) + " sets both " + job.name(*notified) + " " +
                                                  notified->node->text + " and " + job.name(*succeeded) + " " +
                                                  succeeded->node->text + "; the rate increases when either is met");
}

}  // namespace

const Rule IJ305{&info, check};

}  // namespace ijl::rules
