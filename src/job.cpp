// Dialect detection and binding of a document to the field table.
#include "job.hpp"

#include <charconv>
#include <cstdint>
#include <limits>
#include <unordered_set>

#include "detect.hpp"
#include "timeparse.hpp"

namespace ijl {
namespace {

bool is_integer_literal(const std::string& text) {
  return text.find_first_of(".eE") == std::string::npos;
}

bool integer_in_range(const std::string& text, bool is_long) {
  std::int64_t v = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || p != text.data() + text.size()) return false;
  if (is_long) return true;
  return v >= std::numeric_limits<std::int32_t>::min() && v <= std::numeric_limits<std::int32_t>::max();
}

// YAML's `.inf`, `-.inf` and `.nan` (kept as written) fit no number field (docs/rules/IJ004.md);
// a JSON literal never holds these letters.
bool is_finite_number(const Node& n) {
  return n.kind == Kind::Number && n.text.find_first_of("iInN") == std::string::npos;
}

bool type_matches(const FieldSpec& spec, const Node& n) {
  // Explicit YAML tags (docs/rules/IJ004.md): a !!float is no integer; a !!binary or
  // !!timestamp scalar is no plain string, though a !!timestamp fits a record's timestamp.
  const std::string_view tag = n.tag;
  if (tag == "tag:yaml.org,2002:binary") return false;
  if (tag == "tag:yaml.org,2002:timestamp") {
    return spec.type == Type::Timestamp && n.kind == Kind::String && parse_record_timestamp_string(n.text);
  }
  switch (spec.type) {
    case Type::String: return n.kind == Kind::String;
    case Type::Integer:
    case Type::Long:
      return is_finite_number(n) && is_integer_literal(n.text) && integer_in_range(n.text, spec.type == Type::Long) &&
             tag != "tag:yaml.org,2002:float";
    case Type::Double: return is_finite_number(n);
    case Type::Boolean: return n.kind == Kind::Bool;
    case Type::Timestamp:
      return is_finite_number(n) || (n.kind == Kind::String && parse_record_timestamp_string(n.text).has_value());
    case Type::Structure:
    case Type::Map: return n.kind == Kind::Object;
    case Type::List: return n.kind == Kind::Array;
    case Type::Any: return true;
  }
  return false;
}

bool has_duplicate_key(const Node& obj) {
  const auto& ms = obj.members;
  if (ms.size() > 32) {
    std::unordered_set<std::string_view> seen;
    for (const auto& m : ms) {
      if (!seen.insert(m.key).second) return true;
    }
    return false;
  }
  for (std::size_t i = 1; i < ms.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (ms[i].key == ms[j].key) return true;
    }
  }
  return false;
}

class Binder {
 public:
  Binder(Job& job, const Placeholders* placeholders) : job_(job), placeholders_(placeholders) {}

  bool is_unknown(const FieldSpec& spec, const Node& n) const {
    if (job_.dialect == Dialect::CloudFormation && is_intrinsic(n)) return true;
    // An inline job document is itself a JSON text in which slots are ordinary strings; it
    // stays judged (IJ306 looks for AWS's own placeholders in it, IJ309 parses it).
    if (spec.id == FieldId::Document) return false;
    return placeholders_ && n.kind == Kind::String && placeholders_->holds(n.text);
  }

  void bind_structure(std::int32_t self, const FieldSpec& spec, const Node& obj) {
    bool record = is_record(job_.dialect);
    if (!job_.duplicate_keys && has_duplicate_key(obj)) job_.duplicate_keys = job_.may_repeat_keys = true;
    for (const auto& m : obj.members) {
      const FieldSpec* c = spec.child(m.key, job_.dialect);
      if (!c) {
        job_.unknown.push_back({&m, self});
        continue;
      }
      if (record && m.value.kind == Kind::Null) continue;  // null means absent in records
      add(*c, m.value, &m, self, -1);
    }
    for (const auto& c : spec.children) {
      if (!c.is_required(job_.dialect) || (self == 0 && job_.supplied(c.id))) continue;
      const Member* m = obj.find(c.spelling(job_.dialect));
      if (!m || (record && m->value.kind == Kind::Null)) job_.missing.push_back({&c, self});
    }
  }

  // A container binding does not enter: IJ002 must look inside it itself.
  void not_entered(const Node& n) {
    if (!n.members.empty() || !n.items.empty()) job_.may_repeat_keys = true;
  }

