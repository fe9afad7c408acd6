// Reads and validates .iotjob-lint.json; answers include, exclude and per-file-ignores.
#include "config.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "detect.hpp"
#include "json_loader.hpp"
#include "source.hpp"

namespace ijl {

namespace fs = std::filesystem;

namespace {

constexpr const char* kKeys[] = {"select",           "ignore",          "severity",          "include",
                                 "exclude",          "per-file-ignores", "dialect",          "fail-on",
                                 "respect-gitignore", "placeholders",    "supplied-fields",  "per-file-supplied-fields",
                                 "docs-url"};

const std::vector<Glob>& default_include() {
  static const std::vector<Glob> globs = [] {
    std::vector<Glob> out;
    std::string error;
    for (const char* p : {"*.json", "*.yaml", "*.yml", "*.ndjson", "*.jsonl"}) out.push_back(*Glob::compile(p, error));
    return out;
  }();
  return globs;
}

const Glob* first_match(const std::vector<Glob>& globs, std::string_view rel) {
  for (const auto& g : globs) {
    if (g.matches(rel)) return &g;
  }
  return nullptr;
}

// `rel`, then each folder above it: "a/b/c" → "a/b/c", "a/b", "a".
template <typename F>
bool any_ancestor(std::string_view rel, F&& f) {
  for (std::size_t end = rel.size(); end != 0 && end != std::string_view::npos; end = rel.rfind('/', end - 1)) {
    if (f(rel.substr(0, end))) return true;
  }
  return false;
}

std::string quote(std::string_view s) {
  std::string out(1, '\'');
  out.append(s);
  out += '\'';
  return out;
}

// Absolute and lexically normal, without a trailing separator.
fs::path normal_dir(const fs::path& p) {
  fs::path out = fs::absolute(p).lexically_normal();
  if (out.has_relative_path() && out.filename().empty()) out = out.parent_path();
  return out;
}

// Validation with positions: the first problem wins and becomes the message.
class Parser {
 public:
  Parser(std::string_view text, const std::string& display, const Registry& reg)
      : lines_(text), display_(display), reg_(reg) {}

  std::string error;

  bool fail(std::uint32_t offset, const std::string& message) {
    Position pos = lines_.position(offset);
    error = display_ + ":" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": " + message;
    return false;
  }

  bool expect(const Node& n, Kind kind, const std::string& key, const char* what) {
    if (n.kind == kind) return true;
    return fail(n.range.begin, key + ": expected " + what + ", found " + an(n.kind));
  }

  // Object members, rejecting a key given twice.
  bool unique_keys(const Node& obj, const std::string& where) {
    for (std::size_t i = 0; i < obj.members.size(); ++i) {
      for (std::size_t j = 0; j < i; ++j) {
        if (obj.members[j].key == obj.members[i].key) {
          std::string first = std::to_string(lines_.position(obj.members[j].key_range.begin).line);
          return fail(obj.members[i].key_range.begin,
                      where + "duplicate key " + quote(obj.members[i].key) + " (first on line " + first + ")");
        }
      }
    }
    return true;
  }

  bool strings(const Node& n, const std::string& key, std::vector<std::string>& out) {
    if (!expect(n, Kind::Array, key, "an array of strings")) return false;
    for (const Node& item : n.items) {
      if (!expect(item, Kind::String, key, "a string")) return false;
      out.push_back(item.text);
    }
    return true;
  }

  bool rule_items(const Node& n, const std::string& key, std::vector<std::string>& out) {
    if (!strings(n, key, out)) return false;
    for (std::size_t i = 0; i < out.size(); ++i) {
      if (!names_rules(out[i])) return fail(n.items[i].range.begin, key + ": " + unknown_rule(out[i]));
    }
    return true;
  }

  bool globs(const Node& n, const std::string& key, std::vector<Glob>& out) {
    std::vector<std::string> patterns;
    if (!strings(n, key, patterns)) return false;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
      auto g = glob(patterns[i], n.items[i].range.begin, key);
      if (!g) return false;
      out.push_back(std::move(*g));
    }
    return true;
  }

  std::optional<Glob> glob(const std::string& pattern, std::uint32_t offset, const std::string& key) {
    std::string why;
    auto g = Glob::compile(pattern, why);
    if (!g) fail(offset, key + ": bad glob " + quote(pattern) + ": " + why);
    return g;
  }

