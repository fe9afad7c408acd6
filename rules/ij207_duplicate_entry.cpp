// IJ207 duplicate-entry: a list repeats a tag Key, target, package version or failureType; relates the first.
#include <unordered_map>
#include <vector>

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
  struct First {
    std::string_view value;
    const Bound* item;
    const Bound* bound;
  };
  // Lists are short (AWS takes at most 50 tags): a scan of the values seen, in a vector kept
  // from list to list, beats a map's allocation per entry; a long list gets a hash index.
  thread_local std::vector<First> seen;
  std::unordered_map<std::string_view, std::size_t> index;
  constexpr std::size_t kScan = 64;
  for (const Bound* list : job.all(list_id)) {
    if (!list->type_ok) continue;
    seen.clear();
    index.clear();
    for (const Bound* item : job.children(*list)) {
      const Bound* v = unique_value(job, *item, field);
      const std::string* s = str_of(v);
      if (!s) continue;
      const First* first = nullptr;
      if (seen.size() < kScan) {
        for (const First& f : seen) {
          if (f.value == *s) {
            first = &f;
            break;
          }
        }
      } else if (auto it = index.find(*s); it != index.end()) {
        first = &seen[it->second];
      }
      if (!first) {
        seen.push_back({*s, item, v});
        if (seen.size() == kScan) {
          for (std::size_t i = 0; i < seen.size(); ++i) index.emplace(seen[i].value, i);
        } else if (seen.size() > kScan) {
          index.emplace(*s, seen.size() - 1);
        }
        continue;
      }
      const Bound& prev = *first->item;
      if (v == item) {
        ctx.report(*v, job.name(*v) + " " + quote(*s) + " repeats " + job.name(prev));
        ctx.relate_last(*first->bound, "first entry here");
      } else {
        ctx.report(*v, job.name(*v) + " " + quote(*s) + " repeats the " + job.name(*v) + " of " + job.name(prev));
        ctx.relate_last(*first->bound, "first " + job.name(*v) + " " + quote(*s) + " here");
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
