// Reporters: one per format turns the linted files into the report text as they stream by:
// begin, then each file (its diagnostics in one part, or in several for an NDJSON file read
// a block at a time), then end with the counts. Memory does not grow with the findings.
// They read only their arguments (no environment, no terminal probing): the CLI decides
// colour and collects everything a reporter needs, including the source lines `text` shows.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
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
  std::vector<Excerpt> related;    // parallel to the diagnostic's related locations
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
  // `sarif` and `gitlab` name files relative to the repository root (`sarif` under the base
  // %SRCROOT%): the root and the folder the paths as given are relative to, both absolute and
  // lexically normal. Empty: paths as given. The CLI finds them; a reporter never looks.
  std::string source_root{};
  std::string working_dir{};
  // `sarif`: each rule's helpUri is DOCS_URL/CODE.md; empty: no link.
  std::string docs_url{};
  // The severity each rule has in this run where it differs from the rule's default (`sarif`'s
  // defaultConfiguration), by code.
  std::map<std::string, Severity, std::less<>> severity{};
  // The tool version `json`, `sarif` and `junit` name; the golden tests put a placeholder
  // here, so that a release does not rewrite their expectations.
  std::string version = IJL_VERSION;
};

// Builds the LintedFile for `report`, taking each diagnostic's excerpt from `bytes` (the
// bytes the report was made from; positions already resolved).
LintedFile make_linted_file(FileReport report, std::string_view bytes);

enum class ReportFormat : std::uint8_t { Text, Concise, Json, JsonLines, Sarif, Github, Gitlab, Junit };
inline constexpr std::string_view kReportFormatNames[] = {"text",  "concise", "json",   "json-lines",
                                                          "sarif", "github",  "gitlab", "junit"};
std::optional<ReportFormat> parse_report_format(std::string_view name);

// The counts of a run, kept as numbers while the files stream by.
struct Tally {
  std::size_t files = 0;                // linted
  std::size_t files_with_findings = 0;
  std::size_t skipped = 0;
  std::size_t errors = 0, warnings = 0, infos = 0;
  std::vector<std::string> unreadable;  // paths that could not be read, as given
  std::vector<std::string> unreadable_reasons;  // parallel: "cannot read X: why"
  std::map<const RuleInfo*, std::size_t> by_rule;
  // With a baseline: the findings it matched (not counted above) and its entries for the
  // files linted that matched nothing.
  bool baseline = false;
  std::size_t baselined = 0, baseline_unmatched = 0;

  void add(const Diagnostic& d);
};

// One file's header, known when its first part is done (an NDJSON file's dialect is its first
// record's).
struct FileHeader {
  std::string path;
  std::optional<Dialect> dialect;
};

// A streaming reporter. Each call appends to `out`, which the caller writes and clears.
// Calls come in order: begin, then per file: file_begin, diagnostics (any number of parts,
// each sorted, the parts in file order), file_end; then end.
class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void begin(std::string& out) { (void)out; }
  virtual void file_begin(const FileHeader& file, std::string& out) { (void)file, (void)out; }
  // `excerpts` is parallel to `diagnostics`, or empty when the format shows no source.
  virtual void diagnostics(const FileHeader& file, const std::vector<Diagnostic>& diagnostics,
                           const std::vector<Excerpt>& excerpts, std::string& out) = 0;
  virtual void file_end(const FileHeader& file, std::string& out) { (void)file, (void)out; }
  virtual void end(const Tally& tally, std::string& out) { (void)tally, (void)out; }
};

// `github` also answers, after end(), with the Markdown summary the CLI writes to
// $GITHUB_STEP_SUMMARY: the counts per rule and the first findings.
class GithubReporter : public Reporter {
 public:
  virtual std::string step_summary() const = 0;
};

// `rules`: the rules that run (`sarif` lists them up front), in code order.
std::unique_ptr<Reporter> make_reporter(ReportFormat format, const ReportOptions& options,
                                        std::vector<const RuleInfo*> rules);
std::unique_ptr<GithubReporter> make_github_reporter();
// --statistics: instead of the findings, a count per rule (text, or JSON for json formats).
std::unique_ptr<Reporter> make_statistics_reporter(bool json);
// Whether the format shows source lines (only `text` does).
bool shows_excerpts(ReportFormat format);

// A whole run held in memory, rendered through the streaming reporter (tests, benchmarks).
std::string render_report(ReportFormat format, const RunReport& run, const ReportOptions& options);
// Runs a whole RunReport through `reporter`, as the command line streams it file by file.
std::string render_with(Reporter& reporter, const RunReport& run);
std::string render_text(const RunReport& run, const ReportOptions& options);
std::string render_concise(const RunReport& run);
std::string render_json(const RunReport& run);
std::string render_sarif(const RunReport& run);
std::string render_github(const RunReport& run);

// `path` as reported, relative to options.source_root and `/`-separated; nullopt when no root
// is set, for stdin, and for a file outside the root.
std::optional<std::string> root_relative(std::string_view path, const ReportOptions& options);
// A finding's fingerprint for `sarif` (partialFingerprints) and `gitlab`: 16 hex digits of
// the path (root-relative where there is a root), code, pointer and value_hash, so it stays
// the same across runs, line moves and edits elsewhere in the file.
std::string fingerprint(std::string_view path, const Diagnostic& d);

// `text`'s closing line, without a line break: "Found 3 errors and 1 warning in 2 of 10
// files (4 skipped).", "All 10 files passed." or "No job files linted (3 skipped)."; never
// "passed" for no file; paths that could not be read are named ("2 files passed; 1 path
// could not be read: jobs/x.json."); with a baseline, "(14 baselined; 3 baseline entries no
// longer match)".
std::string summary_line(const Tally& tally);
std::string summary_line(const RunReport& run);
Tally tally_of(const RunReport& run);

// RFC 6901: "/" + each segment with `~` written `~0` and `/` written `~1`; "" for the root.
std::string pointer_to_string(const std::vector<std::string>& segments);

// The first line of a `text` diagnostic: `path:line:col: severity CODE name: message`.
// Shared by `text` and `concise`; control characters in the message are made visible.
std::string diagnostic_headline(const std::string& path, const Diagnostic& d, bool color);

// The first line of a related location in `text`: `path:line:col: note: message`, coloured
// as diagnostic_headline() colours its place; control characters made visible.
std::string related_headline(const std::string& path, const Related& r, bool color);

// The ANSI escape that starts a severity's colour in `text` ("\x1b[0m" ends it).
const char* severity_color(Severity s);
// The colour of a related location's `note` and carets in `text`.
inline constexpr const char* kNoteColor = "\x1b[1;34m";

// Replaces C0 control characters other than tab, and DEL, by U+FFFD, one code point for
// one, so a file or message cannot drive the terminal and columns stay aligned.
std::string sanitize_for_terminal(std::string_view s);

}  // namespace ijl
