// The `sarif` report: SARIF 2.1.0, one run, for GitHub code scanning and other SARIF viewers.
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

Json rule_descriptor(const RuleInfo& info) {
  const std::string help = render_explain(info);  // Markdown that reads as plain text
  Json j;
  j["id"] = info.code;
  j["name"] = info.name;
  j["shortDescription"] = Json{{"text", info.summary}};
  j["fullDescription"] = Json{{"text", info.rationale}};
  j["help"] = Json{{"text", help}, {"markdown", help}};
  // The rule's own default; a result carries the severity this run gave it.
  j["defaultConfiguration"] = Json{{"level", level(info.severity)}};
  return j;
}

Json result(const std::string& uri, const Diagnostic& d, std::size_t rule_index) {
  Json region;
  region["startLine"] = d.start.line;
  region["startColumn"] = d.start.column;
  region["endLine"] = d.end.line;
  region["endColumn"] = d.end.column;  // exclusive in SARIF as in Diagnostic; equal = empty
  Json physical;
  physical["artifactLocation"] = Json{{"uri", uri}};
  physical["region"] = std::move(region);
  Json j;
  j["ruleId"] = d.rule->code;
  j["ruleIndex"] = rule_index;
  j["level"] = level(d.severity);
  j["message"] = Json{{"text", d.message}};
  j["locations"] = Json::array({Json{{"physicalLocation", std::move(physical)}}});
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

// The document is dumped once with an empty results list and cut there; results stream
// into the cut one by one, in the layout a dump of the whole document would give.
class SarifReporter : public Reporter {
 public:
  explicit SarifReporter(std::vector<const RuleInfo*> rules) {
    Json rule_table = Json::array();
    for (const RuleInfo* info : rules) {
      index_.emplace(info->code, rule_table.size());
      rule_table.push_back(rule_descriptor(*info));
    }
    Json driver;
    driver["name"] = "iotjob-lint";
    driver["version"] = IJL_VERSION;
    driver["semanticVersion"] = IJL_VERSION;
    if (!kInformationUri.empty()) driver["informationUri"] = kInformationUri;
    driver["rules"] = std::move(rule_table);
    Json sarif_run;
    sarif_run["tool"] = Json{{"driver", std::move(driver)}};
    sarif_run["results"] = Json::array();
    sarif_run["columnKind"] = "unicodeCodePoints";  // as Diagnostic's columns count
    Json doc;
    doc["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    doc["version"] = "2.1.0";
    doc["runs"] = Json::array({std::move(sarif_run)});
    // Paths and messages may carry bytes that are not UTF-8: U+FFFD, as in `json`.
    std::string text = doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
    const std::string cut = "\"results\": [";
    std::size_t at = text.find(cut) + cut.size();
    head_ = text.substr(0, at);
    tail_ = text.substr(at);  // "],\n      \"columnKind\"…"
  }

  void begin(std::string& out) override { out += head_; }

  void file_begin(const FileHeader& f, std::string&) override { uri_ = uri_reference(f.path); }

  void diagnostics(const FileHeader&, const std::vector<Diagnostic>& ds, const std::vector<Excerpt>&,
                   std::string& out) override {
    for (const auto& d : ds) {
      out += results_++ ? ",\n" : "\n";
      out += indented(result(uri_, d, index_.at(d.rule->code)).dump(2, ' ', false, Json::error_handler_t::replace), 8);
    }
  }

  void end(const Tally&, std::string& out) override {
    if (results_) out += "\n      ";
    out += tail_;
  }

 private:
  std::map<std::string_view, std::size_t> index_;
  std::string head_, tail_, uri_;
  std::size_t results_ = 0;
};

}  // namespace

std::unique_ptr<Reporter> make_sarif_reporter(std::vector<const RuleInfo*> rules) {
  return std::make_unique<SarifReporter>(std::move(rules));
}

}  // namespace ijl
