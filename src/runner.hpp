// Linting what discovery found: reading each input, linting it on worker threads, and
// keeping the results in input order whatever the number of threads.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "discovery.hpp"
#include "report.hpp"

namespace ijl {

// What became of one input.
struct Outcome {
  std::optional<LintedFile> file;  // linted
  std::string error;               // could not be read: the message
  std::string skip_reason;         // skipped: why ("not a job", …); also for excluded inputs
};

struct RunOptions {
  std::map<const Config*, LintOptions> options;  // the rules and settings of each config
  bool strict_named = true;    // named files are judged strictly (no --skip-non-jobs)
  bool keep_excerpts = false;  // `text` shows source lines
  unsigned threads = 1;
};

// What the command line says about linting, on top of each config.
struct CommandLineChoices {
  std::optional<std::vector<std::string>> select;
  std::vector<std::string> ignore;
  bool dialect_set = false;  // then `dialect` replaces the config's (nullopt: auto)
  std::optional<Dialect> dialect;
  std::vector<std::string> placeholders;  // added to the config's; all valid
  CheckOptions check;
};

// The LintOptions of `config` with the command line's choices on top: the config's select
// (all rules without one) less its ignore; a command-line select starts over from exactly
// those rules; its ignore switches off more.
LintOptions lint_options_for(const Config& config, const Registry& reg, const CommandLineChoices& cli);

// Reads a file (one open, fstat and read) or stdin (fd 0) under the size cap for JSON and
// YAML; nullopt with `reason` set on failure.
std::optional<std::string> read_path(const std::filesystem::path& path, std::string& reason);
std::optional<std::string> read_stdin(std::string& reason);

std::vector<Outcome> lint_inputs(const std::vector<Input>& inputs, const RunOptions& options);

}  // namespace ijl
