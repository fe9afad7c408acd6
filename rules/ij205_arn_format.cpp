// IJ205 arn-format: an ARN field that does not have its documented form.
#include "arn.hpp"
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ205",
    .name = "arn-format",
    .severity = Severity::Error,
    .summary = "An ARN does not have its documented form",
    .rationale = "Targets must be thing or thing-group ARNs, package versions package/{package}/version/"
                 "{version} ARNs, roleArn an IAM role ARN (arn:aws:iam::{account}:role/{name}), "
                 "jobTemplateArn a job template ARN, jobArn a job ARN. Partition, region and account are "
                 "checked too, and the message says which part is wrong.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "presignedUrlConfig": { "roleArn": "arn:aws:iam::123456789012:user/JobSigner" }
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "presignedUrlConfig": { "roleArn": "arn:aws:iam::123456789012:role/JobSigner" }
}
)",
};

namespace {

bool applies(const FieldSpec& s) { return s.arn != ArnKind::None; }

bool shape(const Job& job, const Bound& b, Context& ctx) {
  if (!applies(*b.spec) || !b.node->is_string()) return false;
  auto problem = arn_problem(b.node->text, b.spec->arn);
  if (!problem) return false;
  ctx.report(b, job.name(b) + " " + quote(b.node->text) + " is not a valid " + std::string(arn_kind_name(b.spec->arn)) +
                    ": " + *problem);
  return true;
}

}  // namespace

const Rule IJ205{&info, nullptr, shape, applies};

}  // namespace ijl::rules
