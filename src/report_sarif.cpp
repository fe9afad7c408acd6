// The `sarif` report: SARIF 2.1.0, one run, for GitHub code scanning and other SARIF viewers.
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "report_formats.hpp"
#include "rule_doc.hpp"

namespace ijl {

namespace {

using Json = nlohmann::ordered_json;

// The project publishes no home page yet, so `informationUri` (optional in SARIF) is left
// out rather than invented; set this to the project's URL once it has one.
constexpr std::string_view kInformationUri = "";

std::string_view level(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Info: return "note";
  }
  return "error";
}

// A path as an RFC 3986 URI reference: every byte but an unreserved character, a
// sub-delimiter, `@` and `/` is percent-encoded, UTF-8 byte by byte. `:` is encoded too,
// so a first segment such as `c:` cannot read as a scheme. A leading `./` (from
// `iotjob-lint ./jobs`) is dropped: GitHub matches relative URIs against repository paths.
// Absolute paths become `file` URIs; stdin is "stdin".
std::string uri_reference(std::string_view path) {
  if (path == "-") return "stdin";
  while (path.size() > 2 && path.substr(0, 2) == "./") path.remove_prefix(2);
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out = !path.empty() && path[0] == '/' ? "file://" : "";
  for (char c : path) {
    auto u = static_cast<unsigned char>(c);
    bool keep = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                std::string_view("-._~!$&'()*+,;=@/").find(c) != std::string_view::npos;
    if (keep) {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    }
  }
  return out;
}

// The base every file inside the repository is relative to (SARIF 3.14.14; GitHub code
// scanning resolves it to the checkout).
constexpr std::string_view kSrcRoot = "%SRCROOT%";
// Versioned: a change of what goes into the fingerprint is a new key, not new values.
constexpr std::string_view kFingerprintKey = "iotjobLint/v1";

// An absolute path as a `file` URI (`/srv/a b` → `file:///srv/a%20b`).
std::string file_uri(std::string_view absolute) { return uri_reference(absolute); }

// Where a file is: under %SRCROOT% when it is inside the repository root, else as given (an
// absolute `file` URI for a path outside the root). `key` is the path fingerprints use.
struct Artifact {
  Json location;
  std::string key;
};

Artifact artifact(std::string_view path, const ReportOptions& options) {
  if (auto rel = root_relative(path, options)) return {Json{{"uri", uri_reference(*rel)}, {"uriBaseId", kSrcRoot}}, *rel};
  if (!options.working_dir.empty() && path != "-" && !path.empty()) {
    namespace fs = std::filesystem;
    fs::path p{std::string(path)};
    if (p.is_relative()) p = fs::path(options.working_dir) / p;
    const std::string abs = p.lexically_normal().generic_string();
    return {Json{{"uri", file_uri(abs)}}, abs};
  }
  return {Json{{"uri", uri_reference(path)}}, std::string(path)};
}

Json region_of(const Position& start, const Position& end) {
  Json region;
  region["startLine"] = start.line;
  region["startColumn"] = start.column;
  region["endLine"] = end.line;
  region["endColumn"] = end.column;  // exclusive in SARIF as in Diagnostic; equal = empty
  return region;
}

Json rule_descriptor(const RuleInfo& info, const ReportOptions& options) {
  const std::string help = render_explain(info);  // Markdown that reads as plain text
  Json j;
  j["id"] = info.code;
  j["name"] = info.name;
  j["shortDescription"] = Json{{"text", info.summary}};
  j["fullDescription"] = Json{{"text", info.rationale}};
  j["help"] = Json{{"text", help}, {"markdown", help}};
  if (!options.docs_url.empty()) {
    std::string base = options.docs_url;
    while (!base.empty() && base.back() == '/') base.pop_back();
    j["helpUri"] = base + "/" + std::string(info.code) + ".md";
  }
  // The severity this run gives the rule (the config's "severity"); a result carries its own.
  auto configured = options.severity.find(info.code);
  j["defaultConfiguration"] = Json{{"level", level(configured == options.severity.end() ? info.severity : configured->second)}};
  return j;
}

// Link text of an embedded link: SARIF 3.11.6 has `[`, `]` and `\` escaped there (elsewhere
// in a plain text message they stand for themselves).
std::string link_text(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

Json result(const Artifact& where, const Diagnostic& d, std::size_t rule_index) {
  Json physical;
  physical["artifactLocation"] = where.location;
  physical["region"] = region_of(d.start, d.end);
  Json j;
  j["ruleId"] = d.rule->code;
  j["ruleIndex"] = rule_index;
  j["level"] = level(d.severity);
  // The related locations are linked from the message by id (GitHub code scanning shows
  // only those that are): "duplicate key "jobId" ([first defined here](1))".
  std::string text = d.message;
  Json related = Json::array();
  for (std::size_t i = 0; i < d.related.size(); ++i) {
    const Related& r = d.related[i];
    const std::size_t id = i + 1;
    text += i ? "; [" : " ([";
    text += link_text(r.message) + "](" + std::to_string(id) + ")";
    Json location;
    location["id"] = id;
    location["physicalLocation"] = Json{{"artifactLocation", where.location}, {"region", region_of(r.start, r.end)}};
    location["message"] = Json{{"text", r.message}};
    location["properties"] = Json{{"pointer", pointer_to_string(r.pointer)}};
    related.push_back(std::move(location));
  }
  if (!d.related.empty()) text += ")";
  j["message"] = Json{{"text", text}};
  j["locations"] = Json::array({Json{{"physicalLocation", std::move(physical)}}});
  if (!related.empty()) j["relatedLocations"] = std::move(related);
  j["partialFingerprints"] = Json{{kFingerprintKey, fingerprint(where.key, d)}};
  if (d.fix) {
    Json replacements = Json::array();
    for (const Edit& e : d.fix->edits) {
      replacements.push_back(Json{{"deletedRegion", region_of(e.start, e.end)}, {"insertedContent", Json{{"text", e.text}}}});
    }
    Json change{{"artifactLocation", where.location}, {"replacements", std::move(replacements)}};
    j["fixes"] = Json::array(
        {Json{{"description", Json{{"text", d.fix->title}}}, {"artifactChanges", Json::array({std::move(change)})}}});
  }
  Json properties{{"pointer", pointer_to_string(d.pointer)}};
  if (d.record) properties["record"] = *d.record;
  j["properties"] = std::move(properties);
  return j;
}

// Each line of `text` after the first indented by `n` spaces more (a nested dump(2)).
std::string indented(const std::string& text, std::size_t n) {
  std::string out(n, ' ');
  for (char c : text) {
    out += c;
    if (c == '\n') out.append(n, ' ');
  }
  return out;
}

// The document is dumped once with an empty results list, the run's last member, and cut
// there; results stream into the cut one by one, and end() adds the invocation (its read
// errors are known only then), in the layout a dump of the whole document would give.
class SarifReporter : public Reporter {
 public:
  SarifReporter(const ReportOptions& options, std::vector<const RuleInfo*> rules) : options_(options) {
    Json rule_table = Json::array();
    for (const RuleInfo* info : rules) {
      index_.emplace(info->code, rule_table.size());
      rule_table.push_back(rule_descriptor(*info, options));
    }
    Json driver;
    driver["name"] = "iotjob-lint";
    driver["version"] = options.version;
    driver["semanticVersion"] = options.version;
    if (!kInformationUri.empty()) driver["informationUri"] = kInformationUri;
    driver["rules"] = std::move(rule_table);
    Json sarif_run;
    sarif_run["tool"] = Json{{"driver", std::move(driver)}};
    if (!options.source_root.empty()) {
      std::string root = file_uri(options.source_root);
      if (root.back() != '/') root += '/';  // a base URI ends in a slash (SARIF 3.14.14)
      sarif_run["originalUriBaseIds"] = Json{{kSrcRoot, Json{{"uri", root}}}};
    }
    sarif_run["columnKind"] = "unicodeCodePoints";  // as Diagnostic's columns count
    sarif_run["results"] = Json::array();
    Json doc;
    doc["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    doc["version"] = "2.1.0";
    doc["runs"] = Json::array({std::move(sarif_run)});
    // Paths and messages may carry bytes that are not UTF-8: U+FFFD, as in `json`.
    std::string text = doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
    const std::string cut = "\"results\": [";
    std::size_t at = text.find(cut) + cut.size();
    head_ = text.substr(0, at);
  }

  void begin(std::string& out) override { out += head_; }

  void file_begin(const FileHeader& f, std::string&) override { where_ = artifact(f.path, options_); }

  void diagnostics(const FileHeader&, const std::vector<Diagnostic>& ds, const std::vector<Excerpt>&,
                   std::string& out) override {
    for (const auto& d : ds) {
      out += results_++ ? ",\n" : "\n";
      out += indented(result(where_, d, index_.at(d.rule->code)).dump(2, ' ', false, Json::error_handler_t::replace), 8);
    }
  }

  void end(const Tally& tally, std::string& out) override {
    // A path that could not be read is a failed part of the run, not a result.
    Json notifications = Json::array();
    for (std::size_t i = 0; i < tally.unreadable.size(); ++i) {
      Json n;
      n["level"] = "error";
      n["message"] = Json{{"text", i < tally.unreadable_reasons.size() ? tally.unreadable_reasons[i]
                                                                         : "cannot read " + tally.unreadable[i]}};
      n["locations"] = Json::array(
          {Json{{"physicalLocation", Json{{"artifactLocation", artifact(tally.unreadable[i], options_).location}}}}});
      notifications.push_back(std::move(n));
    }
    Json invocation;
    invocation["executionSuccessful"] = tally.unreadable.empty();
    if (!notifications.empty()) invocation["toolExecutionNotifications"] = std::move(notifications);
    out += results_ ? "\n      ],\n" : "],\n";
    out += "      \"invocations\": ";
    out += indented(Json::array({std::move(invocation)}).dump(2, ' ', false, Json::error_handler_t::replace), 6).substr(6);
    out += "\n    }\n  ]\n}\n";
  }

 private:
  ReportOptions options_;
  std::map<std::string_view, std::size_t> index_;
  std::string head_;
  Artifact where_;
  std::size_t results_ = 0;
};

}  // namespace

std::unique_ptr<Reporter> make_sarif_reporter(const ReportOptions& options, std::vector<const RuleInfo*> rules) {
  return std::make_unique<SarifReporter>(options, std::move(rules));
}

}  // namespace ijl
