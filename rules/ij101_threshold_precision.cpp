// IJ101 threshold-precision: abort thresholdPercentage with more than two decimal places.
#include "precision.hpp"
#include "rules.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ101",
    .name = "threshold-precision",
    .severity = Severity::Error,
    .summary = "An abort criterion's thresholdPercentage has more than two decimal places",
    .rationale = "AWS IoT accepts abort thresholds with at most two digits after the decimal point and "
                 "rejects the job otherwise, although the API model's type is a plain double. The number "
                 "is judged as written: 10.99 and 1.099e1 pass, 10.999 and 1e-3 fail, and trailing zeros "
                 "do not count (10.100 is 10.1).",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "abortConfig": {
    "criteriaList": [
      { "failureType": "FAILED", "action": "CANCEL", "thresholdPercentage": 10.999, "minNumberOfExecutedThings": 10 }
    ]
  }
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "abortConfig": {
    "criteriaList": [
      { "failureType": "FAILED", "action": "CANCEL", "thresholdPercentage": 10.99, "minNumberOfExecutedThings": 10 }
    ]
  }
}
)",
};

namespace {
void check(const Job& job, Context& ctx) { check_precision(job, ctx, FieldId::ThresholdPercentage, 2); }
}  // namespace

const Rule IJ101{&info, check};

}  // namespace ijl::rules
