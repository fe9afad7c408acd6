// IJ301 document-source: a create-job request gives both document and documentSource, or neither.
#include "relation_util.hpp"
#include "rules.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ301",
    .name = "document-source",
    .severity = Severity::Error,
    .summary = "A create-job request gives both document and documentSource, or neither without a template",
    .rationale = "A job's document comes from exactly one place: inline in document, from an S3 URL in "
                 "documentSource, or from the job template named by jobTemplateArn. CreateJob rejects a "
                 "request with both document and documentSource, and one with none of the three.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "document": "{\"operation\": \"reboot\"}",
  "documentSource": "https://s3.amazonaws.com/bucket/job.json"
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "document": "{\"operation\": \"reboot\"}"
}
)",
};

namespace {

void check(const Job& job, Context& ctx) {
  if (job.dialect != Dialect::CreateJob) return;
  const Bound& root = job.bounds[0];
  const Bound* document = get_effective(job, FieldId::Document);
  const Bound* source = get_effective(job, FieldId::DocumentSource);
  if (document && source) {
    // a value of the wrong type says nothing about what was meant (docs/rules.md)
    if (!document->type_ok || !source->type_ok) return;
    const Bound* at = later(document, source);
    ctx.report_key(*at, job.name(*document) + " and " + job.name(*source) +
                            " are both given; a job takes its document from exactly one of them");
    return;
  }
  if (document || source || get_effective(job, FieldId::JobTemplateArn)) return;
  ctx.report_object(root, "neither " + spelling(job, *root.spec, FieldId::Document) + " nor " +
                              spelling(job, *root.spec, FieldId::DocumentSource) + " is given, and there is no " +
                              spelling(job, *root.spec, FieldId::JobTemplateArn));
}

}  // namespace

const Rule IJ301{&info, check};

}  // namespace ijl::rules
