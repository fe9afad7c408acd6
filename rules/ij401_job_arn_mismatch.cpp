// IJ401 job-arn-mismatch: a record's well-formed jobArn ends in an id other than its jobId.
#include "arn.hpp"
#include "relation_util.hpp"
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ401",
    .name = "job-arn-mismatch",
    .severity = Severity::Error,
    .summary = "A record's jobArn ends in an id other than its jobId",
    .rationale = "AWS builds a job's ARN from its id (arn:aws:iot:{region}:{account}:job/{jobId}). A record "
                 "whose jobArn names another job was edited by hand or merged from two exports, and any "
                 "tool that joins records on one of the two will pick the wrong job.",
    .fail_example = R"({
  "job": {
    "jobArn": "arn:aws:iot:us-east-1:123456789012:job/fw-2026-10",
    "jobId": "fw-2026-11",
    "createdAt": "2026-11-20T10:00:00Z"
  }
}
)",
    .pass_example = R"({
  "job": {
    "jobArn": "arn:aws:iot:us-east-1:123456789012:job/fw-2026-11",
    "jobId": "fw-2026-11",
    "createdAt": "2026-11-20T10:00:00Z"
  }
}
)",
    .fail_filename = "describe-job.json",
};

namespace {

void check(const Job& job, Context& ctx) {
  if (!is_record(job)) return;
  const Bound* arn_b = get_effective(job, FieldId::JobArn);
  const Bound* id_b = get_effective(job, FieldId::JobId);
  const std::string* arn = str_of(arn_b);
  const std::string* id = str_of(id_b);
  if (!arn || !id || arn_problem(*arn, ArnKind::Job)) return;
  std::string_view arn_id = split_arn(*arn)->resource.substr(4);  // after "job/"
  if (arn_id == *id) return;
  ctx.report(*arn_b, job.name(*arn_b) + " " + quote(*arn) + " ends in job id " + quote(arn_id) + ", not " +
                         job.name(*id_b) + " " + quote(*id));
}

}  // namespace

const Rule IJ401{&info, check};

}  // namespace ijl::rules
