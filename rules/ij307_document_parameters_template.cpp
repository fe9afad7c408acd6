// IJ307 document-parameters-template: documentParameters without an AWS managed job template.
#include "arn.hpp"
#include "relation_util.hpp"
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ307",
    .name = "document-parameters-template",
    .severity = Severity::Error,
    .summary = "documentParameters is given without an AWS managed job template",
    .rationale = "documentParameters fills the placeholders of an AWS managed job template "
                 "(arn:aws:iot:{region}::jobtemplate/AWS-{name}:{version}). AWS rejects it with a custom "
                 "template, an inline document or a documentSource. A managed template's ARN that is "
                 "malformed in some part (a region, a version) is reported by IJ205 only.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "jobTemplateArn": "arn:aws:iot:us-east-1:123456789012:jobtemplate/reboot",
  "documentParameters": { "pathToHandler": "/opt/handlers" }
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "jobTemplateArn": "arn:aws:iot:us-east-1::jobtemplate/AWS-Reboot:1.0",
  "documentParameters": { "pathToHandler": "/opt/handlers" }
}
)",
};

namespace {

void check(const Job& job, Context& ctx) {
  const Bound* params = get_effective(job, FieldId::DocumentParameters);
  if (!params || !params->type_ok) return;
  const Bound* holder = job.parent(*params);
  const Bound* tmpl = job.child(*holder, FieldId::JobTemplateArn);
  std::string head = job.name(*params) + " needs an AWS managed job template, but ";
  if (!tmpl) {
    ctx.report_key(*params, head + "there is no " + spelling(job, *holder->spec, FieldId::JobTemplateArn));
    return;
  }
  const std::string* arn = str_of(tmpl);
  // A template of the wrong type is IJ004 only; a managed template's ARN with a bad part
  // (region, partition, name) is one mistake, which IJ205 reports.
  if (!arn || has_managed_template_form(*arn)) return;
  ctx.report_key(*params, head + job.name(*tmpl) + " " + quote(*arn) +
                              " is not one (arn:{partition}:iot:{region}::jobtemplate/AWS-{name}:{version})");
}

}  // namespace

const Rule IJ307{&info, check};

}  // namespace ijl::rules
