// IJ301 document-source: a job or job template gives both document and documentSource, or neither.
#include "relation_util.hpp"
#include "rules.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ301",
    .name = "document-source",
    .severity = Severity::Error,
    .summary = "A job or job template gives both document and documentSource, or neither",
    .rationale = "A job's document comes from exactly one place: inline in document, from an S3 URL in "
                 "documentSource, or from the job template named by jobTemplateArn. CreateJob rejects a "
                 "request with both document and documentSource, and one with none of the three. A job "
                 "template (create-job-template, and CloudFormation's AWS::IoT::JobTemplate) likewise takes "
                 "one of document and documentSource, or copies the document of the existing job its jobArn "
                 "names: the AWS IoT API reference says of CreateJobTemplate's documentSource that it \"is "
                 "required if you don't specify a value for document\" and of document that it is \"required "
                 "if you don't specify a value for documentSource\", and the developer guide creates a template "
                 "from an existing job with --job-arn alone. A value written as a CloudFormation intrinsic "
                 "function or a placeholder counts as given, as does a field the configuration says the "
                 "command line supplies (supplied-fields).",
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
  const bool is_template = job.dialect == Dialect::CreateJobTemplate || job.dialect == Dialect::CloudFormation;
  if (job.dialect != Dialect::CreateJob && !is_template) return;
  const Bound* object = job_object(job);
  if (!object) return;  // a resource without Properties: IJ005
  const Bound* document = get_effective(job, FieldId::Document);
  const Bound* source = get_effective(job, FieldId::DocumentSource);
  if (document && source) {
    // a value of the wrong type says nothing about what was meant (docs/rules.md)
    if (!usable_or_unknown(*document) || !usable_or_unknown(*source)) return;
    const Bound* at = later(document, source);
    ctx.report_key(*at, job.name(*document) + " and " + job.name(*source) +
                            " are both given; a job takes its document from exactly one of them");
    return;
  }
  // a template copies the document of the job its jobArn names; a job, its template's
  const FieldId basis = is_template ? FieldId::JobArn : FieldId::JobTemplateArn;
  if (document || source || get_effective(job, basis)) return;
  if (job.supplied(FieldId::Document) || job.supplied(FieldId::DocumentSource) || job.supplied(basis)) return;
  ctx.report_object(*object, "neither " + spelling(job, *object->spec, FieldId::Document) + " nor " +
                                 spelling(job, *object->spec, FieldId::DocumentSource) + " is given, and there is no " +
                                 spelling(job, *object->spec, basis));
}

}  // namespace

const Rule IJ301{&info, check};

}  // namespace ijl::rules
