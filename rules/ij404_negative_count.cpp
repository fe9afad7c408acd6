// IJ404 negative-count: a jobProcessDetails numberOf…Things count is negative.
#include "relation_util.hpp"
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ404",
    .name = "negative-count",
    .severity = Severity::Error,
    .summary = "A jobProcessDetails count is negative",
    .rationale = "jobProcessDetails counts things (numberOfSucceededThings, numberOfFailedThings, …); a count "
                 "below 0 cannot come from AWS and means the record was corrupted or computed by a broken "
                 "export.",
    .fail_example = R"({
  "job": {
    "jobId": "fw-2026-11",
    "createdAt": "2026-11-20T10:00:00Z",
    "jobProcessDetails": { "numberOfSucceededThings": 40, "numberOfFailedThings": -2 }
  }
}
)",
    .pass_example = R"({
  "job": {
    "jobId": "fw-2026-11",
    "createdAt": "2026-11-20T10:00:00Z",
    "jobProcessDetails": { "numberOfSucceededThings": 40, "numberOfFailedThings": 0 }
  }
}
)",
    .fail_filename = "describe-job.json",
};

namespace {

void check(const Job& job, Context& ctx) {
  if (!is_record(job)) return;
  for (const Bound& b : job.bounds) {
    auto id = static_cast<std::uint16_t>(b.spec->id);
    if (id < static_cast<std::uint16_t>(FieldId::CanceledThings) || id > static_cast<std::uint16_t>(FieldId::TimedOutThings)) {
      continue;
    }
    auto v = int_of(&b);
    if (v && *v < 0 && effective(job, b)) ctx.report(b, job.name(b) + " " + b.node->text + " is below 0");
  }
}

}  // namespace

const Rule IJ404{&info, check};

}  // namespace ijl::rules
