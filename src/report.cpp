// What the reporters share: format dispatch, excerpts, the summary line, JSON Pointers.
#include "report.hpp"

#include "report_formats.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iterator>
#include <stdexcept>

namespace ijl {

namespace {

// Code points an excerpt keeps before and after a diagnostic's start: a whole line of up
// to 120 (all `text` shows unwindowed) and more than the window it cuts from a longer one.
constexpr std::uint32_t kBefore = 130;
constexpr std::uint32_t kAfter = 400;

bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// The excerpt around byte `offset`, which is at `column` of its line: the column says
// where the line starts without searching for it (LineIndex's lines: `\n`, `\r\n` and a
// lone `\r` end one; a BOM takes no column).
Excerpt excerpt_at(std::string_view bytes, std::size_t offset, std::uint32_t column) {
  if (offset > bytes.size()) offset = bytes.size();
  Excerpt e;
  std::size_t begin = offset;
  std::uint32_t back = 0;
  while (back + 1 < column && back < kBefore && begin > 0) {
    --begin;
    if (starts_code_point(bytes[begin])) ++back;
  }
  e.first_column = column - back;
  std::size_t end = offset;
  std::uint32_t ahead = 0;
  while (end < bytes.size() && bytes[end] != '\n' && bytes[end] != '\r') {
    if (starts_code_point(bytes[end]) && ahead++ == kAfter) {
      e.cut_end = true;
      break;
    }
    ++end;
  }
  e.text.assign(bytes.substr(begin, end - begin));
  return e;
}

std::string plural(std::size_t n, std::string_view word) {
  std::string out = std::to_string(n) + " " + std::string(word);
  if (n != 1) out += 's';
  return out;
}

}  // namespace

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::Error: return "\x1b[1;31m";
    case Severity::Warning: return "\x1b[1;33m";
    case Severity::Info: return "\x1b[1;36m";
  }
  return "";
}

LintedFile make_linted_file(FileReport report, std::string_view bytes) {
  LintedFile file;
  file.excerpts.reserve(report.diagnostics.size());
  for (const auto& d : report.diagnostics) {
    Excerpt e = excerpt_at(bytes, d.range.begin, d.start.column);
    for (const auto& r : d.related) e.related.push_back(excerpt_at(bytes, r.range.begin, r.start.column));
    file.excerpts.push_back(std::move(e));
  }
  file.report = std::move(report);
  return file;
}

std::optional<ReportFormat> parse_report_format(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kReportFormatNames); ++i) {
    if (kReportFormatNames[i] == name) return static_cast<ReportFormat>(i);
  }
  return std::nullopt;
}

void Tally::add(const Diagnostic& d) {
  switch (d.severity) {
    case Severity::Error: ++errors; break;
    case Severity::Warning: ++warnings; break;
    case Severity::Info: ++infos; break;
  }
  ++by_rule[d.rule];
}

bool shows_excerpts(ReportFormat format) { return format == ReportFormat::Text; }

std::unique_ptr<Reporter> make_reporter(ReportFormat format, const ReportOptions& options,
                                        std::vector<const RuleInfo*> rules) {
  switch (format) {
    case ReportFormat::Text: return make_text_reporter(options);
    case ReportFormat::Concise: return make_concise_reporter();
    case ReportFormat::Json: return make_json_reporter(options);
    case ReportFormat::JsonLines: return make_json_lines_reporter();
    case ReportFormat::Sarif: return make_sarif_reporter(options, std::move(rules));
    case ReportFormat::Github: return make_github_reporter();
    case ReportFormat::Gitlab: return make_gitlab_reporter(options);
    case ReportFormat::Junit: return make_junit_reporter(options);
  }
  throw std::invalid_argument("unknown report format");
}

namespace {

// Sorted by count, most first, then by code: "IJ106 × 14,000" is the answer a fleet wants.
std::vector<std::pair<const RuleInfo*, std::size_t>> ranked(const Tally& t) {
  std::vector<std::pair<const RuleInfo*, std::size_t>> rows(t.by_rule.begin(), t.by_rule.end());
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.second != b.second ? a.second > b.second : a.first->code < b.first->code;
  });
  return rows;
}

