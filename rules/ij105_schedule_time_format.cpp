// IJ105 schedule-time-format: a schedule time that is not YYYY-MM-DDTHH:MM or names no real time.
#include "rules.hpp"
#include "rule_util.hpp"
#include "timeparse.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ105",
    .name = "schedule-time-format",
    .severity = Severity::Error,
    .summary = "A schedule startTime or endTime is not YYYY-MM-DDTHH:MM (UTC) or names no real time",
    .rationale = "AWS IoT takes scheduled job times as exactly YYYY-MM-DDTHH:MM in UTC: no seconds, no "
                 "offset, no lower-case t. A time that names no real date or time (2026-02-30T10:00, "
                 "2026-01-01T24:00) is rejected too.",
    .fail_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "schedulingConfig": { "startTime": "2027-02-30T10:00" }
}
)",
    .pass_example = R"({
  "jobId": "fw-2026-11",
  "targets": ["arn:aws:iot:us-east-1:123456789012:thinggroup/sensors"],
  "documentSource": "https://s3.amazonaws.com/bucket/job.json",
  "schedulingConfig": { "startTime": "2027-02-28T10:00" }
}
)",
};

namespace {

bool has_shape(const std::string& s) {
  static constexpr std::string_view mask = "dddd-dd-ddTdd:dd";
  if (s.size() != mask.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    bool digit = s[i] >= '0' && s[i] <= '9';
    if (mask[i] == 'd' ? !digit : s[i] != mask[i]) return false;
  }
  return true;
}

bool applies(const FieldSpec& s) {
  return s.id == FieldId::StartTime || s.id == FieldId::EndTime || s.id == FieldId::RolloutStartTime;
}

bool shape(const Job& job, const Bound& b, Context& ctx) {
  if (!applies(*b.spec)) return false;
  const std::string* s = str_of(&b);
  if (!s || parse_schedule_time(*s)) return false;
  if (has_shape(*s)) {
    ctx.report(b, job.name(b) + " " + quote(*s) + " names no real date or time");
  } else {
    ctx.report(b, job.name(b) + " " + quote(*s) + " is not in the form YYYY-MM-DDTHH:MM (UTC)");
  }
  return true;
}

}  // namespace

const Rule IJ105{&info, nullptr, shape, applies};

}  // namespace ijl::rules
