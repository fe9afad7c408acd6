// Linting what discovery found: reading each input, linting it on worker threads, and
// keeping the results in input order whatever the number of threads.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "baseline.hpp"
#include "discovery.hpp"
#include "report.hpp"

namespace ijl {

// What became of one input (its findings went to the reporter).
struct Verdict {
  enum class Kind : std::uint8_t { Linted, Skipped, Excluded, Unreadable };
  Kind kind = Kind::Skipped;
  std::optional<Dialect> dialect;  // Linted: the first document's (none: IJ001 or IJ006)
  bool syntax_error = false;       // Linted with IJ001
  std::string why;                 // Skipped, Excluded: the reason; Unreadable: the message
};

struct RunOptions {
  std::map<const Config*, LintOptions> options;  // the rules and settings of each config
  bool strict_named = true;    // named files are judged strictly (no --skip-non-jobs)
  bool keep_excerpts = false;  // `text` shows source lines
  unsigned threads = 1;
  // --baseline: the findings it holds are not reported but counted as baselined.
  Baseline* baseline = nullptr;
  // --write-baseline: every finding is recorded here instead of being reported (the run then
  // reports what the next run with this baseline would).
  Baseline* record = nullptr;
};

struct RunResult {
  std::vector<Verdict> verdicts;  // parallel to the inputs
  Tally tally;
  bool write_failed = false;
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

// The options for one input: its config's, less what per-file-ignores switches off for it
// (then held in `scratch`).
const LintOptions& options_for(const Input& in, const RunOptions& run, LintOptions& scratch);

// Reads a file (one open, fstat and read) or stdin (fd 0) under the size cap for JSON and
// YAML; nullopt with `reason` set on failure.
// `regular`: the path is known to be a regular file (one read may then tell its end).
std::optional<std::string> read_path(const std::string& path, std::string& reason, bool regular = false);
std::optional<std::string> read_stdin(std::string& reason);

// Lints `inputs` in order into `reporter`, handing its output to `write` as it is made (false
// from `write`: nothing more is written). Files are linted ahead on worker threads and
// reported in input order; an NDJSON input streams a block at a time.
RunResult run_lint(const std::vector<Input>& inputs, const RunOptions& options, Reporter& reporter,
                   const std::function<bool(std::string_view)>& write);

}  // namespace ijl
