// What the command line writes besides the report: --show-files, --show-settings, the
// rule documentation, and writing text to stdout or a file.
#pragma once

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

// rules.md, rules/IJnnn.md and fields.md into `dir`.
bool write_docs(const std::filesystem::path& dir);

// One line per path found: `PATH: linted (DIALECT)`, `PATH: skipped (WHY)`,
// `PATH: excluded (WHY)` (folders end in `/`), `PATH: unreadable (WHY)`.
std::string render_show_files(const std::vector<Input>& inputs, const std::vector<Outcome>& outcomes);

// The config file that applies to `path` and the settings resolved for it, one per line.
std::string render_show_settings(const std::string& path, const Config& config, const LintOptions& options,
                                 FailOn fail_on, bool respect_gitignore);

// "N files skipped: 3 not a job, 1 invalid JSON without job keys" for the inputs of a root.
std::string skipped_breakdown(const std::vector<std::size_t>& indices, const std::vector<Outcome>& outcomes);

}  // namespace ijl::cli