  bool one_of(const Node& n, const std::string& key, std::initializer_list<const char*> allowed,
              std::optional<std::string>& out) {
    std::string list;
    for (const char* a : allowed) list += std::string(list.empty() ? "" : ", ") + a;
    if (!expect(n, Kind::String, key, ("one of " + list).c_str())) return false;
    for (const char* a : allowed) {
      if (n.text == a) {
        out = n.text;
        return true;
      }
    }
    return fail(n.range.begin, key + ": " + quote(n.text) + " is not one of " + list);
  }

  bool severities(const Node& n, Config& config) {
    const std::string key = "severity";
    if (!expect(n, Kind::Object, key, "an object mapping rules to error, warning or info")) return false;
    if (!unique_keys(n, key + ": ")) return false;
    // Least specific first, so `{"IJ1": "info", "IJ101": "error"}` means what it says:
    // prefixes by length, then exact codes and names.
    std::vector<const Member*> order;
    for (const auto& m : n.members) order.push_back(&m);
    auto rank = [&](const Member* m) { return reg_.find(m->key) ? SIZE_MAX : m->key.size(); };
    std::stable_sort(order.begin(), order.end(), [&](auto* a, auto* b) { return rank(a) < rank(b); });
    config.severity.assign(reg_.rules.size(), std::nullopt);
    std::vector<const Member*> exact_by(reg_.rules.size(), nullptr);
    for (const Member* m : order) {
      if (!names_rules(m->key)) return fail(m->key_range.begin, key + ": " + unknown_rule(m->key));
      std::optional<std::string> name;
      if (!one_of(m->value, key + ": " + quote(m->key), {"error", "warning", "info"}, name)) return false;
      std::vector<bool> marks(reg_.rules.size(), false);
      mark_rules(reg_, {m->key}, marks, true);
      for (std::size_t i = 0; i < marks.size(); ++i) {
        if (!marks[i]) continue;
        if (auto exact = reg_.find(m->key)) {
          if (exact_by[*exact] && exact_by[*exact]->value.text != m->value.text) {
            return fail(m->key_range.begin, key + ": " + quote(exact_by[*exact]->key) + " and " + quote(m->key) +
                                                " both set the severity of " + std::string(reg_.rules[i].info->code));
          }
          exact_by[*exact] = m;
        }
        config.severity[i] = parse_severity(*name);
      }
    }
    return true;
  }

  // An object mapping globs to lists, each list checked by `items`.
  template <typename Items>
  bool per_file(const Node& n, const std::string& key, const char* what, Items&& items, std::vector<PerFile>& out) {
    if (!expect(n, Kind::Object, key, what)) return false;
    if (!unique_keys(n, key + ": ")) return false;
    for (const auto& m : n.members) {
      auto g = glob(m.key, m.key_range.begin, key);
      if (!g) return false;
      PerFile pf{std::move(*g), {}};
      if (!items(m.value, key + ": " + quote(m.key), pf.items)) return false;
      out.push_back(std::move(pf));
    }
    return true;
  }

  // Top-level field names of some dialect, in any spelling (`jobId`, `job_id`).
  bool field_names(const Node& n, const std::string& key, std::vector<std::string>& out) {
    if (!strings(n, key, out)) return false;
    for (std::size_t i = 0; i < out.size(); ++i) {
      if (!is_top_level_field_name(out[i])) {
        return fail(n.items[i].range.begin, key + ": " + quote(out[i]) + " is not a top-level field of a job or job template");
      }
    }
    return true;
  }

