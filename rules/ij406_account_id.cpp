// IJ406 account-id: a catalog record's account_id is not twelve digits.
#include "relation_util.hpp"
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ406",
    .name = "account-id",
    .severity = Severity::Error,
    .summary = "A catalog record's account_id is not twelve digits",
    .rationale = "An AWS account id is exactly twelve decimal digits, leading zeros included. An account_id "
                 "that lost its leading zeros (exported as a number somewhere upstream) or carries an alias "
                 "cannot be matched with the account in the job's ARNs.",
    .fail_example = R"({
  "account_id": "23456789012",
  "job": { "job_id": "fw-2026-11", "created_at": "2026-11-20T10:00:00Z" }
}
)",
    .pass_example = R"({
  "account_id": "023456789012",
  "job": { "job_id": "fw-2026-11", "created_at": "2026-11-20T10:00:00Z" }
}
)",
    .fail_filename = "catalog.json",
};

namespace {

// Why `s` is not twelve ASCII digits, or empty when it is.
std::string problem(std::string_view s) {
  std::size_t n = char_count(s);
  if (n != 12) return "it has " + std::to_string(n) + " characters";
  for (char c : s) {
    if (c < '0' || c > '9') return "it has characters other than 0-9";
  }
  return {};
}

void check(const Job& job, Context& ctx) {
  if (job.dialect != Dialect::Catalog) return;
  for (const Bound* b : job.all(FieldId::AccountId)) {
    if (!effective(job, *b)) continue;
    const std::string* s = str_of(b);
    if (!s) continue;
    std::string why = problem(*s);
    if (!why.empty()) ctx.report(*b, job.name(*b) + " " + quote(*s) + " is not twelve digits: " + why);
  }
}

}  // namespace

const Rule IJ406{&info, check};

}  // namespace ijl::rules
