// IJ002 duplicate-key: an object has the same key twice; points at the later key.
#include <set>
#include <unordered_map>

#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ002",
    .name = "duplicate-key",
    .severity = Severity::Error,
    .summary = "An object has the same key twice",
    .rationale = "JSON parsers disagree on duplicate keys: most keep the last value silently, so the value "
                 "you read first in the file is not the one AWS uses. Both values are still checked by the "
                 "value rules; relations between fields use the later one.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "jobId": "fw-2026-12"
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-12",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json"
}
)",
};

namespace {

// `skip`: members under unknown keys, whose values are not linted (rules.md IJ003).
void walk(const Node& n, std::vector<std::string>& path, const std::set<const Member*>& skip, Context& ctx) {
  if (n.is_array()) {
    for (std::size_t i = 0; i < n.items.size(); ++i) {
      path.push_back(std::to_string(i));
      walk(n.items[i], path, skip, ctx);
      path.pop_back();
    }
    return;
  }
  if (!n.is_object()) return;
  std::unordered_map<std::string_view, const Member*> first;
  for (const auto& m : n.members) {
    path.push_back(m.key);
    auto [it, fresh] = first.emplace(m.key, &m);
    if (!fresh) {
      ctx.report_at(m.key_range, path,
                    "duplicate key " + quote(m.key) + "; first defined on line " +
                        std::to_string(ctx.line_of(it->second->key_range.begin)));
    }
    if (!skip.count(&m)) walk(m.value, path, skip, ctx);
    path.pop_back();
  }
}

void check(const Job& job, Context& ctx) {
  std::vector<std::string> path = job.prefix;
  std::set<const Member*> skip;
  for (const auto& u : job.unknown) skip.insert(u.member);
  walk(*job.root, path, skip, ctx);
}

}  // namespace

const Rule IJ002{&info, check};

}  // namespace ijl::rules
