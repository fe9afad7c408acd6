// ARN forms from docs/rules/IJ205.md, checked part by part so a message can say which part is wrong.
#include "arn.hpp"

#include <array>

namespace ijl::rules {
namespace {

bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// -[a-z]+-[0-9], the tail of a region
bool is_region_tail(std::string_view r) {
  if (r.empty() || r[0] != '-') return false;
  r.remove_prefix(1);
  std::size_t i = 0;
  while (i < r.size() && is_lower(r[i])) ++i;
  return i > 0 && r.size() == i + 2 && r[i] == '-' && is_digit(r[i + 1]);
}

bool is_account(std::string_view a) {
  if (a.size() != 12) return false;
  for (char c : a) {
    if (!is_digit(c)) return false;
  }
  return true;
}

std::string q(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '\'';
  out += s;
  out += '\'';
  return out;
}

std::optional<std::string> resource_problem(std::string_view res, ArnKind kind, std::string_view account) {
  auto after = [&](std::string_view prefix) -> std::optional<std::string_view> {
    if (res.substr(0, prefix.size()) != prefix) return std::nullopt;
    return res.substr(prefix.size());
  };
  switch (kind) {
    case ArnKind::Target: {
      auto thing = after("thing/");
      auto group = after("thinggroup/");
      if ((thing && !thing->empty()) || (group && !group->empty())) return std::nullopt;
      return "resource " + q(res) + " is not thing/{name} or thinggroup/{name}";
    }
    case ArnKind::PackageVersion: {
      auto rest = after("package/");
      if (rest) {
        auto v = rest->find("/version/");
        if (v != std::string_view::npos && v > 0 && v + 9 < rest->size()) return std::nullopt;
      }
      return "resource " + q(res) + " is not package/{package}/version/{version}";
    }
    case ArnKind::Role: {
      auto rest = after("role/");
      if (rest && !rest->empty() && rest->back() != '/') return std::nullopt;
      return "resource " + q(res) + " is not role/{name}";
    }
    case ArnKind::JobTemplate: {
      auto rest = after("jobtemplate/");
      if (!rest || rest->empty()) return "resource " + q(res) + " is not jobtemplate/{id}";
      if (account.empty()) {
        // AWS managed: AWS-{name}:{version}
        auto colon = rest->find(':');
        if (rest->substr(0, 4) == "AWS-" && colon != std::string_view::npos && colon > 4 && colon + 1 < rest->size()) {
          return std::nullopt;
        }
        return "resource " + q(res) + " is not an AWS managed template jobtemplate/AWS-{name}:{version}";
      }
      return std::nullopt;
    }
    case ArnKind::Job: {
      auto rest = after("job/");
      if (rest && !rest->empty()) return std::nullopt;
      return "resource " + q(res) + " is not job/{jobId}";
    }
    case ArnKind::None: break;
  }
  return std::nullopt;
}

}  // namespace

// With and without the optional group, as the regex would (us-gov-1 matches with [a-z]+ = gov).
bool is_region(std::string_view r) {
  if (r.size() < 2 || !is_lower(r[0]) || !is_lower(r[1])) return false;
  r.remove_prefix(2);
  return is_region_tail(r) || (r.substr(0, 4) == "-gov" && is_region_tail(r.substr(4)));
}

std::optional<Arn> split_arn(std::string_view s) {
  if (s.substr(0, 4) != "arn:") return std::nullopt;
  std::string_view parts[5];
  std::size_t pos = 4;
  // a plain loop: the parts are a few bytes each, shorter than a memchr call pays off on
  for (int i = 0; i < 4; ++i) {
    std::size_t c = pos;
    while (c < s.size() && s[c] != ':') ++c;
    if (c == s.size()) return std::nullopt;
    parts[i] = s.substr(pos, c - pos);
    pos = c + 1;
  }
  return Arn{parts[0], parts[1], parts[2], parts[3], s.substr(pos)};
}

namespace {

std::optional<std::string> judge_arn(std::string_view s, ArnKind kind) {
  if (s.substr(0, 4) != "arn:") return std::string("does not start with 'arn:'");
  for (char c : s) {
    if (c < '!' || c > '~') return std::string("contains a character outside printable ASCII (model pattern ^arn:[!-~]+$)");
  }
  auto arn = split_arn(s);
  if (!arn) return std::string("does not have the six parts arn:partition:service:region:account:resource");
  if (arn->partition != "aws" && arn->partition != "aws-cn" && arn->partition != "aws-us-gov") {
    return "partition " + q(arn->partition) + " is not aws, aws-cn or aws-us-gov";
  }
  std::string_view service = kind == ArnKind::Role ? "iam" : "iot";
  if (arn->service != service) return "service " + q(arn->service) + " should be '" + std::string(service) + "'";
  if (kind == ArnKind::Role) {
    if (!arn->region.empty()) return "region " + q(arn->region) + " should be empty in an IAM role ARN";
  } else if (!is_region(arn->region)) {
    return "region " + q(arn->region) + " is not a region like us-east-1";
  }
  bool managed_template = kind == ArnKind::JobTemplate && arn->account.empty();
  if (!managed_template && !is_account(arn->account)) {
    return "account " + q(arn->account) + " is not twelve digits";
  }
  return resource_problem(arn->resource, kind, arn->account);
}

}  // namespace

std::optional<std::string> arn_problem(std::string_view s, ArnKind kind) {
  // IJ205, IJ310 and IJ401 each ask about the same few ARNs of a job (5 questions, 2 ARNs, a
  // fleet record): the last answers are kept per thread, their strings reused
  struct Answer {
    bool used = false;
    ArnKind kind = ArnKind::None;
    std::string arn;
    std::optional<std::string> problem;
  };
  thread_local std::array<Answer, 4> answers;
  thread_local std::size_t next = 0;
  for (const Answer& a : answers) {
    if (a.used && a.kind == kind && a.arn == s) return a.problem;
  }
  Answer& a = answers[next];
  next = (next + 1) % answers.size();
  a.used = true;
  a.kind = kind;
  a.arn.assign(s);
  a.problem = judge_arn(s, kind);
  return a.problem;
}

bool has_managed_template_form(std::string_view s) {
  auto arn = split_arn(s);
  return arn && arn->account.empty();
}

}  // namespace ijl::rules
