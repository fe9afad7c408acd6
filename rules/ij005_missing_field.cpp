// IJ005 missing-field: a required field is absent; points at the object that lacks it.
#include "field_suggest.hpp"
#include "rule_util.hpp"
#include "rules.hpp"

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
                 "Records need job and its jobId. One diagnostic per missing field.\n\n"
                 "When the object holds a key that unknown-field (IJ003) takes for the missing field (another "
                 "dialect's spelling, the same letters ignoring case, `_` and `-`, a typo or an abbreviation, "
                 "by the checks IJ003 describes), the message names that key, the first in the file if several "
                 "qualify: `missing required field \"jobId\"; found \"JobId\" instead`.",
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

// The first key of the object, in file order, that IJ003 would take for the missing field.
const Member* near_miss(const Job& job, const MissingField& m) {
  const Bound& parent = job.bounds[static_cast<std::size_t>(m.parent)];
  for (const auto& u : job.unknown) {
    if (u.parent != m.parent) continue;
    if (closest_field(u.member->key, *parent.spec, job.dialect).field == m.spec) return u.member;
  }
  return nullptr;
}

void check(const Job& job, Context& ctx) {
  for (const auto& m : job.missing) {
    const Bound& parent = job.bounds[static_cast<std::size_t>(m.parent)];
    std::string message = "missing required field " + quote(m.spec->spelling(job.dialect));
    if (parent.parent >= 0 || parent.member) message += " in " + job.name(parent);
    if (const Member* key = near_miss(job, m)) message += "; found " + quote(key->key) + " instead";
    ctx.report_object(parent, std::move(message));
  }
}

}  // namespace

const Rule IJ005{&info, check};

}  // namespace ijl::rules
