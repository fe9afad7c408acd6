// IJ310 region-account-mismatch: one job's well-formed IoT ARNs differ in partition, region or account.
#include "arn.hpp"
#include "relation_util.hpp"
#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ310",
    .name = "region-account-mismatch",
    .severity = Severity::Error,
    .summary = "A job's IoT ARNs differ in partition, region or account",
    .rationale = "A job lives in one partition, region and account: its targets, package versions, "
                 "customer-managed job template and its own jobArn must all be there too. An ARN from "
                 "another region or account is usually copied from the wrong environment, and AWS rejects "
                 "it. The first well-formed ARN in the file is the reference; in a catalog record the "
                 "account is compared with account_id.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": [
    "arn:aws:iot:us-east-1:123456789012:thinggroup/sensors",
    "arn:aws:iot:eu-west-1:123456789012:thinggroup/gateways"
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

bool is_account_id(std::string_view s) {
  if (s.size() != 12) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

struct IotArn {
  const Bound* bound;
  Arn arn;
};

// The ARNs IJ205 accepts among targets, package versions, a customer template and jobArn, in file order.
std::vector<IotArn> iot_arns(const Job& job) {
  std::vector<IotArn> out;
  for (const Bound& b : job.bounds) {
    FieldId id = b.spec->id;
    if (id != FieldId::Target && id != FieldId::PackageVersion && id != FieldId::JobTemplateArn && id != FieldId::JobArn) {
      continue;
    }
    const std::string* s = str_of(&b);
    if (!s || !effective(job, b) || arn_problem(*s, b.spec->arn)) continue;
    auto arn = split_arn(*s);
    if (!arn || arn->account.empty()) continue;  // an AWS managed template belongs to no account
    out.push_back({&b, *arn});
  }
  return out;
}

std::string differs(std::string_view part, std::string_view value, std::string_view ref, const std::string& ref_name) {
  return std::string(part) + " " + quote(value) + " differs from " + quote(ref) + " in " + ref_name;
}

void check(const Job& job, Context& ctx) {
  auto arns = iot_arns(job);
  if (arns.empty()) return;
  const IotArn& first = arns.front();
  std::string first_name;  // named only when a message needs it: finding its line costs
  auto name_first = [&] {
    if (first_name.empty()) {
      first_name = job.name(*first.bound) + " (line " + std::to_string(ctx.line_of(first.bound->node->range.begin)) + ")";
    }
    return first_name;
  };
  const std::string* account_id = job.dialect == Dialect::Catalog ? str_of(get_effective(job, FieldId::AccountId)) : nullptr;
  if (account_id && !is_account_id(*account_id)) account_id = nullptr;
  for (const IotArn& a : arns) {
    std::vector<std::string> diffs;
    if (a.arn.partition != first.arn.partition) diffs.push_back(differs("partition", a.arn.partition, first.arn.partition, name_first()));
    if (a.arn.region != first.arn.region) diffs.push_back(differs("region", a.arn.region, first.arn.region, name_first()));
    if (account_id) {
      if (a.arn.account != *account_id) {
        diffs.push_back("account " + quote(a.arn.account) + " differs from " +
                        job.name(*get_effective(job, FieldId::AccountId)) + " " + quote(*account_id));
      }
    } else if (a.arn.account != first.arn.account) {
      diffs.push_back(differs("account", a.arn.account, first.arn.account, name_first()));
    }
    if (diffs.empty()) continue;
    std::string message = job.name(*a.bound) + " " + quote(a.bound->node->text) + ": ";
    for (std::size_t i = 0; i < diffs.size(); ++i) message += (i ? "; " : "") + diffs[i];
    ctx.report(*a.bound, message);
  }
}

}  // namespace

const Rule IJ310{&info, check};

}  // namespace ijl::rules