class StatisticsReporter : public Reporter {
 public:
  explicit StatisticsReporter(bool json) : json_(json) {}
  void diagnostics(const FileHeader&, const std::vector<Diagnostic>&, const std::vector<Excerpt>&,
                   std::string&) override {}
  void end(const Tally& t, std::string& out) override {
    auto rows = ranked(t);
    if (json_) {
      out += "[";
      for (std::size_t i = 0; i < rows.size(); ++i) {
        out += i ? ",\n" : "\n";
        out += "  {\"code\": \"" + std::string(rows[i].first->code) + "\", \"name\": \"" +
               std::string(rows[i].first->name) + "\", \"count\": " + std::to_string(rows[i].second) + "}";
      }
      out += rows.empty() ? "]\n" : "\n]\n";
      return;
    }
    std::size_t width = 1;
    for (const auto& [rule, n] : rows) width = std::max(width, std::to_string(n).size());
    for (const auto& [rule, n] : rows) {
      std::string count = std::to_string(n);
      out += std::string(width - count.size(), ' ') + count + "  " + std::string(rule->code) + "  " +
             std::string(rule->name) + "\n";
    }
  }

 private:
  bool json_;
};

}  // namespace

std::unique_ptr<Reporter> make_statistics_reporter(bool json) { return std::make_unique<StatisticsReporter>(json); }

Tally tally_of(const RunReport& run) {
  Tally t;
  t.files = run.files.size();
  t.skipped = run.skipped;
  t.unreadable = run.unreadable;
  for (const auto& path : run.unreadable) t.unreadable_reasons.push_back("cannot read " + path);
  for (const auto& f : run.files) {
    if (!f.report.diagnostics.empty()) ++t.files_with_findings;
    for (const auto& d : f.report.diagnostics) t.add(d);
  }
  return t;
}

std::string render_report(ReportFormat format, const RunReport& run, const ReportOptions& options) {
  // the rules that ran plus any rule that reported, in code order (a run built by hand may list none)
  std::map<std::string_view, const RuleInfo*> by_code;
  for (const RuleInfo* r : run.rules) by_code.emplace(r->code, r);
  for (const auto& f : run.files) {
    for (const auto& d : f.report.diagnostics) by_code.emplace(d.rule->code, d.rule);
  }
  std::vector<const RuleInfo*> rules;
  for (const auto& [code, info] : by_code) rules.push_back(info);
  auto reporter = make_reporter(format, options, std::move(rules));
  return render_with(*reporter, run);
}

std::string render_with(Reporter& reporter, const RunReport& run) {
  std::string out;
  reporter.begin(out);
  for (const auto& f : run.files) {
    FileHeader header{f.report.path, f.report.dialect};
    reporter.file_begin(header, out);
    reporter.diagnostics(header, f.report.diagnostics, f.excerpts, out);
    reporter.file_end(header, out);
  }
  reporter.end(tally_of(run), out);
  return out;
}

std::string render_text(const RunReport& run, const ReportOptions& options) {
  return render_report(ReportFormat::Text, run, options);
}
std::string render_concise(const RunReport& run) { return render_report(ReportFormat::Concise, run, {}); }
std::string render_json(const RunReport& run) { return render_report(ReportFormat::Json, run, {}); }
std::string render_sarif(const RunReport& run) { return render_report(ReportFormat::Sarif, run, {}); }
std::string render_github(const RunReport& run) { return render_report(ReportFormat::Github, run, {}); }

std::string summary_line(const RunReport& run) { return summary_line(tally_of(run)); }

