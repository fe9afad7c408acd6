// Helpers for the relation rules (IJ3xx, IJ4xx): which value counts, and how a field is spelled.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "job.hpp"

namespace ijl::rules {

// False when `b`, or an object holding it, sits under a key that its object repeats later:
// relations between fields use the later value of a duplicate key (docs/rules/IJ002.md).
inline bool effective(const Job& job, const Bound& b) {
  if (!job.duplicate_keys) return true;
  for (const Bound* p = &b; p; p = job.parent(*p)) {
    const Bound* up = job.parent(*p);
    if (p->member && up && up->node->is_object() && up->node->find(p->member->key) != p->member) return false;
  }
  return true;
}

// The effective value of a field, or null when absent.
inline const Bound* get_effective(const Job& job, FieldId id) {
  if (!job.duplicate_keys) return job.get(id);  // every value is effective: the last one wins
  const Bound* last = nullptr;
  for (const Bound* b : job.all(id)) {
    if (effective(job, *b)) last = b;
  }
  return last;
}

// The spec of the child `id` of a structure, or null.
inline const FieldSpec* child_spec(const FieldSpec& parent, FieldId id) {
  for (const auto& c : parent.children) {
    if (c.id == id) return &c;
  }
  return nullptr;
}

// How the file's dialect spells the child `id` of a structure (for fields that are absent).
inline std::string spelling(const Job& job, const FieldSpec& parent, FieldId id) {
  const FieldSpec* c = child_spec(parent, id);
  return c ? std::string(c->spelling(job.dialect)) : std::string();
}

// The later of two present values in the file, by where their keys begin.
inline const Bound* later(const Bound* a, const Bound* b) {
  auto begin = [](const Bound* x) { return x->member ? x->member->key_range.begin : x->node->range.begin; };
  return begin(a) > begin(b) ? a : b;
}

inline bool is_record(const Job& job) { return ijl::is_record(job.dialect); }

// A value a relation may read: of the right type, or unknown until deployment (an intrinsic
// function, a placeholder), which is present but has no value to compare.
inline bool usable_or_unknown(const Bound& b) { return b.type_ok || b.unknown; }

// The object that holds the job's own fields: the document itself, or a CloudFormation
// resource's Properties (null when they are absent or not an object).
inline const Bound* job_object(const Job& job) {
  if (job.dialect != Dialect::CloudFormation) return &job.bounds[0];
  const Bound* p = job.child(job.bounds[0], FieldId::CfnProperties);
  return p && p->type_ok ? p : nullptr;
}

}  // namespace ijl::rules
