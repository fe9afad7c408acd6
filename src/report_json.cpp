// The `json` report, version 1: the stable contract for editors and scripts (docs/report.md).
// Written straight into the output in nlohmann's `dump(2)` layout: a tree of every
// diagnostic first would cost about 2 KB a finding (a fleet audit has hundreds of thousands).
#include <nlohmann/json.hpp>

#include "report.hpp"

namespace ijl {

namespace {

// Appends `s` as a JSON string; bytes that are not UTF-8 (file names, IJ001 on a non-UTF-8
// file) become U+FFFD instead of failing the whole report.
void put_string(std::string& out, std::string_view s) {
  bool plain = true;
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7F || c == '"' || c == '\\') {
      plain = false;
      break;
    }
  }
  if (plain) {
    out += '"';
    out += s;
    out += '"';
    return;
  }
  out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// `"key": ` at `depth` levels of two spaces.
void put_key(std::string& out, int depth, std::string_view key) {
  out.append(static_cast<std::size_t>(depth) * 2, ' ');
  put_string(out, key);
  out += ": ";
}

void put_position(std::string& out, int depth, std::string_view key, const Position& p) {
  put_key(out, depth, key);
  out += "{\n";
  put_key(out, depth + 1, "line");
  out += std::to_string(p.line) + ",\n";
  put_key(out, depth + 1, "column");
  out += std::to_string(p.column) + "\n";
  out.append(static_cast<std::size_t>(depth) * 2, ' ');
  out += '}';
}

void put_diagnostic(std::string& out, const Diagnostic& d) {
  const int depth = 5;  // inside files[i].diagnostics
  out.append((depth - 1) * 2, ' ');
  out += "{\n";
  auto field = [&](std::string_view key, std::string_view value) {
    put_key(out, depth, key);
    put_string(out, value);
    out += ",\n";
  };
  field("code", d.rule->code);
  field("name", d.rule->name);
  field("severity", severity_name(d.severity));
  field("message", d.message);
  field("pointer", pointer_to_string(d.pointer));
  put_key(out, depth, "range");
  out += "{\n";
  put_position(out, depth + 1, "start", d.start);
  out += ",\n";
  put_position(out, depth + 1, "end", d.end);
  out += '\n';
  out.append(static_cast<std::size_t>(depth) * 2, ' ');
  out += '}';
  if (d.record) {
    out += ",\n";
    put_key(out, depth, "record");
    out += std::to_string(*d.record);
  }
  out += '\n';
  out.append((depth - 1) * 2, ' ');
  out += '}';
}

}  // namespace

std::string render_json(const RunReport& run) {
  std::size_t errors = 0, warnings = 0, infos = 0;
  std::string out = "{\n";
  put_key(out, 1, "version");
  out += "1,\n";
  put_key(out, 1, "tool");
  out += "{\n";
  put_key(out, 2, "name");
  put_string(out, "iotjob-lint");
  out += ",\n";
  put_key(out, 2, "version");
  put_string(out, IJL_VERSION);
  out += "\n  },\n";
  put_key(out, 1, "files");
  out += run.files.empty() ? "[]" : "[\n";
  for (std::size_t i = 0; i < run.files.size(); ++i) {
    const FileReport& f = run.files[i].report;
    out += "    {\n";
    put_key(out, 3, "path");
    put_string(out, f.path);
    out += ",\n";
    put_key(out, 3, "dialect");
    if (f.dialect) {
      put_string(out, dialect_name(*f.dialect));
    } else {
      out += "null";
    }
    out += ",\n";
    put_key(out, 3, "diagnostics");
    out += f.diagnostics.empty() ? "[]" : "[\n";
    for (std::size_t k = 0; k < f.diagnostics.size(); ++k) {
      const Diagnostic& d = f.diagnostics[k];
      put_diagnostic(out, d);
      out += k + 1 < f.diagnostics.size() ? ",\n" : "\n";
      switch (d.severity) {
        case Severity::Error: ++errors; break;
        case Severity::Warning: ++warnings; break;
        case Severity::Info: ++infos; break;
      }
    }
    if (!f.diagnostics.empty()) out += "      ]";
    out += "\n    }";
    out += i + 1 < run.files.size() ? ",\n" : "\n";
  }
  if (!run.files.empty()) out += "  ]";
  out += ",\n";
  put_key(out, 1, "summary");
  out += "{\n";
  auto count = [&](std::string_view key, std::size_t n, bool last) {
    put_key(out, 2, key);
    out += std::to_string(n);
    out += last ? "\n" : ",\n";
  };
  count("files", run.files.size(), false);
  count("skipped", run.skipped, false);
  count("errors", errors, false);
  count("warnings", warnings, false);
  count("infos", infos, true);
  out += "  }\n}\n";
  return out;
}

}  // namespace ijl
