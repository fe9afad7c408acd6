// The engine: bytes to documents to jobs, runs the selected rules, sorts the diagnostics.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.hpp"
#include "fields.hpp"
#include "registry.hpp"
#include "rule.hpp"

namespace ijl {

enum class InputFormat { Json, Yaml, Ndjson };
InputFormat format_for_path(std::string_view path);

struct LintOptions {
  // The catalog to run, which `selected` and `severity` index: the engine is handed it, so
  // the two always travel together. Required (lint_options_for sets it).
  const Registry* registry = nullptr;
  std::vector<bool> selected;                    // by registry index; empty = all
  std::vector<std::optional<Severity>> severity;  // overrides by registry index
  CheckOptions check;
  std::optional<Dialect> dialect;  // nullopt = detect
  std::shared_ptr<const Placeholders> placeholders;  // null: none configured
  std::vector<std::string> supplied_fields;          // top-level fields the command line gives
};

struct FileReport {
  std::string path;
  std::optional<Dialect> dialect;  // the first document's
  std::vector<Diagnostic> diagnostics;
  bool is_job = false;  // some document was a job, or the file is broken and shows job keys
  std::string skip_reason;  // why a file that is no job is skipped ("not a job", …)
};

// `named`: the file was given explicitly and is judged strictly: a non-job document is IJ006
// and a broken file IJ001, whatever it holds. Otherwise (walked, or passed by a pre-commit
// hook with --skip-non-jobs) a file is linted only when it is a job file, and skip_reason says
// why not.
FileReport lint_bytes(std::string_view bytes, InputFormat format, const LintOptions& options, bool named);

// Lints NDJSON `chunk` (whole lines) whose first line is line `first_line` of its file, so
// a large file can be read and reported a chunk at a time. Ranges are offsets into `chunk`;
// positions and `record` are the file's. `is_job` says that some record is a job, or broken
// with job keys in its text (or `named`); non-job records get IJ006 and broken ones IJ001
// either way, which the caller keeps only for a job file.
FileReport lint_ndjson(std::string_view chunk, std::uint64_t first_line, const LintOptions& options, bool named);

}  // namespace ijl
