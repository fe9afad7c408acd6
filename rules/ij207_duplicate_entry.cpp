// IJ207 duplicate-entry: a list repeats a tag Key, target, package version or failureType; relates the first.
#include <map>

#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ207",
    .name = "duplicate-entry",
    .severity = Severity::Error,
    .summary = "A list repeats an entry that must be unique",
    .rationale = "Tag keys, targets, destination package versions and the failureType of each abort or "
                 "retry criterion must be unique within their list: AWS rejects a repeated tag key or "
                 "criterion, and a repeated target or package version is at best a copy-paste slip. "
                 "Entries are compared exactly as written (no case folding).",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": [
    "arn:aws:iot:us-east-1:123456789012:thinggroup/sensors",
    "arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"
  ],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json"
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": [
    "arn:aws:iot:us-east-1:123456789012:thinggroup/sensors",
    "arn:aws:iot:us-east-1:123456789012:thinggroup/gateways"
  ],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json"
}
)",
};

namespace {

// The value that must be unique in a list item: the item itself, or one of its fields.
const Bound* unique_value(const Job& job, const Bound& item, FieldId field) {
  if (field == item.spec->id) return &item;
  return item.type_ok ? job.child(item, field) : nullptr;
}

// Every entry after the first with the same value, in list order; `field` names what is compared.
void check_list(const Job& job, Context& ctx, FieldId list_id, FieldId field) {
  for (const Bound* list : job.all(list_id)) {
    if (!list->type_ok) continue;
    std::map<std::string_view, std::pair<const Bound*, const Bound*>> first;  // value -> its first item and value
    for (const Bound* item : job.children(*list)) {
      const Bound* v = unique_value(job, *item, field);
      const std::string* s = str_of(v);
      if (!s) continue;
      auto [it, fresh] = first.emplace(*s, std::pair{item, v});
      if (fresh) continue;
      const Bound& prev = *it->second.first;
      if (v == item) {
        ctx.report(*v, job.name(*v) + " " + quote(*s) + " repeats " + job.name(prev));
        ctx.relate_last(*it->second.second, "first entry here");
      } else {
        ctx.report(*v, job.name(*v) + " " + quote(*s) + " repeats the " + job.name(*v) + " of " + job.name(prev));
        ctx.relate_last(*it->second.second, "first " + job.name(*v) + " " + quote(*s) + " here");
      }
    }
  }
}

void check(const Job& job, Context& ctx) {
  check_list(job, ctx, FieldId::Tags, FieldId::TagKey);
  check_list(job, ctx, FieldId::Targets, FieldId::Target);
  check_list(job, ctx, FieldId::DestinationPackageVersions, FieldId::PackageVersion);
  check_list(job, ctx, FieldId::AbortCriteriaList, FieldId::AbortFailureType);
  check_list(job, ctx, FieldId::RetryCriteriaList, FieldId::RetryFailureType);
}

}  // namespace

const Rule IJ207{&info, check};

}  // namespace ijl::rules
