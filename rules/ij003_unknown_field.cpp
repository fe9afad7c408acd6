// IJ003 unknown-field: a key that is not a field of its object in the file's dialect.
#include <algorithm>
#include <cctype>

#include "rules.hpp"
#include "rule_util.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ003",
    .name = "unknown-field",
    .severity = Severity::Error,
    .summary = "A key is not a field of that object in the file's dialect",
    .rationale = "AWS rejects unknown parameters, and a misspelt optional field (jobID, "
                 "target_selection in a create-job request) is a setting that silently does not apply. "
                 "The message suggests the closest known field (a case-insensitive match or an edit "
                 "distance of at most 2) and names the dialect's spelling when the key is another "
                 "dialect's spelling of a known field. The value under an unknown key is not linted.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "target_selection": "SNAPSHOT"
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "targetSelection": "SNAPSHOT"
}
)",
};

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::string suggestion(const std::string& key, const FieldSpec& parent, Dialect d) {
  const FieldSpec* fields = &parent;
  if (parent.type == Type::List && parent.item) fields = parent.item.get();
  std::string other_dialect = d == Dialect::Catalog ? "describe-job" : "catalog";
  for (const auto& c : fields->children) {
    std::string_view own = c.spelling(d);
    std::string_view other = d == Dialect::Catalog ? c.camel : c.snake;
    if (own.empty()) continue;
    if (key == other && other != own) {
      return "; " + std::string(dialect_name(d)) + " spells it " + quote(own);
    }
  }
  const FieldSpec* best = nullptr;
  std::size_t best_distance = 3;
  std::string lkey = lower(key);
  for (const auto& c : fields->children) {
    std::string_view own = c.spelling(d);
    if (own.empty()) continue;
    if (lower(own) == lkey) return "; did you mean " + quote(own) + "?";
    std::size_t dist = edit_distance(key, own);
    if (dist < best_distance) {
      best_distance = dist;
      best = &c;
    }
  }
  if (best) return "; did you mean " + quote(best->spelling(d)) + "?";
  return "";
}

void check(const Job& job, Context& ctx) {
  for (const auto& u : job.unknown) {
    const Bound& parent = job.bounds[static_cast<std::size_t>(u.parent)];
    std::string where = parent.parent < 0 ? std::string(dialect_name(job.dialect)) : job.name(parent);
    std::vector<std::string> ptr = job.pointer(parent);
    ptr.push_back(u.member->key);
    ctx.report_at(u.member->key_range, std::move(ptr),
                  "unknown field " + quote(u.member->key) + " in " + where +
                      suggestion(u.member->key, *parent.spec, job.dialect));
  }
}

}  // namespace

const Rule IJ003{&info, check};

}  // namespace ijl::rules
