// The command line's options: parsed once, checked, with formats and modes as enums.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "config.hpp"
#include "report.hpp"

namespace ijl::cli {

enum class Color : std::uint8_t { Auto, Always, Never };

struct Options {
  std::vector<std::string> paths;  // "-" at most once; none: "."
  ReportFormat format = ReportFormat::Text;
  std::string output;
  std::string now;
  bool dialect_set = false;  // --dialect given; then nullopt `dialect` means auto
  std::optional<Dialect> dialect;
  std::optional<std::vector<std::string>> select;  // given: at least one item
  std::vector<std::string> ignore;
  std::optional<FailOn> fail_on;
  std::string config;
  bool no_config = false;
  bool force_exclude = false;
  bool skip_non_jobs = false;
  bool allow_no_jobs = false;
  std::optional<bool> respect_gitignore;
  std::vector<std::string> placeholders;  // regular expressions, all valid
  bool show_files = false;
  bool statistics = false;
  std::string show_settings;
  std::string stdin_filename;
  unsigned jobs = 0;  // 0: one per CPU
  bool list_rules = false;
  std::string explain;
  Color color = Color::Auto;
  bool quiet = false;
  std::string write_docs;
  std::string baseline;        // --baseline FILE
  std::string write_baseline;  // --write-baseline FILE
  bool fix = false;            // apply the fixes in place, then report what remains
  bool diff = false;           // print the fixes as a unified diff instead of the report
  std::optional<std::string> docs_url;        // --docs-url (sarif helpUri); over the config's
  std::optional<std::size_t> max_warnings;  // exit 1 when more warnings than this
};

// What parsing gave: the options, or the exit code to stop with (0 after --help or
// --version, 2 after a usage error, already printed as "iotjob-lint: ...").
struct Parsed {
  std::optional<Options> options;
  int exit_code = 0;
};

Parsed parse_options(int argc, char** argv);

}  // namespace ijl::cli
