// IJ308 maintenance-window-cron: a maintenance window's startTime is not a valid AWS cron expression.
#include "cron.hpp"
#include "relation_util.hpp"
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ308",
    .name = "maintenance-window-cron",
    .severity = Severity::Error,
    .summary = "A maintenance window's startTime is not a valid AWS cron expression",
    .rationale = "A scheduled job's maintenanceWindows[].startTime is an AWS cron expression: cron( six "
                 "space-separated fields ) - minutes, hours, day-of-month, month, day-of-week, year - "
                 "with exactly one of day-of-month and day-of-week set to ?. Unix cron (five fields), "
                 "Quartz seconds fields and plain date-times are rejected by AWS.",
    .fail_example = R"json({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "schedulingConfig": {
    "maintenanceWindows": [{ "startTime": "cron(0 2 * * *)", "durationInMinutes": 120 }]
  }
}
)json",
    .pass_example = R"json({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "schedulingConfig": {
    "maintenanceWindows": [{ "startTime": "cron(0 2 * * ? *)", "durationInMinutes": 120 }]
  }
}
)json",
};

namespace {

void check(const Job& job, Context& ctx) {
  for (const Bound* start : job.all(FieldId::WindowStartTime)) {
    if (!effective(job, *start)) continue;
    const std::string* s = str_of(start);
    if (!s) continue;
    if (auto problem = check_aws_cron(*s)) {
      ctx.report(*start, job.name(*start) + " " + quote(*s) + " is not a valid AWS cron expression: " + *problem);
    }
  }
}

}  // namespace

const Rule IJ308{&info, check};

}  // namespace ijl::rules