  bool settings(const Node& root, Config& config) {
    if (!root.is_object()) return fail(root.range.begin, "expected an object of settings, found " + an(root.kind));
    if (!unique_keys(root, "")) return false;
    for (const auto& m : root.members) {
      const std::string& k = m.key;
      const Node& v = m.value;
      bool ok = true;
      if (k == "select") {
        ok = rule_items(v, k, config.select.emplace());
        // an empty list would switch the linter off; an unset variable in a template does that
        if (ok && config.select->empty()) ok = fail(v.range.begin, "select: the list is empty (to switch rules off, use ignore)");
      } else if (k == "ignore") {
        ok = rule_items(v, k, config.ignore);
      } else if (k == "severity") {
        ok = severities(v, config);
      } else if (k == "include") {
        ok = globs(v, k, config.include);
        // `"include": []` would read nothing at all, surely not what was meant
        if (ok && config.include.empty()) ok = fail(v.range.begin, "include: the list is empty");
      } else if (k == "exclude") {
        ok = globs(v, k, config.exclude);
      } else if (k == "per-file-ignores") {
        ok = per_file(v, k, "an object mapping globs to lists of rules",
                      [&](const Node& l, const std::string& where, auto& out) { return rule_items(l, where, out); },
                      config.per_file_ignores);
      } else if (k == "dialect") {
        std::optional<std::string> name;
        ok = one_of(v, k,
                    {"auto", "create-job", "describe-job", "catalog", "create-job-template", "describe-job-template",
                     "cloudformation"},
                    name);
        if (ok) config.dialect = parse_dialect(*name);
        config.dialect_set = ok;
      } else if (k == "fail-on") {
        std::optional<std::string> name;
        ok = one_of(v, k, {"error", "warning", "info", "never"}, name);
        if (ok) config.fail_on = parse_fail_on(*name);
      } else if (k == "placeholders") {
        ok = strings(v, k, config.placeholders);
        std::string why;
        if (ok && !Placeholders::compile(config.placeholders, why)) {
          for (std::size_t i = 0; i < config.placeholders.size() && ok; ++i) {
            if (!Placeholders::compile({config.placeholders[i]}, why)) ok = fail(v.items[i].range.begin, k + ": " + why);
          }
        }
      } else if (k == "supplied-fields") {
        ok = field_names(v, k, config.supplied_fields);
      } else if (k == "per-file-supplied-fields") {
        ok = per_file(v, k, "an object mapping globs to lists of fields",
                      [&](const Node& l, const std::string& where, auto& out) { return field_names(l, where, out); },
                      config.per_file_supplied_fields);
      } else if (k == "docs-url") {
        ok = expect(v, Kind::String, k, "an absolute URL such as \"https://example.com/iotjob-lint/docs/rules\"");
        if (ok && !is_absolute_url(v.text)) {
          ok = fail(v.range.begin, k + ": " + quote(v.text) + " is not an absolute URL such as https://example.com/docs/rules");
        }
        if (ok) config.docs_url = v.text;
      } else if (k == "respect-gitignore") {
        ok = expect(v, Kind::Bool, k, "true or false");
        if (ok) config.respect_gitignore = v.boolean;
      } else {
        std::string known;
        for (const char* key : kKeys) known += std::string(known.empty() ? "" : ", ") + key;
        ok = fail(m.key_range.begin, "unknown key " + quote(k) + " (known keys: " + known + ")");
      }
      if (!ok) return false;
    }
    return true;
  }

 private:
  static std::string an(Kind k) {
    std::string name = kind_name(k);
    return (name == "array" || name == "object" ? "an " : "a ") + name;
  }

  bool names_rules(const std::string& item) const {
    if (item.empty()) return false;
    std::vector<bool> marks(reg_.rules.size(), false);
    return !mark_rules(reg_, {item}, marks, true);
  }

  static std::string unknown_rule(const std::string& item) { return "unknown rule " + quote(item) + " (see --list-rules)"; }

  LineIndex lines_;
  const std::string& display_;
  const Registry& reg_;
};

}  // namespace

bool is_absolute_url(std::string_view s) {
  std::size_t colon = s.find("://");
  if (colon == 0 || colon == std::string_view::npos || colon + 3 == s.size()) return false;
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!alpha(s[0])) return false;
  for (char c : s.substr(0, colon)) {
    if (!alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
  }
  for (char c : s) {
    if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) return false;  // no blank or control character
  }
  return true;
}

std::optional<FailOn> parse_fail_on(std::string_view s) {
  if (s == "never") return FailOn::Never;
  if (auto sev = parse_severity(s)) return static_cast<FailOn>(*sev);
  return std::nullopt;
}

bool fails(Severity s, FailOn threshold) {
  return threshold != FailOn::Never && static_cast<int>(s) >= static_cast<int>(threshold);
}

std::optional<std::string> mark_rules(const Registry& reg, const std::vector<std::string>& items,
                                      std::vector<bool>& marks, bool value) {
  for (const auto& item : items) {
    if (item.empty()) continue;
    bool found = false;
    for (std::size_t i = 0; i < reg.rules.size(); ++i) {
      const RuleInfo& info = *reg.rules[i].info;
      bool prefix = item.size() >= 2 && item.compare(0, 2, "IJ") == 0 && info.code.substr(0, item.size()) == item;
      if (prefix || info.name == item) {
        marks[i] = value;
        found = true;
      }
    }
    if (!found) return item;
  }
  return std::nullopt;
}

std::string Config::relative(const fs::path& path) const {
  fs::path abs = fs::absolute(path).lexically_normal();
  fs::path rel = abs.lexically_relative(dir);
  std::string s = rel.empty() ? abs.generic_string() : rel.generic_string();
  while (!s.empty() && s.back() == '/') s.pop_back();
  return s == "." ? std::string() : s;
}

