// IJ005 missing-field: a required field is absent; points at the object that lacks it.
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ005",
    .name = "missing-field",
    .severity = Severity::Error,
    .summary = "A required field is absent",
    .rationale = "AWS rejects a request without its required fields: a create-job request needs jobId and "
                 "targets; an abort criterion needs failureType, action, thresholdPercentage and "
                 "minNumberOfExecutedThings; an exponentialRate needs baseRatePerMinute, incrementFactor "
                 "and rateIncreaseCriteria; a maintenance window needs startTime and durationInMinutes. "
                 "Records need job and its jobId. One diagnostic per missing field.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "documentSource": "https://s3.amazonaws.com/bucket/job.json"
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json"
}
)",
};

namespace {

void check(const Job& job, Context& ctx) {
  for (const auto& m : job.missing) {
    const Bound& parent = job.bounds[static_cast<std::size_t>(m.parent)];
    std::string where = parent.parent < 0 ? "" : " in " + job.name(parent);
    ctx.report_object(parent, "missing required field " + quote(m.spec->spelling(job.dialect)) + where);
  }
}

}  // namespace

const Rule IJ005{&info, check};

}  // namespace ijl::rules
