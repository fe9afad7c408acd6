// IJ405 catalog-tag-format: a catalog record's tag is not "key:value" with a non-empty key.
#include "relation_util.hpp"
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ405",
    .name = "catalog-tag-format",
    .severity = Severity::Error,
    .summary = "A catalog record's tag is not \"key:value\" with a non-empty key",
    .rationale = "Resource catalog records write tags as \"key:value\" strings; the key is the text before "
                 "the first colon and may not be empty (the value may). A tag without a colon or with an "
                 "empty key cannot be mapped back to an AWS tag. Catalog tags are not AWS tags: their keys "
                 "may repeat and have no length or character limits here.",
    .fail_example = R"({
  "account_id": "123456789012",
  "job": { "job_id": "fw-2026-11", "created_at": "2026-11-20T10:00:00Z" },
  "tags": ["team:firmware", "production"]
}
)",
    .pass_example = R"({
  "account_id": "123456789012",
  "job": { "job_id": "fw-2026-11", "created_at": "2026-11-20T10:00:00Z" },
  "tags": ["team:firmware", "stage:production"]
}
)",
    .fail_filename = "catalog.json",
};

namespace {

void check(const Job& job, Context& ctx) {
  if (job.dialect != Dialect::Catalog) return;
  for (const Bound* tag : job.all(FieldId::CatalogTag)) {
    if (!effective(job, *tag)) continue;
    const std::string* s = str_of(tag);
    if (!s) continue;
    auto colon = s->find(':');
    if (colon == std::string::npos) {
      ctx.report(*tag, job.name(*tag) + " " + quote(*s) + " is not key:value (it has no ':')");
    } else if (colon == 0) {
      ctx.report(*tag, job.name(*tag) + " " + quote(*s) + " has an empty key before ':'");
    }
  }
}

}  // namespace

const Rule IJ405{&info, check};

}  // namespace ijl::rules
