// IJ006 not-a-job: a named file or stdin whose document is not a job of any dialect. Emitted by the engine.
#include "rules.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ006",
    .name = "not-a-job",
    .severity = Severity::Error,
    .summary = "A file named explicitly holds a document that is not an AWS IoT job",
    .rationale = "A file you asked to lint should be a job. A document is a job only on strong evidence: "
                 "a top-level jobId; or targets beside document, documentSource or jobTemplateArn; or a "
                 "job object holding jobId or jobArn, or a job beside account_id or documentSource; or a "
                 "top-level jobTemplateId (a job template); or a CloudFormation template with an "
                 "AWS::IoT::JobTemplate resource (keys in any spelling: jobId, job_id, JobId; "
                 "CloudFormation's as it spells them). Anything else named on the command line or "
                 "read from stdin is reported, so that a typo'd path or a wrong file never passes "
                 "silently. While walking a folder, and for files passed by the pre-commit hooks "
                 "(--skip-non-jobs), such files are skipped and counted instead: a package.json is not an "
                 "error. In a top-level array each element that is not a job gets its own IJ006 once "
                 "the file holds a job.",
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
