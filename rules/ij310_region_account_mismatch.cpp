// IJ310 region-account-mismatch: one job's well-formed IoT ARNs differ in partition, region or account;
// relates the reference ARN (or a catalog record's account_id) each is compared with.
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
void iot_arns(const Job& job, std::vector<IotArn>& out) {
  out.clear();
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
}

std::string differs(std::string_view part, std::string_view value, std::string_view ref, const std::string& ref_name) {
  return std::string(part) + " " + quote(value) + " differs from " + quote(ref) + " in " + ref_name;
}

// "partition "aws", region "us-east-1" and account "123456789012"": the parts named.
std::string parts(const std::vector<std::string>& named) {
  std::string out;
  for (std::size_t i = 0; i < named.size(); ++i) {
    out += i == 0 ? "" : i + 1 == named.size() ? " and " : ", ";
    out += named[i];
  }
  return out;
}

void check(const Job& job, Context& ctx) {
  thread_local std::vector<IotArn> arns;  // kept per thread: a fleet audit asks once a record
  iot_arns(job, arns);
  if (arns.empty()) return;
  const IotArn& first = arns.front();
  std::string first_name;  // named only when a message needs it
  auto name_first = [&] {
    if (first_name.empty()) first_name = job.name(*first.bound);
    return first_name;
  };
  const Bound* account_bound = job.dialect == Dialect::Catalog ? get_effective(job, FieldId::AccountId) : nullptr;
  const std::string* account_id = str_of(account_bound);
  if (account_id && !is_account_id(*account_id)) account_id = nullptr;
  for (const IotArn& a : arns) {
    std::vector<std::string> diffs, reference;  // reference: the first ARN's parts that differ
    auto part = [&](std::string_view what, std::string_view value, std::string_view ref) {
      if (value == ref) return;
      diffs.push_back(differs(what, value, ref, name_first()));
      reference.push_back(std::string(what) + " " + quote(ref));
    };
    part("partition", a.arn.partition, first.arn.partition);
    part("region", a.arn.region, first.arn.region);
    bool account_differs = false;
    if (account_id) {
      if (a.arn.account != *account_id) {
        account_differs = true;
        diffs.push_back("account " + quote(a.arn.account) + " differs from " + job.name(*account_bound) + " " +
                        quote(*account_id));
      }
    } else {
      part("account", a.arn.account, first.arn.account);
    }
    if (diffs.empty()) continue;
    std::string message = job.name(*a.bound) + " " + quote(a.bound->node->text) + ": ";
    for (std::size_t i = 0; i < diffs.size(); ++i) message += (i ? "; " : "") + diffs[i];
    ctx.report(*a.bound, message);
    // the places the message compares with, in the order it names them
    if (!reference.empty()) ctx.relate_last(*first.bound, "the reference ARN, the job's first, has " + parts(reference));
    if (account_differs) ctx.relate_last(*account_bound, "the record's " + job.name(*account_bound) + " is " + quote(*account_id));
  }
}

}  // namespace

const Rule IJ310{&info, check};

}  // namespace ijl::rules
