// IJ002 duplicate-key: an object has the same key twice; points at the later key, relates the first.
#include <algorithm>
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

// One step of the path to a value: a key, or an array index when `key` is null.
struct Step {
  const std::string* key;
  std::size_t index;
};

class Walker {
 public:
  Walker(const Job& job, Context& ctx) : job_(job), ctx_(ctx) {
    for (const auto& u : job.unknown) unknown_.push_back(u.member);
    std::sort(unknown_.begin(), unknown_.end());
  }

  void walk(const Node& n) {
    if (n.is_array()) {
      for (std::size_t i = 0; i < n.items.size(); ++i) {
        path_.push_back({nullptr, i});
        walk(n.items[i]);
        path_.pop_back();
      }
      return;
    }
    if (!n.is_object()) return;
    const auto& members = n.members;
    // job objects are small: comparing with the earlier keys beats hashing them
    std::unordered_map<std::string_view, const Member*> first;
    if (members.size() > kSmall) {
      for (const auto& m : members) first.emplace(m.key, &m);
    }
    for (std::size_t i = 0; i < members.size(); ++i) {
      const Member& m = members[i];
      const Member* earlier = nullptr;
      if (members.size() > kSmall) {
        earlier = first.at(m.key);
        if (earlier == &m) earlier = nullptr;
      } else {
        for (std::size_t j = 0; j < i && !earlier; ++j) {
          if (members[j].key == m.key) earlier = &members[j];
        }
      }
      path_.push_back({&m.key, 0});
      if (earlier) {
        // both keys are in one object: they share the pointer
        std::vector<std::string> at = pointer();
        ctx_.report_at(m.key_range, at, "duplicate key " + quote(m.key));
        ctx_.relate_last(earlier->key_range, std::move(at), "first defined here");
      }
      if (!skipped(m)) walk(m.value);
      path_.pop_back();
    }
  }

 private:
  static constexpr std::size_t kSmall = 32;

  // Members under unknown keys are not linted (docs/rules/IJ003.md).
  bool skipped(const Member& m) const {
    return !unknown_.empty() && std::binary_search(unknown_.begin(), unknown_.end(), &m);
  }

  std::vector<std::string> pointer() const {
    std::vector<std::string> out = job_.prefix;
    for (const Step& s : path_) out.push_back(s.key ? *s.key : std::to_string(s.index));
    return out;
  }

  const Job& job_;
  Context& ctx_;
  std::vector<Step> path_;
  std::vector<const Member*> unknown_;  // sorted
};

void check(const Job& job, Context& ctx) {
  // binding compared the keys of every object it entered and noted the rest
  if (!job.may_repeat_keys) return;
  Walker(job, ctx).walk(*job.root);
}

}  // namespace

const Rule IJ002{&info, check};

}  // namespace ijl::rules
