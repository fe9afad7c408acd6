// What the command line writes besides the report: --show-files, --show-settings, the
// rule documentation, and writing text to stdout or a file.
#pragma once

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "discovery.hpp"
#include "runner.hpp"

namespace ijl::cli {

// Prints "iotjob-lint: MESSAGE" on stderr.
void complain(const std::string& message);

// Writes `text` to stdout (`path` empty) or to the file; complains and returns false on failure.
bool write_output(const std::string& path, const std::string& text);

// Where a streamed report goes: stdout, or a file opened before the run. Each failure is
// reported once ("iotjob-lint: cannot write …") and makes every later call fail.
class Output {
 public:
  Output() = default;
  Output(const Output&) = delete;
  Output& operator=(const Output&) = delete;
  ~Output();
  bool open(const std::string& path);  // "": stdout
  bool write(std::string_view text);
  bool close();

 private:
  bool fail(const std::string& what);
  std::FILE* file_ = nullptr;
  std::string path_;
  bool ok_ = true;
};

// Appends `text` to the file `path` (GitHub's step summary); complains and returns false on failure.
bool append_output(const std::string& path, const std::string& text);

// --list-rules --format json: {"version": 1, "rules": [{code, name, severity, summary, doc}]},
// one rule a line; `doc` is the rule's page in the repository (docs/rules/IJ101.md).
std::string render_list_rules_json(const Registry& reg);

// rules.md, rules/IJnnn.md and fields.md into `dir`.
bool write_docs(const std::filesystem::path& dir);

// One line per path found: `PATH: linted (DIALECT)`, `PATH: skipped (WHY)`,
// `PATH: excluded (WHY)` (folders end in `/`), `PATH: unreadable (WHY)`.
std::string render_show_files(const std::vector<Input>& inputs, const std::vector<Verdict>& verdicts);

// The config file that applies to `path` and the settings resolved for it, one per line.
std::string render_show_settings(const std::string& path, const Config& config, const LintOptions& options,
                                 FailOn fail_on, bool respect_gitignore);

// Why a folder named on the command line gave no job file: "no file matched the include
// globs", or "3 files skipped: 2 not a job, 1 invalid JSON without job keys; 1 path excluded".
std::string empty_root_reason(const Root& root, const std::vector<Verdict>& verdicts);

}  // namespace ijl::cli
