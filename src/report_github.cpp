// The `github` report: one GitHub Actions workflow command per diagnostic, which the
// runner turns into an annotation on the file and lines.
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

class GithubReporter : public Reporter {
 public:
  void diagnostics(const FileHeader& f, const std::vector<Diagnostic>& ds, const std::vector<Excerpt>&,
                   std::string& out) override {
    const std::string file = escape(f.path, true);
    for (const auto& d : ds) {
      out += "::" + std::string(command(d.severity)) + " file=" + file;
      out += ",line=" + std::to_string(d.start.line) + ",col=" + std::to_string(d.start.column);
      out += ",endLine=" + std::to_string(d.end.line) + ",endColumn=" + std::to_string(d.end.column);
      out += ",title=" + escape(std::string(d.rule->code) + " " + std::string(d.rule->name), true);
      out += "::" + escape(d.message, false) + "\n";
    }
  }
};

}  // namespace

std::unique_ptr<Reporter> make_github_reporter() { return std::make_unique<GithubReporter>(); }

}  // namespace ijl
