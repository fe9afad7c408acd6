// The `json` report, version 1: the stable contract for editors and scripts (cli.md).
#include <nlohmann/json.hpp>

#include "report.hpp"

namespace ijl {

namespace {

using Json = nlohmann::ordered_json;  // field order is part of the contract's readability

Json position(const Position& p) { return Json{{"line", p.line}, {"column", p.column}}; }

Json diagnostic(const Diagnostic& d) {
  Json j;
  j["code"] = d.rule->code;
  j["name"] = d.rule->name;
  j["severity"] = severity_name(d.severity);
  j["message"] = d.message;
  j["pointer"] = pointer_to_string(d.pointer);
  j["range"] = Json{{"start", position(d.start)}, {"end", position(d.end)}};
  if (d.record) j["record"] = *d.record;
  return j;
}

}  // namespace

std::string render_json(const RunReport& run) {
  std::size_t errors = 0, warnings = 0, infos = 0;
  Json files = Json::array();
  for (const auto& f : run.files) {
    Json diagnostics = Json::array();
    for (const auto& d : f.report.diagnostics) {
      diagnostics.push_back(diagnostic(d));
      switch (d.severity) {
        case Severity::Error: ++errors; break;
        case Severity::Warning: ++warnings; break;
        case Severity::Info: ++infos; break;
      }
    }
    Json file;
    file["path"] = f.report.path;
    file["dialect"] = f.report.dialect ? Json(dialect_name(*f.report.dialect)) : Json(nullptr);
    file["diagnostics"] = std::move(diagnostics);
    files.push_back(std::move(file));
  }
  Json out;
  out["version"] = 1;
  out["tool"] = Json{{"name", "iotjob-lint"}, {"version", IJL_VERSION}};
  out["files"] = std::move(files);
  out["summary"] = Json{{"files", run.files.size()},
                        {"skipped", run.skipped},
                        {"errors", errors},
                        {"warnings", warnings},
                        {"infos", infos}};
  // Paths and messages may carry bytes that are not UTF-8 (file names, IJ001 on a
  // non-UTF-8 file): replace them with U+FFFD instead of failing the whole report.
  return out.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace ijl
