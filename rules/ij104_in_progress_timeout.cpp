// IJ104 in-progress-timeout: timeoutConfig.inProgressTimeoutInMinutes outside 1..10080.
#include "range_limit.hpp"
#include "rules.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ104",
    .name = "in-progress-timeout",
    .severity = Severity::Error,
    .summary = "timeoutConfig.inProgressTimeoutInMinutes is outside 1..10080 minutes (7 days)",
    .rationale = "A job execution may stay IN_PROGRESS for at least 1 minute and at most 7 days (10080 "
                 "minutes). AWS rejects other values.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "timeoutConfig": { "inProgressTimeoutInMinutes": 10081 }
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "timeoutConfig": { "inProgressTimeoutInMinutes": 10080 }
}
)",
};

namespace {
void check(const Job& job, Context& ctx) { check_integer_range(job, ctx, FieldId::InProgressTimeout, 1, 10080); }
}  // namespace

const Rule IJ104{&info, check};

}  // namespace ijl::rules
