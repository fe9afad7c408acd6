// The configuration file `.iotjob-lint.json` (docs/configuration.md): finding it, reading and
// validating it, and the questions file walking and linting ask of it.
#pragma once

#include <deque>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine.hpp"
#include "glob.hpp"

namespace ijl {

inline constexpr std::string_view kConfigName = ".iotjob-lint.json";

// The lowest severity that fails a run (exit 1); Never: none does.
enum class FailOn : std::uint8_t { Info, Warning, Error, Never };
std::optional<FailOn> parse_fail_on(std::string_view s);
bool fails(Severity s, FailOn threshold);

// `scheme://rest` with a scheme as RFC 3986 spells it (a letter, then letters, digits, + - .).
bool is_absolute_url(std::string_view s);

// A per-file setting: the items (rules, fields) for the files a glob matches, or that sit
// in a folder it matches.
struct PerFile {
  Glob glob;
  std::vector<std::string> items;
  bool applies(std::string_view rel) const;
};

// A validated configuration. Without a config file: no setting, the default include
// globs, and paths relative to the working directory.
struct Config {
  std::string display;         // the file as messages name it; empty: no config file
  std::filesystem::path dir;   // absolute and normal; globs are relative to it
  std::optional<std::vector<std::string>> select;  // all known rule items
  std::vector<std::string> ignore;
  std::vector<std::optional<Severity>> severity;   // by registry index
  std::vector<Glob> include;                       // empty: kDefaultInclude
  std::vector<Glob> exclude;
  std::vector<PerFile> per_file_ignores;  // items: codes, prefixes or names, all known
  bool dialect_set = false;        // "dialect" given; then `dialect` nullopt means auto
  std::optional<Dialect> dialect;
  std::optional<FailOn> fail_on;
  std::optional<bool> respect_gitignore;
  std::optional<std::string> docs_url;  // base of sarif's helpUri; an absolute URL
  std::vector<std::string> placeholders;  // regular expressions, all valid
  std::vector<std::string> supplied_fields;
  std::vector<PerFile> per_file_supplied_fields;  // items: top-level field names, any spelling

  // `path` (absolute or relative to the working directory) relative to `dir`, `/`-separated
  // and lexically normal; "" for `dir` itself; starts with `../` outside it.
  std::string relative(const std::filesystem::path& path) const;
  // A walked file is read when it matches an include glob (by default `*.json`, `*.yaml`,
  // `*.yml`, `*.ndjson`, `*.jsonl`) and is not excluded.
  bool included(std::string_view rel) const;
  // Whether `rel` matches an include glob (by default the job file extensions).
  bool matches_include(std::string_view rel) const;
  // The exclude glob `rel` itself matches (the walker asks for each folder on its way).
  const Glob* excluded_here(std::string_view rel) const;
  // `rel` or a folder above it matches an exclude glob.
  bool excluded(std::string_view rel) const;
  // Switches off, in `selected` (by index into `reg`), the rules per-file-ignores names for
  // `rel` (the globs match `rel` or a folder above it); returns whether any glob matched.
  bool apply_per_file_ignores(std::string_view rel, const Registry& reg, std::vector<bool>& selected) const;
  // per-file-ignores and per-file-supplied-fields for `rel`; whether any glob matched.
  bool apply_per_file(std::string_view rel, LintOptions& options) const;
};

Config default_config(const std::filesystem::path& working_dir);

struct ConfigLoad {
  std::optional<Config> config;
  // set when config is nullopt: "FILE:LINE:COL: KEY: what is wrong" or "cannot read FILE: …"
  std::string error;
};

// Reads and validates `file`, named `display` in messages. Unknown keys, unknown rules,
// malformed globs, values of the wrong type or out of their set, duplicate keys and
// invalid JSON are errors.
ConfigLoad load_config(const std::filesystem::path& file, const std::string& display, const Registry& reg);
ConfigLoad parse_config(std::string_view text, const std::filesystem::path& dir, const std::string& display,
                        const Registry& reg);

// Which configuration applies to the files of each folder: with `--config FILE` that one
// everywhere; with `--no-config` none (defaults; globs relative to the working directory);
// otherwise the closest `.iotjob-lint.json` in or above the folder. Each file is read once,
// each folder looked up once. Not thread-safe: discovery runs before the lint threads.
class ConfigSet {
 public:
  enum class Mode { Discover, Explicit, None };
  ConfigSet(const Registry& reg, std::filesystem::path cwd, Mode mode, std::filesystem::path file = {});

  // The configuration for files directly in `dir`; nullptr when it is not valid (error()).
  const Config* for_dir(const std::filesystem::path& dir);
  // What was wrong with the last configuration that could not be used.
  const std::string& error() const { return error_; }
  // A config file's name in messages: relative to the working directory.
  std::string display(const std::filesystem::path& file) const;

 private:
  const Config* load(const std::filesystem::path& file);

  const Registry& reg_;
  std::filesystem::path cwd_;
  Mode mode_;
  std::filesystem::path file_;
  std::deque<Config> configs_;  // stable addresses
  std::map<std::string, const Config*> by_dir_;
  std::string error_;
};

// Sets `marks[i] = value` for the rules `items` name (codes, code prefixes such as `IJ1`,
// or names); returns the first item that names no rule, if any. Empty items are skipped
// (`--select IJ1,` has a harmless trailing comma).
std::optional<std::string> mark_rules(const Registry& reg, const std::vector<std::string>& items,
                                      std::vector<bool>& marks, bool value);

}  // namespace ijl
