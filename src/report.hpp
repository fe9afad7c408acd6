// Reporters: one pure function per format turns the linted files into the report text.
// They read only their arguments (no environment, no terminal probing): the CLI decides
// colour and collects everything a reporter needs, including the source lines `text` shows.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine.hpp"

namespace ijl {

// The part of a source line a diagnostic starts on that `text` may show: the whole line
// when it is short, else a window around the start (a minified file is one line of
// megabytes, and it may carry thousands of findings).
struct Excerpt {
  std::string text;               // without the line break
  std::uint32_t first_column = 1;  // the line's column of text's first code point
  bool cut_end = false;            // the line goes on after text
};

// One linted file as the reporters see it.
struct LintedFile {
  FileReport report;
  // Parallel to report.diagnostics; only `text` reads them. Kept per diagnostic rather
  // than keeping the file's bytes, so a run over millions of clean NDJSON records does not
  // hold them all.
  std::vector<Excerpt> excerpts;
};

// A whole run: the linted files in report order (skipped files are only counted).
struct RunReport {
  std::vector<LintedFile> files;
  std::size_t skipped = 0;  // walked documents that are not jobs of any dialect
  std::vector<std::string> unreadable;  // paths that could not be read, as given
  // The rules that ran, for `sarif`'s rule table; a rule that reported but is missing here
  // is described too, so a run built by hand may leave this empty.
  std::vector<const RuleInfo*> rules;
};

struct ReportOptions {
  bool color = false;  // ANSI colours in `text`
  bool quiet = false;  // no summary line in `text`
};

// Builds the LintedFile for `report`, taking each diagnostic's excerpt from `bytes` (the
// bytes the report was made from; positions already resolved).
LintedFile make_linted_file(FileReport report, std::string_view bytes);

enum class ReportFormat : std::uint8_t { Text, Concise, Json, Sarif, Github };
inline constexpr std::string_view kReportFormatNames[] = {"text", "concise", "json", "sarif", "github"};
std::optional<ReportFormat> parse_report_format(std::string_view name);

std::string render_report(ReportFormat format, const RunReport& run, const ReportOptions& options);

std::string render_text(const RunReport& run, const ReportOptions& options);
std::string render_concise(const RunReport& run);
std::string render_json(const RunReport& run);
std::string render_sarif(const RunReport& run);
std::string render_github(const RunReport& run);

// `text`'s closing line, without a line break: "Found 3 errors and 1 warning in 2 of 10
// files (4 skipped).", "All 10 files passed." or "No job files linted (3 skipped)."; never
// "passed" for no file; paths that could not be read are named ("2 files passed; 1 path
// could not be read: jobs/x.json.").
std::string summary_line(const RunReport& run);

// RFC 6901: "/" + each segment with `~` written `~0` and `/` written `~1`; "" for the root.
std::string pointer_to_string(const std::vector<std::string>& segments);

// The first line of a `text` diagnostic: `path:line:col: severity CODE name: message`.
// Shared by `text` and `concise`; control characters in the message are made visible.
std::string diagnostic_headline(const std::string& path, const Diagnostic& d, bool color);

// The ANSI escape that starts a severity's colour in `text` ("\x1b[0m" ends it).
const char* severity_color(Severity s);

// Replaces C0 control characters other than tab, and DEL, by U+FFFD, one code point for
// one, so a file or message cannot drive the terminal and columns stay aligned.
std::string sanitize_for_terminal(std::string_view s);

}  // namespace ijl