bool Config::matches_include(std::string_view rel) const {
  return first_match(include.empty() ? default_include() : include, rel) != nullptr;
}

bool Config::included(std::string_view rel) const { return matches_include(rel) && !excluded_here(rel); }

const Glob* Config::excluded_here(std::string_view rel) const { return first_match(exclude, rel); }

bool Config::excluded(std::string_view rel) const {
  return !exclude.empty() && any_ancestor(rel, [&](std::string_view p) { return excluded_here(p) != nullptr; });
}

bool PerFile::applies(std::string_view rel) const {
  return any_ancestor(rel, [&](std::string_view p) { return glob.matches(p); });
}

bool Config::apply_per_file(std::string_view rel, LintOptions& options) const {
  bool any = apply_per_file_ignores(rel, *options.registry, options.selected);
  for (const auto& pf : per_file_supplied_fields) {
    if (!pf.applies(rel)) continue;
    options.supplied_fields.insert(options.supplied_fields.end(), pf.items.begin(), pf.items.end());
    any = true;
  }
  return any;
}

bool Config::apply_per_file_ignores(std::string_view rel, const Registry& reg, std::vector<bool>& selected) const {
  bool any = false;
  for (const auto& pf : per_file_ignores) {
    if (!pf.applies(rel)) continue;
    if (selected.empty()) selected.assign(reg.rules.size(), true);
    mark_rules(reg, pf.items, selected, false);
    any = true;
  }
  return any;
}

Config default_config(const fs::path& working_dir) {
  Config c;
  c.dir = normal_dir(working_dir);
  return c;
}

ConfigLoad parse_config(std::string_view text, const fs::path& dir, const std::string& display, const Registry& reg) {
  Parser parser(text, display, reg);
  LoadResult loaded = load_json(text);
  if (!loaded.ok) {
    parser.fail(loaded.error.offset, "invalid JSON: " + loaded.error.message);
    return {std::nullopt, parser.error};
  }
  Config config;
  config.display = display;
  config.dir = normal_dir(dir);
  if (!parser.settings(loaded.root, config)) return {std::nullopt, parser.error};
  return {std::move(config), {}};
}

ConfigLoad load_config(const fs::path& file, const std::string& display, const Registry& reg) {
  std::ifstream in(file, std::ios::binary);
  std::error_code ec;
  if (!in || fs::is_directory(file, ec)) {
    std::string reason = fs::is_directory(file, ec) ? std::strerror(EISDIR) : std::strerror(errno);
    return {std::nullopt, "cannot read " + display + ": " + reason};
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return parse_config(ss.str(), fs::absolute(file).parent_path(), display, reg);
}

}  // namespace ijl

namespace ijl {

ConfigSet::ConfigSet(const Registry& reg, fs::path cwd, Mode mode, fs::path file)
    : reg_(reg), cwd_(normal_dir(cwd)), mode_(mode), file_(std::move(file)) {}

std::string ConfigSet::display(const fs::path& file) const {
  if (mode_ == Mode::Explicit) return file_.string();
  return fs::absolute(file).lexically_normal().lexically_relative(cwd_).generic_string();
}

const Config* ConfigSet::load(const fs::path& file) {
  ConfigLoad loaded = load_config(file, display(file), reg_);
  if (!loaded.config) {
    error_ = loaded.error;
    return nullptr;
  }
  configs_.push_back(std::move(*loaded.config));
  return &configs_.back();
}

const Config* ConfigSet::for_dir(const fs::path& dir) {
  if (mode_ != Mode::Discover) {
    if (configs_.empty()) {
      if (mode_ == Mode::Explicit) return load(file_);
      configs_.push_back(default_config(cwd_));
    }
    return &configs_.front();
  }
  // Up from `dir` to the first folder already known or holding a config file; every folder
  // on the way then shares the answer.
  std::vector<std::string> visited;
  const Config* found = nullptr;
  std::error_code ec;
  for (fs::path d = normal_dir(dir);; d = d.parent_path()) {
    auto known = by_dir_.find(d.native());
    if (known != by_dir_.end()) {
      found = known->second;
      break;
    }
    visited.push_back(d.native());
    fs::path candidate = d / kConfigName;
    if (fs::is_regular_file(candidate, ec)) {
      found = load(candidate);
      if (!found) return nullptr;
      break;
    }
    if (!d.has_relative_path()) {
      configs_.push_back(default_config(cwd_));
      found = &configs_.back();
      break;
    }
  }
  for (auto& v : visited) by_dir_.emplace(std::move(v), found);
  return found;
}

}  // namespace ijl
