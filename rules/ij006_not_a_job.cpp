// IJ006 not-a-job: a named file or stdin whose document is not a job of any dialect. Emitted by the engine.
#include "rules.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ006",
    .name = "not-a-job",
    .severity = Severity::Error,
    .summary = "A file named explicitly holds a document that is not an AWS IoT job",
    .rationale = "A file you asked to lint should be a job: a create-job request, a describe-job response "
                 "or a catalog record. A document that is not an object, or whose top-level keys include "
                 "no top-level field of any dialect, is reported so that a typo'd path or a wrong file "
                 "never passes silently. While walking a directory such files are skipped instead (a "
                 "package.json is not an error). In a top-level array each element that is not a job "
                 "gets its own IJ006.",
    .fail_example = R"({
  "name": "my-package",
  "version": "1.0.0"
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json"
}
)",
};

const Rule IJ006{&info};

}  // namespace ijl::rules
