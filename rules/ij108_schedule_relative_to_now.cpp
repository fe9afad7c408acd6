// IJ108 schedule-relative-to-now: a create-job request's start or end is too soon or too far from --now.
#include "relation_util.hpp"
#include "rules.hpp"
#include "schedule_window.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ108",
    .name = "schedule-relative-to-now",
    .severity = Severity::Error,
    .summary = "A create-job request's startTime or endTime is too soon or too far from now",
    .rationale = "AWS IoT rejects a scheduled job whose startTime is less than 30 minutes or more than "
                 "1 year from the current time, or whose endTime is less than 30 minutes or more than 2 "
                 "years from it (calendar years: a year after Feb 29 is Feb 28). 'Now' is --now (default: "
                 "the current UTC time), so the same request passes today and fails next month: this code "
                 "is kept apart from IJ106 so that a repository of committed requests can stay "
                 "deterministic with ignore: [\"IJ108\"] and still have the window itself checked (IJ106). "
                 "A time before now is reported as in the past. A time gets at most one IJ106 or IJ108: "
                 "the first bound it breaks, and these four come first. The examples take --now "
                 "2026-11-27T00:00:00Z.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "schedulingConfig": { "startTime": "2026-11-26T02:00" }
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "schedulingConfig": { "startTime": "2026-12-05T02:00" }
}
)",
};

namespace {

// Judged value by value before IJ106 (rules/registry.cpp): bounds 1-4 come first.
bool judge(const Job& job, const Bound& b, Context& ctx) {
  if (is_record(job) || !is_schedule_time(b)) return false;
  Reference now = now_reference(ctx.options());
  return report_first_break(job, b, ctx, &now, 1, 4);
}

}  // namespace

const Rule IJ108{&info, nullptr, judge, is_schedule_field};

}  // namespace ijl::rules
