// The `json` report, version 1: the stable contract for editors and scripts (docs/report.md),
// and `json-lines`, one self-contained diagnostic a line. Written straight into the output,
// `json` in nlohmann's `dump(2)` layout, a file at a time: a tree of every diagnostic would
// cost about 2 KB a finding (a fleet audit has hundreds of thousands).
#include <nlohmann/json.hpp>

#include "report_formats.hpp"

namespace ijl {

namespace {

void put_string(std::string& out, std::string_view s) { put_json_string(out, s); }

}  // namespace

void put_json_string(std::string& out, std::string_view s) {
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

namespace {

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

void put_range(std::string& out, int depth, const Position& start, const Position& end) {
  put_key(out, depth, "range");
  out += "{\n";
  put_position(out, depth + 1, "start", start);
  out += ",\n";
  put_position(out, depth + 1, "end", end);
  out += '\n';
  out.append(static_cast<std::size_t>(depth) * 2, ' ');
  out += '}';
}

// "fix": {"title": …, "edits": [{"range": …, "text": …}]} at `depth`.
void put_fix(std::string& out, int depth, const Fix& fix) {
  auto indent = [&](int d) { out.append(static_cast<std::size_t>(d) * 2, ' '); };
  put_key(out, depth, "fix");
  out += "{\n";
  put_key(out, depth + 1, "title");
  put_string(out, fix.title);
  out += ",\n";
  put_key(out, depth + 1, "edits");
  out += "[";
  for (std::size_t i = 0; i < fix.edits.size(); ++i) {
    out += i ? ",\n" : "\n";
    indent(depth + 2);
    out += "{\n";
    put_range(out, depth + 3, fix.edits[i].start, fix.edits[i].end);
    out += ",\n";
    put_key(out, depth + 3, "text");
    put_string(out, fix.edits[i].text);
    out += '\n';
    indent(depth + 2);
    out += '}';
  }
  out += '\n';
  indent(depth + 1);
  out += "]\n";
  indent(depth);
  out += '}';
}

// "related": [{"message": …, "pointer": …, "range": …}] at `depth`.
void put_related(std::string& out, int depth, const std::vector<Related>& related) {
  auto indent = [&](int d) { out.append(static_cast<std::size_t>(d) * 2, ' '); };
  put_key(out, depth, "related");
  out += "[";
  for (std::size_t i = 0; i < related.size(); ++i) {
    out += i ? ",\n" : "\n";
    indent(depth + 1);
    out += "{\n";
    put_key(out, depth + 2, "message");
    put_string(out, related[i].message);
    out += ",\n";
    put_key(out, depth + 2, "pointer");
    put_string(out, pointer_to_string(related[i].pointer));
    out += ",\n";
    put_range(out, depth + 2, related[i].start, related[i].end);
    out += '\n';
    indent(depth + 1);
    out += '}';
  }
  out += '\n';
  indent(depth);
  out += ']';
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
  put_range(out, depth, d.start, d.end);
  if (d.record) {
    out += ",\n";
    put_key(out, depth, "record");
    out += std::to_string(*d.record);
  }
  if (d.fix) {
    out += ",\n";
    put_fix(out, depth, *d.fix);
  }
  if (!d.related.empty()) {
    out += ",\n";
    put_related(out, depth, d.related);
  }
  out += '\n';
  out.append((depth - 1) * 2, ' ');
  out += '}';
}

class JsonReporter : public Reporter {
 public:
  explicit JsonReporter(std::string version) : version_(std::move(version)) {}

  void begin(std::string& out) override {
    out += "{\n";
    put_key(out, 1, "version");
    out += "1,\n";
    put_key(out, 1, "tool");
    out += "{\n";
    put_key(out, 2, "name");
    put_string(out, "iotjob-lint");
    out += ",\n";
    put_key(out, 2, "version");
    put_string(out, version_);
    out += "\n  },\n";
    put_key(out, 1, "files");
    out += "[";
  }

  void file_begin(const FileHeader& f, std::string& out) override {
    out += files_++ ? ",\n" : "\n";
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
    out += "[";
    diagnostics_ = 0;
  }

  void diagnostics(const FileHeader&, const std::vector<Diagnostic>& ds, const std::vector<Excerpt>&,
                   std::string& out) override {
    for (const auto& d : ds) {
      out += diagnostics_++ ? ",\n" : "\n";
      put_diagnostic(out, d);
    }
  }

  void file_end(const FileHeader&, std::string& out) override {
    out += diagnostics_ ? "\n      ]" : "]";
    out += "\n    }";
  }

  void end(const Tally& t, std::string& out) override {
    out += files_ ? "\n  ]" : "]";
    out += ",\n";
    put_key(out, 1, "summary");
    out += "{\n";
    auto count = [&](std::string_view key, std::size_t n, bool last) {
      put_key(out, 2, key);
      out += std::to_string(n);
      out += last ? "\n" : ",\n";
    };
    count("files", t.files, false);
    count("skipped", t.skipped, false);
    count("errors", t.errors, false);
    count("warnings", t.warnings, false);
    count("infos", t.infos, !t.baseline);
    if (t.baseline) {
      count("baselined", t.baselined, false);
      count("baseline_unmatched", t.baseline_unmatched, true);
    }
    out += "  }\n}\n";
  }

 private:
  std::string version_;
  std::size_t files_ = 0, diagnostics_ = 0;
};

// `{"start":{"line":…,"column":…},"end":{…}}`, as json-lines writes a range.
std::string compact_range(const Position& start, const Position& end) {
  return "{\"start\":{\"line\":" + std::to_string(start.line) + ",\"column\":" + std::to_string(start.column) +
         "},\"end\":{\"line\":" + std::to_string(end.line) + ",\"column\":" + std::to_string(end.column) + "}}";
}

// One compact object a line, each carrying its path and dialect, so lines from shards of a
// fleet export can be concatenated and filtered without the rest of the report.
class JsonLinesReporter : public Reporter {
 public:
  void diagnostics(const FileHeader& f, const std::vector<Diagnostic>& ds, const std::vector<Excerpt>&,
                   std::string& out) override {
    for (const auto& d : ds) {
      out += "{\"path\":";
      put_string(out, f.path);
      out += ",\"dialect\":";  // the document's own: an NDJSON file may mix dialects
      if (d.dialect) {
        put_string(out, dialect_name(*d.dialect));
      } else {
        out += "null";
      }
      out += ",\"code\":";
      put_string(out, d.rule->code);
      out += ",\"name\":";
      put_string(out, d.rule->name);
      out += ",\"severity\":";
      put_string(out, severity_name(d.severity));
      out += ",\"message\":";
      put_string(out, d.message);
      out += ",\"pointer\":";
      put_string(out, pointer_to_string(d.pointer));
      out += ",\"range\":" + compact_range(d.start, d.end);
      if (d.record) out += ",\"record\":" + std::to_string(*d.record);
      if (d.fix) {
        out += ",\"fix\":{\"title\":";
        put_string(out, d.fix->title);
        out += ",\"edits\":[";
        for (std::size_t i = 0; i < d.fix->edits.size(); ++i) {
          const Edit& e = d.fix->edits[i];
          out += i ? ",{\"range\":" : "{\"range\":";
          out += compact_range(e.start, e.end) + ",\"text\":";
          put_string(out, e.text);
          out += '}';
        }
        out += "]}";
      }
      if (!d.related.empty()) {
        out += ",\"related\":[";
        for (std::size_t i = 0; i < d.related.size(); ++i) {
          out += i ? ",{\"message\":" : "{\"message\":";
          put_string(out, d.related[i].message);
          out += ",\"pointer\":";
          put_string(out, pointer_to_string(d.related[i].pointer));
          out += ",\"range\":" + compact_range(d.related[i].start, d.related[i].end) + "}";
        }
        out += "]";
      }
      out += "}\n";
    }
  }
};

}  // namespace

std::unique_ptr<Reporter> make_json_reporter(const ReportOptions& options) {
  return std::make_unique<JsonReporter>(options.version);
}
std::unique_ptr<Reporter> make_json_lines_reporter() { return std::make_unique<JsonLinesReporter>(); }

}  // namespace ijl
