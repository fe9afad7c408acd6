// The `github` report: one GitHub Actions workflow command per diagnostic, which the
// runner turns into an annotation on the file and lines.
#include "report.hpp"

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

}  // namespace

std::string render_github(const RunReport& run) {
  std::string out;
  for (const auto& f : run.files) {
    const std::string file = escape(f.report.path, true);
    for (const auto& d : f.report.diagnostics) {
      out += "::" + std::string(command(d.severity)) + " file=" + file;
      out += ",line=" + std::to_string(d.start.line) + ",col=" + std::to_string(d.start.column);
      out += ",endLine=" + std::to_string(d.end.line) + ",endColumn=" + std::to_string(d.end.column);
      out += ",title=" + escape(std::string(d.rule->code) + " " + std::string(d.rule->name), true);
      out += "::" + escape(d.message, false) + "\n";
    }
  }
  return out;
}

}  // namespace ijl
