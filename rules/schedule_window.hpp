// The scheduling window's six bounds (docs/rules/IJ106.md), shared by IJ106 and IJ108: each
// rule judges a range of them, and a time value gets at most one finding from the two.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "rule.hpp"

namespace ijl::rules {

// The time bounds 1-4 are measured from: --now for a request, createdAt for a record.
struct Reference {
  std::chrono::sys_seconds time;
  std::string name;  // as a message names it: "now (2026-11-27T00:00Z)", "createdAt (…)"
  bool is_now = false;  // a time before it "is in the past"
};

Reference now_reference(const CheckOptions& options);
// A record's effective createdAt of the right type; nullopt without one.
std::optional<Reference> created_reference(const Job& job);

// A schedulingConfig startTime or endTime.
bool is_schedule_time(const Bound& b);
bool is_schedule_field(const FieldSpec& spec);  // startTime or endTime

// Reports at `time` the first of the bounds first..last (numbered as the docs list them)
// that it breaks and says whether it did. Bounds 1-4 need `ref`; without one they are
// skipped. A bound that involves a time that does not parse is skipped (IJ105, IJ202 or
// IJ004 reports it), and so is an earlier value of a repeated key (the later one counts).
bool report_first_break(const Job& job, const Bound& time, Context& ctx, const Reference* ref, int first, int last);

}  // namespace ijl::rules
