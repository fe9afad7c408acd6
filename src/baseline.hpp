// A baseline (docs/baseline.md): the findings a repository had when it adopted the linter,
// recorded with --write-baseline, so that --baseline reports only the ones that are new.
#pragma once

#include <compare>
#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "diagnostic.hpp"
#include "discovery.hpp"

namespace ijl {

// What identifies a finding across runs and unrelated edits: no line or record number.
struct BaselineKey {
  std::string path;     // relative to the baseline file's folder, `/`-separated
  std::string code;
  std::string pointer;  // RFC 6901; in an NDJSON file, within its record
  std::string hash;     // the finding's value_hash, 16 hex digits
  auto operator<=>(const BaselineKey&) const = default;
};

class Baseline {
 public:
  // An empty baseline to record into, to be written to `file`.
  explicit Baseline(const std::filesystem::path& file);
  // Reads `file`; nullopt with `error` set ("baseline FILE: what is wrong") when it cannot.
  static std::optional<Baseline> load(const std::filesystem::path& file, std::string& error);

  // The path `in` is keyed by: relative to the baseline's folder (stdin: its name as given).
  std::string key_path(const Input& in) const;
  BaselineKey key(const std::string& path, const Diagnostic& d) const;

  // A file keyed `path` was linted: its entries left unmatched at the end are counted.
  void file_linted(const std::string& path) { linted_.insert(path); }
  // Whether an entry is left for `key`; it is then used up (an entry counted N matches N).
  bool take(const BaselineKey& key);
  void add(const BaselineKey& key) { ++left_[key]; }

  // The entries of the files linted that matched no finding.
  std::size_t unmatched() const;
  // The findings held (the sum of the counts).
  std::size_t size() const;
  // The file's text: version 1, entries sorted, one a line.
  std::string render() const;

 private:
  std::filesystem::path dir_;
  std::map<BaselineKey, std::size_t> left_;
  std::set<std::string> linted_;
};

}  // namespace ijl
