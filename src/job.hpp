// The job model: a document resolved once against its dialect's field table.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "document.hpp"
#include "fields.hpp"
#include "placeholders.hpp"

namespace ijl {

// A value of the document bound to the field it fills.
struct Bound {
  const FieldSpec* spec = nullptr;
  const Node* node = nullptr;
  const Member* member = nullptr;  // the key holding it; null for list items and the root
  std::int32_t parent = -1;        // index into Job::bounds
  std::int32_t index = -1;         // position in its list, for list items
  bool is_map_key = false;         // a documentParameters key: `member` is the entry, checked as a string
  bool type_ok = true;             // false also for an unknown value: no rule judges it
  // Known only at deploy time: a CloudFormation intrinsic function (`!Ref x`, `{"Fn::Sub": …}`)
  // or a string holding a configured placeholder (`${TIMEOUT}`). Present for relation rules.
  bool unknown = false;
};

struct UnknownKey {
  const Member* member;
  std::int32_t parent;  // the bound object that holds it
};

struct MissingField {
  const FieldSpec* spec;
  std::int32_t parent;
};

class Job {
 public:
  Dialect dialect = Dialect::CreateJob;
  const Node* root = nullptr;
  std::vector<std::string> prefix;  // pointer segments of the root (an array element)
  std::vector<Bound> bounds;        // document order; bounds[0] is the root
  std::vector<UnknownKey> unknown;
  std::vector<MissingField> missing;
  // Some object repeats a key: relation rules must then pick the later value (docs/rules/IJ002.md).
  bool duplicate_keys = false;
  // Some object under a known key may repeat one: a map does, or binding did not look inside a
  // value (a wrong type, a free-form one). False lets IJ002 skip its walk.
  bool may_repeat_keys = false;
  std::vector<FieldId> supplied_fields;  // top-level fields the command line supplies

  bool supplied(FieldId id) const {
    for (FieldId f : supplied_fields) {
      if (f == id) return true;
    }
    return false;
  }

  // Every bound value of a field, in document order (walked in place: rules ask per value).
  class Chain {
   public:
    struct iterator {
      const Job* job;
      std::int32_t i;
      const Bound* operator*() const { return &job->bounds[static_cast<std::size_t>(i)]; }
      iterator& operator++() {
        i = job->next_[static_cast<std::size_t>(i)];
        return *this;
      }
      bool operator==(const iterator& o) const { return i == o.i; }
    };
    iterator begin() const { return {job_, first_}; }
    iterator end() const { return {job_, -1}; }
    bool empty() const { return first_ < 0; }

   private:
    friend class Job;
    Chain(const Job* job, std::int32_t first) : job_(job), first_(first) {}
    const Job* job_;
    std::int32_t first_;
  };
  Chain all(FieldId id) const { return {this, first_[static_cast<std::size_t>(id)]}; }
  // The field's value; with duplicate keys the later one. Null when absent.
  const Bound* get(FieldId id) const;
  const Bound* child(const Bound& parent, FieldId id) const;
  // The bounds whose parent is `parent`, in document order.
  class Children {
   public:
    struct iterator {
      const Job* job;
      std::size_t i;
      std::int32_t parent;
      const Bound* operator*() const { return &job->bounds[i]; }
      iterator& operator++() {
        ++i;
        skip();
        return *this;
      }
      void skip() {
        while (i < job->bounds.size() && job->bounds[i].parent != parent) ++i;
      }
      bool operator==(const iterator& o) const { return i == o.i; }
    };
    iterator begin() const {
      iterator it{job_, static_cast<std::size_t>(parent_) + 1, parent_};
      it.skip();
      return it;
    }
    iterator end() const { return {job_, job_->bounds.size(), parent_}; }

   private:
    friend class Job;
    Children(const Job* job, std::int32_t parent) : job_(job), parent_(parent) {}
    const Job* job_;
    std::int32_t parent_;
  };
  Children children(const Bound& parent) const { return {this, index_of(parent)}; }
  const Bound* parent(const Bound& b) const { return b.parent < 0 ? nullptr : &bounds[b.parent]; }
  std::int32_t index_of(const Bound& b) const { return static_cast<std::int32_t>(&b - bounds.data()); }

  // The name a message uses: the key as written, or `list[3]` for an item.
  std::string name(const Bound& b) const;
  // RFC 6901 segments from the file's root, in the file's own spelling.
  std::vector<std::string> pointer(const Bound& b) const;

  // Links each bound to the next of the same field, so the lookups above skip the others.
  void index_fields();

 private:
  std::array<std::int32_t, kFieldIdCount> first_{}, last_{};
  std::vector<std::int32_t> next_;  // parallel to bounds; -1 ends a chain
};

struct BindOptions {
  const Member* root_member = nullptr;         // the key holding the root (a CloudFormation resource's name)
  const Placeholders* placeholders = nullptr;  // patterns that make a string value unknown
  // Top-level fields the command line supplies (`aws iot create-job --job-id X --cli-input-json
  // file://…`): not missing when absent. Any spelling.
  const std::vector<std::string>* supplied = nullptr;
};

// Binds `root` (an object) to `dialect`'s table: types, unknown keys, missing fields.
Job bind_job(const Node& root, Dialect dialect, std::vector<std::string> prefix, const BindOptions& options = {});

// A CloudFormation intrinsic function: a YAML short form (`!Ref`, `!Sub`, any local tag) or
// an object whose only key is `Ref` or `Fn::…` (`Condition` inside a condition function).
bool is_intrinsic(const Node& n);

}  // namespace ijl
