// IJ103 presigned-url-expiry: presignedUrlConfig.expiresInSec outside 60..3600.
#include "range_limit.hpp"
#include "rules.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ103",
    .name = "presigned-url-expiry",
    .severity = Severity::Error,
    .summary = "presignedUrlConfig.expiresInSec is outside 60..3600 seconds",
    .rationale = "Presigned URLs in a job document live between 60 seconds and one hour (3600 seconds, the "
                 "default). AWS rejects other values; a URL that expires in seconds also fails devices "
                 "that download slowly.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "presignedUrlConfig": {
    "roleArn": "arn:aws:iam::123456789012:role/JobSigner",
    "expiresInSec": 30
  }
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "presignedUrlConfig": {
    "roleArn": "arn:aws:iam::123456789012:role/JobSigner",
    "expiresInSec": 60
  }
}
)",
};

namespace {
void check(const Job& job, Context& ctx) { check_integer_range(job, ctx, FieldId::ExpiresInSec, 60, 3600); }
}  // namespace

const Rule IJ103{&info, check};

}  // namespace ijl::rules
