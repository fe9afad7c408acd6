// The scheduling window's bounds, in the order the docs list them; calendar years come from
// the date library (2028-02-29 + 1 year = 2029-02-28).
#include "schedule_window.hpp"

#include <date/date.h>

#include "relation_util.hpp"
#include "rule_util.hpp"
#include "timeparse.hpp"

namespace ijl::rules {
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

std::optional<Minutes> time_of(const Bound* b) {
  const std::string* s = str_of(b);
  return s ? parse_schedule_time(*s) : std::nullopt;
}

// "is less than 30 minutes after now (…)", or for a time before --now "is in the past (…)".
std::string too_soon(Minutes t, const Reference& ref) {
  if (ref.is_now && t < ref.time) return "is in the past (now is " + show(ref.time) + ")";
  return "is less than 30 minutes after " + ref.name;
}

// Why `t`, the value of `time`, breaks bound `n`; nullopt when it keeps it or the bound does
// not apply to it.
std::optional<std::string> broken(int n, Minutes t, const Job& job, const Bound& time, const Reference* ref) {
  const bool is_start = time.spec->id == FieldId::StartTime;
  const seconds half_hour = minutes(30);
  if (n <= 4) {
    if (!ref || is_start != (n <= 2)) return std::nullopt;
    // whole-minute times: comparing with the reference floored to minutes is exact for upper bounds
    Minutes ref_min = std::chrono::floor<minutes>(ref->time);
    if (n % 2 == 1) {
      if (t < ref->time + half_hour) return too_soon(t, *ref);
    } else if (int years = n == 2 ? 1 : 2; t > add_years(ref_min, years)) {
      return "is more than " + std::string(years == 1 ? "1 year" : "2 years") + " after " + ref->name;
    }
    return std::nullopt;
  }
  if (is_start) return std::nullopt;  // the duration bounds are reported at endTime
  const Bound* start_b = job.child(*job.parent(time), FieldId::StartTime);
  auto start = time_of(start_b);
  if (!start) return std::nullopt;
  std::string start_name = job.name(*start_b) + " " + start_b->node->text;
  if (n == 5) {
    if (t < *start) return "is before " + start_name;
    if (t - *start < minutes(30)) return "is less than 30 minutes after " + start_name;
  } else if (t > add_years(*start, 2)) {
    return "is more than 2 years after " + start_name;
  }
  return std::nullopt;
}

}  // namespace

Reference now_reference(const CheckOptions& options) {
  return {options.now, "now (" + show(options.now) + ")", true};
}

std::optional<Reference> created_reference(const Job& job) {
  const Bound* created = get_effective(job, FieldId::CreatedAt);
  if (!created || !created->type_ok) return std::nullopt;
  std::chrono::sys_time<std::chrono::milliseconds> t;
  if (created->node->is_number()) {
    t = epoch_number_to_time(created->node->number);
  } else {
    t = *parse_record_timestamp_string(created->node->text);
  }
  sys_seconds s = std::chrono::floor<seconds>(t);
  return Reference{s, job.name(*created) + " (" + show(s) + ")", false};
}

bool is_schedule_field(const FieldSpec& spec) { return spec.id == FieldId::StartTime || spec.id == FieldId::EndTime; }

bool is_schedule_time(const Bound& b) {
  return is_schedule_field(*b.spec);
}

bool report_first_break(const Job& job, const Bound& time, Context& ctx, const Reference* ref, int first, int last) {
  if (!is_schedule_time(time) || !effective(job, time)) return false;
  auto t = time_of(&time);
  if (!t) return false;
  for (int n = first; n <= last; ++n) {
    if (auto why = broken(n, *t, job, time, ref)) {
      ctx.report(time, job.name(time) + " " + time.node->text + " " + *why);
      return true;
    }
  }
  return false;
}

}  // namespace ijl::rules
