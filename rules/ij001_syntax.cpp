// IJ001 syntax: the document is not valid JSON (or YAML), or not UTF-8. Emitted by the engine.
#include "rules.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ001",
    .name = "syntax",
    .severity = Severity::Error,
    .summary = "The file is not valid JSON (RFC 8259) or YAML, or not UTF-8",
    .rationale = "AWS rejects a request it cannot parse, and nothing else in the file can be checked. "
                 "JSON job files must be strict RFC 8259: no comments, no trailing commas, no NaN. "
                 "The diagnostic points at the first character the parser cannot accept; one per "
                 "document (per line in NDJSON), and the document is not linted further.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json"
}
)",
};

const Rule IJ001{&info};

}  // namespace ijl::rules
