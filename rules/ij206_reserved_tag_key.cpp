// IJ206 reserved-tag-key: a create-job tag Key that starts with the reserved prefix aws:.
#include <cctype>

#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ206",
    .name = "reserved-tag-key",
    .severity = Severity::Error,
    .summary = "A tag Key starts with the reserved prefix aws:",
    .rationale = "AWS reserves tag keys that start with aws: (in any case) for its own tags; CreateJob "
                 "rejects a request that sets one. Catalog records' \"key:value\" tags are not AWS tags and "
                 "are not checked.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "tags": [{ "Key": "aws:team", "Value": "firmware" }]
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "tags": [{ "Key": "team", "Value": "firmware" }]
}
)",
};

namespace {

bool reserved(std::string_view key) {
  constexpr std::string_view prefix = "aws:";
  if (key.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(key[i])) != prefix[i]) return false;
  }
  return true;
}

void check(const Job& job, Context& ctx) {
  for (const Bound* key : job.all(FieldId::TagKey)) {
    const std::string* s = str_of(key);
    if (s && reserved(*s)) {
      ctx.report(*key, job.name(*key) + " " + quote(*s) + " starts with " + quote(s->substr(0, 4)) +
                           ": the aws: prefix is reserved by AWS");
    }
  }
}

}  // namespace

const Rule IJ206{&info, check};

}  // namespace ijl::rules
