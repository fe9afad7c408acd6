// IJ306 presigned-url-role: the inline document uses a presigned-URL placeholder without a signing role.
#include "relation_util.hpp"
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ306",
    .name = "presigned-url-role",
    .severity = Severity::Error,
    .summary = "The inline document uses a presigned-URL placeholder but presignedUrlConfig.roleArn is absent",
    .rationale = "AWS IoT replaces ${aws:iot:s3-presigned-url:...} (and the -v2 form) in a job document with "
                 "a presigned S3 URL, signed with the role in presignedUrlConfig.roleArn. Without that role "
                 "there is nothing to sign with: devices receive the placeholder text instead of a URL.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "document": "{\"url\": \"${aws:iot:s3-presigned-url:https://s3.amazonaws.com/bucket/fw.bin}\"}"
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "document": "{\"url\": \"${aws:iot:s3-presigned-url:https://s3.amazonaws.com/bucket/fw.bin}\"}",
  "presignedUrlConfig": { "roleArn": "arn:aws:iam::123456789012:role/JobSigner" }
}
)",
};

namespace {

constexpr std::string_view kPlaceholders[] = {"${aws:iot:s3-presigned-url:", "${aws:iot:s3-presigned-url-v2:"};

void check(const Job& job, Context& ctx) {
  const Bound* document = get_effective(job, FieldId::Document);
  const std::string* text = str_of(document);
  if (!text) return;
  std::string_view found;
  std::size_t at = std::string::npos;
  for (std::string_view p : kPlaceholders) {
    std::size_t i = text->find(p);
    if (i != std::string::npos && i < at) {
      at = i;
      found = p;
    }
  }
  if (found.empty()) return;
  const Bound* object = job_object(job);  // a CloudFormation resource's Properties
  if (!object) return;
  const FieldSpec* config_spec = child_spec(*object->spec, FieldId::PresignedUrlConfig);
  if (!config_spec) return;
  std::string config_name(config_spec->spelling(job.dialect));
  std::string role_name = spelling(job, *config_spec, FieldId::RoleArn);
  const Bound* config = get_effective(job, FieldId::PresignedUrlConfig);
  if (config) {
    config_name = job.name(*config);
    // a config or role of the wrong type is present all the same (IJ004 reports it)
    if (!config->type_ok || job.child(*config, FieldId::RoleArn)) return;
  }
  ctx.report(*document, job.name(*document) + " uses the presigned-URL placeholder " + quote(found) + " but " +
                            config_name + "." + role_name + " is absent");
}

}  // namespace

const Rule IJ306{&info, check};

}  // namespace ijl::rules
