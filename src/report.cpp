// What the reporters share: format dispatch, excerpts, the summary line, JSON Pointers.
#include "report.hpp"

#include <algorithm>
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
  for (const auto& d : report.diagnostics) file.excerpts.push_back(excerpt_at(bytes, d.range.begin, d.start.column));
  file.report = std::move(report);
  return file;
}

std::optional<ReportFormat> parse_report_format(std::string_view name) {
  for (std::size_t i = 0; i < std::size(kReportFormatNames); ++i) {
    if (kReportFormatNames[i] == name) return static_cast<ReportFormat>(i);
  }
  return std::nullopt;
}

std::string render_report(ReportFormat format, const RunReport& run, const ReportOptions& options) {
  switch (format) {
    case ReportFormat::Text: return render_text(run, options);
    case ReportFormat::Concise: return render_concise(run);
    case ReportFormat::Json: return render_json(run);
    case ReportFormat::Sarif: return render_sarif(run);
    case ReportFormat::Github: return render_github(run);
  }
  throw std::invalid_argument("unknown report format");
}

std::string summary_line(const RunReport& run) {
  std::size_t errors = 0, warnings = 0, infos = 0, with_findings = 0;
  for (const auto& f : run.files) {
    if (!f.report.diagnostics.empty()) ++with_findings;
    for (const auto& d : f.report.diagnostics) {
      switch (d.severity) {
        case Severity::Error: ++errors; break;
        case Severity::Warning: ++warnings; break;
        case Severity::Info: ++infos; break;
      }
    }
  }
  const std::size_t n = run.files.size();
  std::string skipped = run.skipped > 0 ? " (" + std::to_string(run.skipped) + " skipped)" : "";
  std::string unreadable;
  if (!run.unreadable.empty()) {
    const std::size_t shown = std::min<std::size_t>(run.unreadable.size(), 3);
    unreadable = "; " + plural(run.unreadable.size(), "path") + " could not be read: ";
    for (std::size_t i = 0; i < shown; ++i) unreadable += (i ? ", " : "") + sanitize_for_terminal(run.unreadable[i]);
    if (run.unreadable.size() > shown) unreadable += " and " + std::to_string(run.unreadable.size() - shown) + " more";
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

std::string diagnostic_headline(const std::string& path, const Diagnostic& d, bool color) {
  std::string where = sanitize_for_terminal(path) + ":" + std::to_string(d.start.line) + ":" +
                      std::to_string(d.start.column) + ":";
  std::string sev(severity_name(d.severity));
  std::string code(d.rule->code);
  if (color) {
    where = "\x1b[1m" + where + "\x1b[0m";
    sev = severity_color(d.severity) + sev + "\x1b[0m";
    code = "\x1b[1m" + code + "\x1b[0m";
  }
  return where + " " + sev + " " + code + " " + std::string(d.rule->name) + ": " + sanitize_for_terminal(d.message);
}

}  // namespace ijl
