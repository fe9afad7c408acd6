// The `github` report: one GitHub Actions workflow command per diagnostic, which the
// runner turns into an annotation on the file and lines; a closing line on the annotations
// GitHub will not show, and the Markdown step summary the CLI asks for.
#include <algorithm>

#include "report_formats.hpp"

namespace ijl {

namespace {

std::string_view command(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "notice";
  }
  return "error";
}

// The runner's escaping (actions/toolkit's escapeData and escapeProperty): in the message
// `%`, CR and LF; in a property value also `:` and `,`, which end the value. Other control
// characters but tab become U+FFFD, as in `text`: the job log is shown as a terminal would.
std::string escape(std::string_view s, bool property) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += sanitize_for_terminal(std::string_view(&c, 1));
    }
  }
  return out;
}

// GitHub shows at most 10 annotations of each kind (error, warning, notice) from one step,
// and 50 from one job: the "Limitations" of actions/toolkit's docs/problem-matchers.md, which
// apply to workflow commands alike. The rest are only in the log.
constexpr std::size_t kShownPerKind = 10;
// The findings the step summary lists; the counts per rule cover all of them.
constexpr std::size_t kSummaryFindings = 20;

// `s` in a Markdown table cell: what would end the cell or start markup is escaped, a line
// break is a space, and control characters are U+FFFD as in the log.
std::string markdown_cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\r') {
      out += ' ';
    } else if (std::string_view("\\|`*_[]<>#~").find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else {
      out += sanitize_for_terminal(std::string_view(&c, 1));
    }
  }
  return out;
}

class GithubLogReporter : public GithubReporter {
 public:
  void diagnostics(const FileHeader& f, const std::vector<Diagnostic>& ds, const std::vector<Excerpt>&,
                   std::string& out) override {
    const std::string file = escape(f.path, true);
    for (const auto& d : ds) {
      ++per_kind_[static_cast<std::size_t>(d.severity)];
      if (first_.size() < kSummaryFindings) {
        first_.push_back("| " + markdown_cell(f.path) + " | " + std::to_string(d.start.line) + " | " +
                         std::string(severity_name(d.severity)) + " | " + std::string(d.rule->code) + " " +
                         std::string(d.rule->name) + " | " + markdown_cell(d.message) + " |\n");
      }
      out += "::" + std::string(command(d.severity)) + " file=" + file;
      out += ",line=" + std::to_string(d.start.line) + ",col=" + std::to_string(d.start.column);
      out += ",endLine=" + std::to_string(d.end.line) + ",endColumn=" + std::to_string(d.end.column);
      out += ",title=" + escape(std::string(d.rule->code) + " " + std::string(d.rule->name), true);
      out += "::" + escape(d.message, false) + "\n";
    }
  }

  void end(const Tally& tally, std::string& out) override {
    std::size_t hidden = 0;
    for (std::size_t n : per_kind_) hidden += n > kShownPerKind ? n - kShownPerKind : 0;
    if (hidden > 0) {
      out += "iotjob-lint: GitHub shows at most " + std::to_string(kShownPerKind) +
             " error, warning and notice annotations per step; " + std::to_string(hidden) + " of these " +
             std::to_string(per_kind_[0] + per_kind_[1] + per_kind_[2]) +
             " findings are only in this log (the step summary counts them all)\n";
    }
    summary_ = "## iotjob-lint\n\n" + markdown_cell(summary_line(tally)) + "\n";
    if (tally.by_rule.empty()) return;
    std::vector<std::pair<const RuleInfo*, std::size_t>> rows(tally.by_rule.begin(), tally.by_rule.end());
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first->code < b.first->code; });
    summary_ += "\n| Rule | Name | Findings |\n| --- | --- | ---: |\n";
    for (const auto& [rule, n] : rows) {
      summary_ += "| " + std::string(rule->code) + " | " + std::string(rule->name) + " | " + std::to_string(n) + " |\n";
    }
    const std::size_t total = tally.errors + tally.warnings + tally.infos;
    // appended piece by piece: GCC 12 warns (-Wrestrict) about "\n" + std::string(…) here
    summary_ += '\n';
    summary_ += total > first_.size()
                    ? "The first " + std::to_string(first_.size()) + " of " + std::to_string(total) + " findings:"
                    : std::string("Findings:");
    summary_ += "\n\n| File | Line | Severity | Rule | Message |\n| --- | ---: | --- | --- | --- |\n";
    for (const auto& row : first_) summary_ += row;
  }

  std::string step_summary() const override { return summary_; }

 private:
  std::size_t per_kind_[3] = {0, 0, 0};  // by Severity: info, warning, error
  std::vector<std::string> first_;        // table rows of the first findings
  std::string summary_;
};

}  // namespace

std::unique_ptr<GithubReporter> make_github_reporter() { return std::make_unique<GithubLogReporter>(); }

}  // namespace ijl
