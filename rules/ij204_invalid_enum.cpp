// IJ204 invalid-enum: a value that is not one of the field's allowed values.
#include <algorithm>
#include <cctype>

#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ204",
    .name = "invalid-enum",
    .severity = Severity::Error,
    .summary = "A value is not one of the field's allowed values",
    .rationale = "Enumerations in the AWS IoT API are case-sensitive: targetSelection is CONTINUOUS or "
                 "SNAPSHOT, never snapshot. The message names the allowed values and the one that "
                 "matches case-insensitively, if any.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "targetSelection": "snapshot"
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "targetSelection": "SNAPSHOT"
}
)",
};

namespace {

bool iequal(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

bool applies(const FieldSpec& s) { return !s.enum_values.empty(); }

bool shape(const Job& job, const Bound& b, Context& ctx) {
  const auto& values = b.spec->enum_values;
  if (!applies(*b.spec) || !b.node->is_string()) return false;
  const std::string& v = b.node->text;
  if (std::find(values.begin(), values.end(), v) != values.end()) return false;
  std::string list;
  std::string_view match;
  for (auto allowed : values) {
    list += (list.empty() ? "" : ", ") + std::string(allowed);
    if (iequal(allowed, v)) match = allowed;
  }
  std::string hint = match.empty() ? "" : "; did you mean " + quote(match) + "?";
  ctx.report(b, job.name(b) + " " + quote(v) + " is not one of " + list + hint);
  // the same value in another case: the one repair that cannot change what was meant
  if (!match.empty()) ctx.fix_last("replace " + quote(v) + " with " + quote(match), b.node->range, match);
  return true;
}

}  // namespace

const Rule IJ204{&info, nullptr, shape, applies};

}  // namespace ijl::rules
