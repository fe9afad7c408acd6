// The `gitlab` report: GitLab's Code Quality report (a JSON array of issues, the subset of
// the Code Climate format GitLab reads: description, check_name, fingerprint, severity,
// location.path, location.lines.begin), streamed an issue at a time. docs/report.md.
#include "report_formats.hpp"

namespace ijl {

namespace {

// GitLab's scale is info, minor, major, critical, blocker. An error is `major` (AWS rejects the
// job, but nothing is broken until it is submitted), a warning `minor`, an info `info`.
std::string_view gitlab_severity(Severity s) {
  switch (s) {
    case Severity::Error: return "major";
    case Severity::Warning: return "minor";
    case Severity::Info: return "info";
  }
  return "major";
}

class GitlabReporter : public Reporter {
 public:
  explicit GitlabReporter(const ReportOptions& options) : options_(options) {}

  void begin(std::string& out) override { out += "["; }

  void file_begin(const FileHeader& f, std::string&) override {
    // "a relative path in the repository"; a file outside it (or stdin) keeps its name as given
    auto rel = root_relative(f.path, options_);
    path_ = rel ? *rel : f.path;
    while (path_.starts_with("./")) path_.erase(0, 2);
  }

  void diagnostics(const FileHeader&, const std::vector<Diagnostic>& ds, const std::vector<Excerpt>&,
                   std::string& out) override {
    for (const auto& d : ds) {
      out += issues_++ ? ",\n" : "\n";
      out += "  {\n    \"description\": ";
      put_json_string(out, std::string(d.rule->code) + " " + std::string(d.rule->name) + ": " + d.message);
      out += ",\n    \"check_name\": ";
      put_json_string(out, d.rule->code);
      out += ",\n    \"fingerprint\": ";
      put_json_string(out, fingerprint(path_, d));
      out += ",\n    \"severity\": ";
      put_json_string(out, gitlab_severity(d.severity));
      out += ",\n    \"location\": {\n      \"path\": ";
      put_json_string(out, path_);
      out += ",\n      \"lines\": {\n        \"begin\": " + std::to_string(d.start.line) + "\n      }\n    }\n  }";
    }
  }

  void end(const Tally&, std::string& out) override { out += issues_ ? "\n]\n" : "]\n"; }

 private:
  ReportOptions options_;
  std::string path_;
  std::size_t issues_ = 0;
};

}  // namespace

std::unique_ptr<Reporter> make_gitlab_reporter(const ReportOptions& options) {
  return std::make_unique<GitlabReporter>(options);
}

}  // namespace ijl
