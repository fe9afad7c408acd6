// IJ402 timestamp-order: a record's lastUpdatedAt or completedAt is earlier than its createdAt.
#include <cmath>
#include <date/date.h>

#include "relation_util.hpp"
#include "rules.hpp"
#include "rule_util.hpp"
#include "timeparse.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ402",
    .name = "timestamp-order",
    .severity = Severity::Error,
    .summary = "A record's lastUpdatedAt or completedAt is earlier than its createdAt",
    .rationale = "A job is updated and completed after it is created. A record with an earlier "
                 "lastUpdatedAt or completedAt mixes time zones or units (milliseconds written as seconds, "
                 "a local time without its offset) or was assembled from two jobs. Timestamps are epoch "
                 "seconds, epoch milliseconds above 10^11, or date-time strings with an optional offset.",
    .fail_example = R"({
  "job": {
    "jobId": "fw-2026-11",
    "createdAt": "2026-11-20T10:00:00Z",
    "lastUpdatedAt": "2026-11-20T09:00:00Z"
  }
}
)",
    .pass_example = R"({
  "job": {
    "jobId": "fw-2026-11",
    "createdAt": "2026-11-20T10:00:00Z",
    "lastUpdatedAt": "2026-11-20T11:00:00Z"
  }
}
)",
    .fail_filename = "describe-job.json",
};

namespace {

using Millis = std::chrono::sys_time<std::chrono::milliseconds>;

std::optional<Millis> instant(const Bound* b) {
  if (!b || !b->type_ok) return std::nullopt;
  if (b->node->is_number()) {
    if (!std::isfinite(b->node->number)) return std::nullopt;
    return epoch_number_to_time(b->node->number);
  }
  if (b->node->is_string()) return parse_record_timestamp_string(b->node->text);
  return std::nullopt;
}

// The value as written, and for a number the UTC time it stands for.
std::string shown(const Bound& b, Millis t) {
  if (b.node->is_string()) return quote(b.node->text);
  auto whole = std::chrono::floor<std::chrono::seconds>(t);
  std::string utc = whole == t ? date::format("%Y-%m-%dT%H:%M:%SZ", whole) : date::format("%Y-%m-%dT%H:%M:%SZ", t);
  return b.node->text + " (" + utc + ")";
}

void check(const Job& job, Context& ctx) {
  if (!is_record(job)) return;
  const Bound* created_b = get_effective(job, FieldId::CreatedAt);
  auto created = instant(created_b);
  if (!created) return;
  for (FieldId id : {FieldId::LastUpdatedAt, FieldId::CompletedAt}) {
    const Bound* b = get_effective(job, id);
    auto t = instant(b);
    if (t && *t < *created) {
      ctx.report(*b, job.name(*b) + " " + shown(*b, *t) + " is earlier than " + job.name(*created_b) + " " +
                         shown(*created_b, *created));
    }
  }
}

}  // namespace

const Rule IJ402{&info, check};

}  // namespace ijl::rules
