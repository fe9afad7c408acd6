// What a rule is: metadata plus a check that reports through a Context.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.hpp"
#include "job.hpp"
#include <chrono>

namespace ijl {

struct CheckOptions {
  std::chrono::sys_seconds now{};  // IJ108's reference time for create-job requests
};

// Collects a rule's findings; the engine stamps code, severity and positions.
class Context {
 public:
  Context(const Job& job, const CheckOptions& options, const LineIndex& lines, std::vector<Diagnostic>& out)
      : job_(job), options_(options), lines_(lines), out_(out) {}

  const CheckOptions& options() const { return options_; }
  void set_rule(const RuleInfo* rule, Severity severity) {
    rule_ = rule;
    severity_ = severity;
  }
  const Job& job() const { return job_; }

  void report(const Bound& b, std::string message);         // at the value
  void report_key(const Bound& b, std::string message);     // at the key (the value if none)
  void report_object(const Bound& b, std::string message);  // the key holding it, or its `{`
  void report_at(Range range, std::vector<std::string> pointer, std::string message);
  // Attaches to the diagnostic just reported the fix that makes the token at `range` (a key
  // or a string value) read `value`, quoted as the token is quoted in the file.
  void fix_last(std::string title, Range range, std::string_view value);
  // Adds to the diagnostic just reported another place its message names ("first defined
  // here"), at `b` as report() points, or at `range`. The engine resolves its position.
  void relate_last(const Bound& b, std::string message);
  void relate_last(Range range, std::vector<std::string> pointer, std::string message);

 private:
  const Job& job_;
  const CheckOptions& options_;
  const LineIndex& lines_;
  std::vector<Diagnostic>& out_;
  const RuleInfo* rule_ = nullptr;
  Severity severity_ = Severity::Error;
};

// A shape rule judges one value and says whether it fired; the engine runs the shape
// rules in their fixed order and stops at the first that fires (docs/rules.md).
using ShapeCheck = bool (*)(const Job&, const Bound&, Context&);
using Check = void (*)(const Job&, Context&);
// Whether a shape rule can fire on values of this field: when false, its check returns false
// for every value of it, so the engine skips the call (decided once per field, not per value).
using ShapeFilter = bool (*)(const FieldSpec&);

struct Rule {
  const RuleInfo* info;
  Check check = nullptr;
  ShapeCheck shape = nullptr;
  ShapeFilter applies = nullptr;  // null: any field
};

}  // namespace ijl
