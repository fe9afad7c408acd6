// IJ106 schedule-window: a scheduled job breaks a bound of its window that does not depend on the clock.
#include "relation_util.hpp"
#include "rules.hpp"
#include "schedule_window.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ106",
    .name = "schedule-window",
    .severity = Severity::Error,
    .summary = "A scheduled job's start or end time is outside the window AWS allows",
    .rationale = "AWS IoT takes a scheduled job only when it starts 30 minutes to 1 year after it is "
                 "created, ends 30 minutes to 2 years after it is created, and ends 30 minutes to 2 years "
                 "after it starts (calendar years: a year after Feb 29 is Feb 28). IJ106 checks the bounds "
                 "that do not depend on the clock: the start-to-end bounds of every job, and for a "
                 "describe-job or catalog record also the bounds measured from its createdAt (without a "
                 "usable createdAt, only the start-to-end bounds). A create-job request's start and end "
                 "measured from now are IJ108, so a repository that ignores IJ108 keeps its committed "
                 "requests deterministic and still has the window checked here. A time gets at most one "
                 "IJ106 or IJ108: the first bound it breaks, in this order: start at least 30 minutes "
                 "after the reference, start at most 1 year after it, end at least 30 minutes after it, "
                 "end at most 2 years after it, end at least 30 minutes after the start, end at most 2 "
                 "years after the start. The start-to-end bounds are reported at endTime.",
    .fail_example = R"({
  "job": {
    "jobId": "fw-2026-11",
    "createdAt": "2026-11-20T10:00:00Z",
    "schedulingConfig": { "startTime": "2026-12-01T02:00", "endTime": "2026-12-01T02:20" }
  }
}
)",
    .pass_example = R"({
  "job": {
    "jobId": "fw-2026-11",
    "createdAt": "2026-11-20T10:00:00Z",
    "schedulingConfig": { "startTime": "2026-12-01T02:00", "endTime": "2026-12-01T02:30" }
  }
}
)",
    .fail_filename = "describe-job.json",
};

namespace {

// Judged value by value after IJ108 (rules/registry.cpp), so that a time of a request that
// breaks bound 1-4 gets IJ108 and nothing here; with IJ108 not selected its bounds 5-6 still count.
bool judge(const Job& job, const Bound& b, Context& ctx) {
  if (!is_schedule_time(b)) return false;
  if (!is_record(job)) return report_first_break(job, b, ctx, nullptr, 5, 6);
  auto created = created_reference(job);
  return report_first_break(job, b, ctx, created ? &*created : nullptr, 1, 6);
}

}  // namespace

const Rule IJ106{&info, nullptr, judge, is_schedule_field};

}  // namespace ijl::rules
