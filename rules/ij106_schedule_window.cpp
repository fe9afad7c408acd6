// IJ106 schedule-window: the scheduling window breaks one of the documented bounds.
#include <date/date.h>

#include "rules.hpp"
#include "rule_util.hpp"
#include "timeparse.hpp"

namespace ijl::rules {

static constexpr RuleInfo info{
    .code = "IJ106",
    .name = "schedule-window",
    .severity = Severity::Error,
    .summary = "A scheduled job's start or end time is outside the window AWS allows",
    .rationale = "A scheduled job must start between 30 minutes and 1 year from now and end between 30 "
                 "minutes and 2 years from now, and the end must fall 30 minutes to 2 years after the "
                 "start (calendar years). For a create-job request 'now' is --now (default: the current "
                 "UTC time); for a describe-job or catalog record it is the job's createdAt, and without "
                 "a usable createdAt only the start-to-end bounds are checked. At most one diagnostic per "
                 "time: the first bound it breaks.",
    .fail_example = R"({
  "job": {
    "jobId": "fw-2026-11",
    "createdAt": "2026-11-20T10:00:00Z",
    "schedulingConfig": { "startTime": "2026-12-01T02:00", "endTime": "2026-12-01T02:20" }
  }
}
)",
    .pass_example = R"({
  "job": {
    "jobId": "fw-2026-11",
    "createdAt": "2026-11-20T10:00:00Z",
    "schedulingConfig": { "startTime": "2026-12-01T02:00", "endTime": "2026-12-01T02:30" }
  }
}
)",
    .fail_filename = "describe-job.json",
};

namespace {

using std::chrono::minutes;
using std::chrono::seconds;
using std::chrono::sys_seconds;
using Minutes = std::chrono::sys_time<minutes>;

// Seconds are shown only when the reference has them (a createdAt with seconds).
std::string show(sys_seconds t) {
  if (t == std::chrono::floor<minutes>(t)) return date::format("%Y-%m-%dT%H:%MZ", std::chrono::floor<minutes>(t));
  return date::format("%Y-%m-%dT%H:%M:%SZ", t);
}

std::optional<sys_seconds> reference(const Job& job, const CheckOptions& options, std::string& what) {
  if (job.dialect == Dialect::CreateJob) {
    what = "now (" + show(options.now) + ")";
    return options.now;
  }
  const Bound* created = job.get(FieldId::CreatedAt);
  if (!created || !created->type_ok) return std::nullopt;
  std::chrono::sys_time<std::chrono::milliseconds> t;
  if (created->node->is_number()) {
    t = epoch_number_to_time(created->node->number);
  } else {
    t = *parse_record_timestamp_string(created->node->text);
  }
  sys_seconds s = std::chrono::floor<seconds>(t);
  what = job.name(*created) + " (" + show(s) + ")";
  return s;
}

std::optional<Minutes> time_of(const Bound* b) {
  const std::string* s = str_of(b);
  return s ? parse_schedule_time(*s) : std::nullopt;
}

void check(const Job& job, Context& ctx) {
  const Bound* config = job.get(FieldId::SchedulingConfig);
  if (!config) return;
  const Bound* start_b = job.child(*config, FieldId::StartTime);
  const Bound* end_b = job.child(*config, FieldId::EndTime);
  auto start = time_of(start_b);
  auto end = time_of(end_b);
  std::string what;
  auto ref = reference(job, ctx.options(), what);
  const seconds half_hour = minutes(30);

  if (start && ref) {
    // whole-minute times: comparing with the reference floored to minutes is exact for upper bounds
    Minutes ref_min = std::chrono::floor<minutes>(*ref);
    if (*start < *ref + half_hour) {
      ctx.report(*start_b, job.name(*start_b) + " " + start_b->node->text + " is less than 30 minutes after " + what);
    } else if (*start > add_years(ref_min, 1)) {
      ctx.report(*start_b, job.name(*start_b) + " " + start_b->node->text + " is more than 1 year after " + what);
    }
  }
  if (!end) return;
  std::string end_name = job.name(*end_b) + " " + end_b->node->text;
  if (ref) {
    Minutes ref_min = std::chrono::floor<minutes>(*ref);
    if (*end < *ref + half_hour) {
      return ctx.report(*end_b, end_name + " is less than 30 minutes after " + what);
    }
    if (*end > add_years(ref_min, 2)) {
      return ctx.report(*end_b, end_name + " is more than 2 years after " + what);
    }
  }
  if (start) {
    std::string start_name = job.name(*start_b) + " " + start_b->node->text;
    if (*end < *start) return ctx.report(*end_b, end_name + " is before " + start_name);
    if (*end - *start < minutes(30)) {
      return ctx.report(*end_b, end_name + " is less than 30 minutes after " + start_name);
    }
    if (*end > add_years(*start, 2)) {
      return ctx.report(*end_b, end_name + " is more than 2 years after " + start_name);
    }
  }
}

}  // namespace

const Rule IJ106{&info, check};

}  // namespace ijl::rules