  std::int32_t add(const FieldSpec& spec, const Node& n, const Member* m, std::int32_t parent, std::int32_t index,
                   bool map_key = false) {
    Bound b;
    b.spec = &spec;
    b.node = &n;
    b.member = m;
    b.parent = parent;
    b.index = index;
    b.is_map_key = map_key;
    b.unknown = !map_key && spec.type != Type::Any && is_unknown(spec, n);
    b.type_ok = !b.unknown && (map_key || type_matches(spec, n));
    job_.bounds.push_back(b);
    auto self = static_cast<std::int32_t>(job_.bounds.size() - 1);
    if (map_key) return self;  // the entry's value is bound on its own
    if (!b.type_ok || spec.type == Type::Any) {
      not_entered(n);
      return self;
    }
    if (spec.type == Type::Structure) {
      bind_structure(self, spec, n);
    } else if (spec.type == Type::List && spec.item) {
      for (std::size_t i = 0; i < n.items.size(); ++i) add(*spec.item, n.items[i], nullptr, self, static_cast<std::int32_t>(i));
    } else if (spec.type == Type::Map && spec.item) {
      if (!job_.may_repeat_keys && has_duplicate_key(n)) job_.may_repeat_keys = true;
      // a key and its value each get their own shape diagnostic
      for (const auto& e : n.members) {
        if (spec.key) add(*spec.key, e.value, &e, self, -1, true);
        add(*spec.item, e.value, &e, self, -1);
      }
    } else {
      not_entered(n);
    }
    return self;
  }

 private:
  Job& job_;
  const Placeholders* placeholders_;
};

}  // namespace

bool is_intrinsic(const Node& n) {
  if (!n.tag.empty() && n.tag.front() == '!') return true;  // core tags read "tag:yaml.org,2002:…"
  if (!n.is_object() || n.members.size() != 1) return false;
  const std::string& key = n.members.front().key;
  return key == "Ref" || key == "Condition" || key.rfind("Fn::", 0) == 0;
}

Job bind_job(const Node& root, Dialect dialect, std::vector<std::string> prefix, const BindOptions& options) {
  Job job;
  job.dialect = dialect;
  job.root = &root;
  job.prefix = std::move(prefix);
  job.bounds.reserve(32);  // a typical job binds a few dozen values
  if (options.supplied) {
    for (const auto& c : schema(dialect).children) {
      for (const auto& name : *options.supplied) {
        if (same_field_name(name, c.camel) || (!c.snake.empty() && same_field_name(name, c.snake))) {
          job.supplied_fields.push_back(c.id);
        }
      }
    }
  }
  Binder(job, options.placeholders).add(schema(dialect), root, options.root_member, -1, -1);
  job.index_fields();
  return job;
}

void Job::index_fields() {
  first_.fill(-1);
  last_.fill(-1);
  next_.assign(bounds.size(), -1);
  for (std::size_t i = 0; i < bounds.size(); ++i) {
    auto id = static_cast<std::size_t>(bounds[i].spec->id);
    auto self = static_cast<std::int32_t>(i);
    if (last_[id] < 0) {
      first_[id] = self;
    } else {
      next_[static_cast<std::size_t>(last_[id])] = self;
    }
    last_[id] = self;
  }
}

const Bound* Job::get(FieldId id) const {
  std::int32_t i = last_[static_cast<std::size_t>(id)];
  return i < 0 ? nullptr : &bounds[static_cast<std::size_t>(i)];
}

const Bound* Job::child(const Bound& parent, FieldId id) const {
  std::int32_t p = index_of(parent);
  const Bound* found = nullptr;
  for (std::int32_t i = first_[static_cast<std::size_t>(id)]; i >= 0; i = next_[static_cast<std::size_t>(i)]) {
    if (bounds[static_cast<std::size_t>(i)].parent == p) found = &bounds[static_cast<std::size_t>(i)];
  }
  return found;
}

std::string Job::name(const Bound& b) const {
  if (b.is_map_key) return "key \"" + b.member->key + "\" of " + name(bounds[b.parent]);
  if (b.member) return b.member->key;
  if (b.index >= 0 && b.parent >= 0) return name(bounds[b.parent]) + "[" + std::to_string(b.index) + "]";
  return "document";
}

std::vector<std::string> Job::pointer(const Bound& b) const {
  std::vector<std::string> out;
  for (const Bound* p = &b; p && p->parent >= 0; p = parent(*p)) {
    out.push_back(p->member ? p->member->key : std::to_string(p->index));
  }
  out.insert(out.end(), prefix.rbegin(), prefix.rend());
  return {out.rbegin(), out.rend()};
}

}  // namespace ijl
