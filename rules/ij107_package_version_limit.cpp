// IJ107 package-version-limit: more than 25 destinationPackageVersions; points at the 26th.
#include "rules.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ107",
    .name = "package-version-limit",
    .severity = Severity::Error,
    .summary = "destinationPackageVersions has more than 25 entries",
    .rationale = "A job may install at most 25 software package versions (AWS IoT Device Management "
                 "Software Package Catalog). AWS rejects a longer list.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "destinationPackageVersions": [
    "arn:aws:iot:us-east-1:123456789012:package/p01/version/1.0", "arn:aws:iot:us-east-1:123456789012:package/p02/version/1.0",
    "arn:aws:iot:us-east-1:123456789012:package/p03/version/1.0", "arn:aws:iot:us-east-1:123456789012:package/p04/version/1.0",
    "arn:aws:iot:us-east-1:123456789012:package/p05/version/1.0", "arn:aws:iot:us-east-1:123456789012:package/p06/version/1.0",
    "arn:aws:iot:us-east-1:123456789012:package/p07/version/1.0", "arn:aws:iot:us-east-1:123456789012:package/p08/version/1.0",
    "arn:aws:iot:us-east-1:123456789012:package/p09/version/1.0", "arn:aws:iot:us-east-1:123456789012:package/p10/version/1.0",
    "arn:aws:iot:us-east-1:123456789012:package/p11/version/1.0", "arn:aws:iot:us-east-1:123456789012:package/p12/version/1.0",
    "arn:aws:iot:us-east-1:123456789012:package/p13/version/1.0", "arn:aws:iot:us-east-1:123456789012:package/p14/version/1.0",
    "arn:aws:iot:us-east-1:123456789012:package/p15/version/1.0", "arn:aws:iot:us-east-1:123456789012:package/p16/version/1.0",
    "arn:aws:iot:us-east-1:123456789012:package/p17/version/1.0", "arn:aws:iot:us-east-1:123456789012:package/p18/version/1.0",
    "arn:aws:iot:us-east-1:123456789012:package/p19/version/1.0", "arn:aws:iot:us-east-1:123456789012:package/p20/version/1.0",
    "arn:aws:iot:us-east-1:123456789012:package/p21/version/1.0", "arn:aws:iot:us-east-1:123456789012:package/p22/version/1.0",
    "arn:aws:iot:us-east-1:123456789012:package/p23/version/1.0", "arn:aws:iot:us-east-1:123456789012:package/p24/version/1.0",
    "arn:aws:iot:us-east-1:123456789012:package/p25/version/1.0", "arn:aws:iot:us-east-1:123456789012:package/p26/version/1.0"
  ]
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "destinationPackageVersions": [
    "arn:aws:iot:us-east-1:123456789012:package/p01/version/1.0", "arn:aws:iot:us-east-1:123456789012:package/p02/version/1.0"
  ]
}
)",
};

namespace {

constexpr std::size_t kMaxVersions = 25;

void check(const Job& job, Context& ctx) {
  for (const Bound* list : job.all(FieldId::DestinationPackageVersions)) {
    if (!list->type_ok || list->node->items.size() <= kMaxVersions) continue;
    for (const Bound* item : job.children(*list)) {
      if (item->index == static_cast<std::int32_t>(kMaxVersions)) {
        ctx.report(*item, job.name(*list) + " has " + std::to_string(list->node->items.size()) +
                              " entries; AWS IoT accepts at most 25");
      }
    }
  }
}

}  // namespace

const Rule IJ107{&info, check};

}  // namespace ijl::rules
