// Reads, matches and writes baseline files (docs/baseline.md).
#include "baseline.hpp"

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "report.hpp"

namespace ijl {

namespace fs = std::filesystem;

namespace {

constexpr int kVersion = 1;

std::string json_string(const std::string& s) {
  return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string hex(std::uint64_t h) {
  char out[17];
  std::snprintf(out, sizeof out, "%016llx", static_cast<unsigned long long>(h));
  return out;
}

}  // namespace

Baseline::Baseline(const fs::path& file) : dir_(fs::absolute(file).lexically_normal().parent_path()) {}

std::optional<Baseline> Baseline::load(const fs::path& file, std::string& error) {
  const std::string name = "baseline " + file.string();
  std::ifstream in(file, std::ios::binary);
  if (!in) {
    error = "cannot read " + name + ": no such file or not readable (write one with --write-baseline)";
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  nlohmann::json doc = nlohmann::json::parse(text.str(), nullptr, false);
  if (doc.is_discarded()) {
    error = name + ": not valid JSON";
    return std::nullopt;
  }
  auto fail = [&](const std::string& what) {
    error = name + ": " + what;
    return std::nullopt;
  };
  if (!doc.is_object()) return fail("expected an object with \"version\" and \"entries\"");
  if (!doc.contains("version") || doc["version"] != kVersion) {
    return fail("\"version\" must be " + std::to_string(kVersion) + " (this is iotjob-lint " IJL_VERSION ")");
  }
  for (const auto& [k, v] : doc.items()) {
    if (k != "version" && k != "tool" && k != "entries") return fail("unknown key \"" + k + "\"");
  }
  if (!doc.contains("entries") || !doc["entries"].is_array()) return fail("\"entries\" must be a list");
  Baseline b(file);
  std::size_t i = 0;
  for (const auto& e : doc["entries"]) {
    const std::string where = "entries[" + std::to_string(i++) + "]";
    if (!e.is_object()) return fail(where + ": expected an object");
    for (const auto& [k, v] : e.items()) {
      if (k != "path" && k != "code" && k != "pointer" && k != "hash" && k != "count") {
        return fail(where + ": unknown key \"" + k + "\"");
      }
    }
    BaselineKey key;
    for (auto [field, out] : {std::pair{"path", &key.path}, {"code", &key.code}, {"pointer", &key.pointer}, {"hash", &key.hash}}) {
      if (!e.contains(field) || !e[field].is_string()) return fail(where + ": \"" + field + "\" must be a string");
      *out = e[field].get<std::string>();
    }
    std::size_t count = 1;
    if (e.contains("count")) {
      if (!e["count"].is_number_unsigned() || e["count"].get<std::uint64_t>() == 0) {
        return fail(where + ": \"count\" must be a positive integer");
      }
      count = e["count"].get<std::size_t>();
    }
    b.left_[key] += count;
  }
  return b;
}

std::string Baseline::key_path(const Input& in) const {
  if (in.is_stdin) {
    std::string name = in.display;
    while (name.starts_with("./")) name.erase(0, 2);
    return name;
  }
  return fs::absolute(in.path).lexically_normal().lexically_relative(dir_).generic_string();
}

BaselineKey Baseline::key(const std::string& path, const Diagnostic& d) const {
  return {path, std::string(d.rule->code), pointer_to_string(d.pointer), hex(d.value_hash)};
}

bool Baseline::take(const BaselineKey& key) {
  auto it = left_.find(key);
  if (it == left_.end() || it->second == 0) return false;
  --it->second;
  return true;
}

std::size_t Baseline::unmatched() const {
  std::size_t n = 0;
  for (const auto& [key, count] : left_) n += linted_.count(key.path) ? count : 0;
  return n;
}

std::size_t Baseline::size() const {
  std::size_t n = 0;
  for (const auto& [key, count] : left_) n += count;
  return n;
}

std::string Baseline::render() const {
  std::string out = "{\n  \"version\": " + std::to_string(kVersion) + ",\n  \"tool\": \"iotjob-lint\",\n  \"entries\": [";
  bool first = true;
  for (const auto& [key, count] : left_) {
    if (count == 0) continue;
    out += first ? "\n" : ",\n";
    first = false;
    out += "    {\"path\": " + json_string(key.path) + ", \"code\": " + json_string(key.code) +
           ", \"pointer\": " + json_string(key.pointer) + ", \"hash\": \"" + key.hash + "\", \"count\": " +
           std::to_string(count) + "}";
  }
  out += first ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

}  // namespace ijl
