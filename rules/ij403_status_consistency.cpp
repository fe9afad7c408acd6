// IJ403 status-consistency: a record's status disagrees with completedAt or forceCanceled.
#include "relation_util.hpp"
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ403",
    .name = "status-consistency",
    .severity = Severity::Warning,
    .summary = "A record's status disagrees with its completedAt or forceCanceled",
    .rationale = "A COMPLETED job has a completedAt (a CANCELED job may lack one: AWS's own list-jobs "
                 "output and job events show canceled jobs without it); an IN_PROGRESS or SCHEDULED job "
                 "has none; forceCanceled is true only for a CANCELED job. A record that breaks this was "
                 "edited by hand or captured mid-update. One diagnostic per record, the first that holds: "
                 "COMPLETED without completedAt, then completedAt while IN_PROGRESS or SCHEDULED, then "
                 "forceCanceled while not CANCELED.",
    .fail_example = R"({
  "job": {
    "jobId": "fw-2026-11",
    "status": "COMPLETED",
    "createdAt": "2026-11-20T10:00:00Z"
  }
}
)",
    .pass_example = R"({
  "job": {
    "jobId": "fw-2026-11",
    "status": "COMPLETED",
    "createdAt": "2026-11-20T10:00:00Z",
    "completedAt": "2026-11-20T12:00:00Z"
  }
}
)",
    .fail_filename = "describe-job.json",
};

namespace {

void check(const Job& job, Context& ctx) {
  if (!is_record(job)) return;
  const Bound* status_b = get_effective(job, FieldId::Status);
  const Bound* completed = get_effective(job, FieldId::CompletedAt);
  const Bound* forced = get_effective(job, FieldId::ForceCanceled);
  // a status of the wrong type says nothing (IJ004 reports it)
  if (status_b && !status_b->type_ok) return;
  const std::string* status = str_of(status_b);
  std::string status_text = status ? job.name(*status_b) + " " + quote(*status) : std::string();
  // a completedAt of the wrong type is neither set nor unset here
  bool completed_known = !completed || completed->type_ok;
  if (status && completed_known) {
    if (*status == "COMPLETED" && !completed) {
      std::string name = spelling(job, *job.parent(*status_b)->spec, FieldId::CompletedAt);
      return ctx.report(*status_b, status_text + " has no " + name);
    }
    if ((*status == "IN_PROGRESS" || *status == "SCHEDULED") && completed) {
      return ctx.report(*status_b, status_text + " but " + job.name(*completed) + " is set");
    }
  }
  if (!forced || !forced->type_ok || !forced->node->boolean) return;
  if (status && *status == "CANCELED") return;
  if (status) return ctx.report(*status_b, status_text + " but " + job.name(*forced) + " is true");
  std::string name = spelling(job, *job.parent(*forced)->spec, FieldId::Status);
  ctx.report(*forced, job.name(*forced) + " is true but there is no " + name + " (only a CANCELED job is force-canceled)");
}

}  // namespace

const Rule IJ403{&info, check};

}  // namespace ijl::rules