std::string summary_line(const Tally& t) {
  const std::size_t errors = t.errors, warnings = t.warnings, infos = t.infos, with_findings = t.files_with_findings;
  const std::size_t n = t.files;
  std::vector<std::string> notes;  // in one pair of parentheses
  if (t.skipped > 0) notes.push_back(std::to_string(t.skipped) + " skipped");
  if (t.baseline) {
    notes.push_back(std::to_string(t.baselined) + " baselined");
    if (t.baseline_unmatched > 0) {
      notes.push_back(std::to_string(t.baseline_unmatched) +
                      (t.baseline_unmatched == 1 ? " baseline entry no longer matches" : " baseline entries no longer match"));
    }
  }
  std::string skipped;
  for (const auto& note : notes) skipped += (skipped.empty() ? " (" : "; ") + note;
  if (!skipped.empty()) skipped += ")";
  std::string unreadable;
  if (!t.unreadable.empty()) {
    const std::size_t shown = std::min<std::size_t>(t.unreadable.size(), 3);
    unreadable = "; " + plural(t.unreadable.size(), "path") + " could not be read: ";
    for (std::size_t i = 0; i < shown; ++i) unreadable += (i ? ", " : "") + sanitize_for_terminal(t.unreadable[i]);
    if (t.unreadable.size() > shown) unreadable += " and " + std::to_string(t.unreadable.size() - shown) + " more";
  }
  if (n == 0) return "No job files linted" + skipped + unreadable + ".";
  if (with_findings == 0) {
    if (n == 1) return "1 file passed" + skipped + unreadable + ".";
    return (unreadable.empty() ? "All " : "") + std::to_string(n) + " files passed" + skipped + unreadable + ".";
  }
  std::vector<std::string> parts;
  if (errors) parts.push_back(plural(errors, "error"));
  if (warnings) parts.push_back(plural(warnings, "warning"));
  if (infos) parts.push_back(plural(infos, "info"));
  std::string counts = parts[0];
  for (std::size_t i = 1; i < parts.size(); ++i) counts += (i + 1 == parts.size() ? " and " : ", ") + parts[i];
  return "Found " + counts + " in " + std::to_string(with_findings) + " of " + plural(n, "file") + skipped +
         unreadable + ".";
}

std::optional<std::string> root_relative(std::string_view path, const ReportOptions& options) {
  namespace fs = std::filesystem;
  if (options.source_root.empty() || path.empty() || path == "-") return std::nullopt;
  fs::path p{std::string(path)};
  if (p.is_relative()) p = fs::path(options.working_dir) / p;
  fs::path rel = p.lexically_normal().lexically_relative(fs::path(options.source_root));
  const std::string out = rel.generic_string();
  if (out.empty() || out == "." || out == ".." || out.starts_with("../")) return std::nullopt;
  return out;
}

std::string fingerprint(std::string_view path, const Diagnostic& d) {
  std::string key(path);
  key += '\0';
  key += d.rule->code;
  key += '\0';
  key += pointer_to_string(d.pointer);
  key += '\0';
  key += std::to_string(d.value_hash);
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(stable_hash(key)));
  return hex;
}

std::string pointer_to_string(const std::vector<std::string>& segments) {
  std::string out;
  for (const auto& s : segments) {
    out += '/';
    for (char c : s) {
      if (c == '~') {
        out += "~0";
      } else if (c == '/') {
        out += "~1";
      } else {
        out += c;
      }
    }
  }
  return out;
}

std::string sanitize_for_terminal(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t') || u == 0x7F) {
      out += "\xEF\xBF\xBD";  // U+FFFD
    } else {
      out += c;
    }
  }
  return out;
}

namespace {

std::string place(const std::string& path, const Position& p, bool color) {
  std::string where = sanitize_for_terminal(path) + ":" + std::to_string(p.line) + ":" + std::to_string(p.column) + ":";
  return color ? "\x1b[1m" + where + "\x1b[0m" : where;
}

}  // namespace

std::string related_headline(const std::string& path, const Related& r, bool color) {
  std::string note = color ? std::string(kNoteColor) + "note" + "\x1b[0m" : "note";
  return place(path, r.start, color) + " " + note + ": " + sanitize_for_terminal(r.message);
}

std::string diagnostic_headline(const std::string& path, const Diagnostic& d, bool color) {
  std::string where = place(path, d.start, color);
  std::string sev(severity_name(d.severity));
  std::string code(d.rule->code);
  if (color) {
    sev = severity_color(d.severity) + sev + "\x1b[0m";
    code = "\x1b[1m" + code + "\x1b[0m";
  }
  return where + " " + sev + " " + code + " " + std::string(d.rule->name) + ": " + sanitize_for_terminal(d.message);
}

}  // namespace ijl
