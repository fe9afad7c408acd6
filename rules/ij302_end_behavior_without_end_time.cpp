// IJ302 end-behavior-without-end-time: schedulingConfig.endBehavior without endTime is ignored.
#include "relation_util.hpp"
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ302",
    .name = "end-behavior-without-end-time",
    .severity = Severity::Warning,
    .summary = "schedulingConfig.endBehavior is set but endTime is absent",
    .rationale = "endBehavior (STOP_ROLLOUT, CANCEL or FORCE_CANCEL) says what happens when a scheduled "
                 "job reaches its endTime. Without an endTime AWS ignores it, so the job never stops the "
                 "way the file suggests.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "schedulingConfig": {
    "startTime": "2026-12-01T02:00",
    "endBehavior": "STOP_ROLLOUT"
  }
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "schedulingConfig": {
    "startTime": "2026-12-01T02:00",
    "endTime": "2026-12-01T06:00",
    "endBehavior": "STOP_ROLLOUT"
  }
}
)",
};

namespace {

void check(const Job& job, Context& ctx) {
  const Bound* config = get_effective(job, FieldId::SchedulingConfig);
  if (!config || !config->type_ok) return;
  const Bound* behavior = job.child(*config, FieldId::EndBehavior);
  const Bound* end = job.child(*config, FieldId::EndTime);
  // an endTime of the wrong type is present all the same (IJ004 reports it)
  if (!behavior || !behavior->type_ok || end) return;
  ctx.report_key(*behavior, job.name(*behavior) + " " + quote(behavior->node->text) + " has no effect without " +
                                spelling(job, *config->spec, FieldId::EndTime));
}

}  // namespace

const Rule IJ302{&info, check};

}  // namespace ijl::rules
