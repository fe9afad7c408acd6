// Renders rule metadata as the --list-rules table, --explain text and the generated docs.
#include "rule_doc.hpp"

#include <algorithm>

namespace ijl {

namespace {

constexpr std::string_view kGenerated =
    "<!-- Generated from the rule's RuleInfo by `iotjob-lint --write-docs docs`; do not edit. -->\n\n";

std::string padded(std::string_view s, std::size_t width) {
  std::string out(s);
  out.resize(std::max(width, s.size()), ' ');
  return out;
}

// The examples' file name decides their format, so it also names the code fence language.
std::string_view fence_language(std::string_view filename) {
  auto ends = [&](std::string_view ext) {
    return filename.size() >= ext.size() && filename.substr(filename.size() - ext.size()) == ext;
  };
  return ends(".yaml") || ends(".yml") ? "yaml" : "json";
}

std::string example(std::string_view heading, std::string_view filename, std::string_view text) {
  std::string out = "## " + std::string(heading) + " (as `" + std::string(filename) + "`)\n\n```" +
                    std::string(fence_language(filename)) + "\n" + std::string(text);
  if (!text.empty() && text.back() != '\n') out += '\n';
  return out + "```\n";
}

// Table cells cannot hold a raw `|`.
std::string cell(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string render_list_rules(const Registry& reg) {
  std::size_t code_w = 0, name_w = 0, sev_w = 0;
  for (const auto& r : reg.rules) {
    code_w = std::max(code_w, r.info->code.size());
    name_w = std::max(name_w, r.info->name.size());
    sev_w = std::max(sev_w, severity_name(r.info->severity).size());
  }
  std::string out;
  for (const auto& r : reg.rules) {
    out += padded(r.info->code, code_w) + "  " + padded(r.info->name, name_w) + "  " +
           padded(severity_name(r.info->severity), sev_w) + "  " + std::string(r.info->summary) + "\n";
  }
  return out;
}

std::string render_explain(const RuleInfo& info) {
  std::string out = "# " + std::string(info.code) + " " + std::string(info.name) + "\n\n";
  out += "Default severity: " + std::string(severity_name(info.severity)) + "\n\n";
  out += std::string(info.summary) + "\n\n";
  out += "## Why\n\n" + std::string(info.rationale) + "\n\n";
  out += example("Fails", info.fail_filename, info.fail_example) + "\n";
  out += example("Passes", info.fail_filename, info.pass_example);
  return out;
}

std::string render_rule_doc_markdown(const RuleInfo& info) { return std::string(kGenerated) + render_explain(info); }

std::string render_rules_index(const Registry& reg) {
  std::string out(kGenerated);
  out += "# Rules\n\n";
  out += "`iotjob-lint --explain CODE` prints the same page as the linked file.\n\n";
  out += "| code | name | severity | summary |\n|---|---|---|---|\n";
  for (const auto& r : reg.rules) {
    const RuleInfo& i = *r.info;
    out += "| [" + std::string(i.code) + "](rules/" + std::string(i.code) + ".md) | " + cell(i.name) + " | " +
           std::string(severity_name(i.severity)) + " | " + cell(i.summary) + " |\n";
  }
  return out;
}

}  // namespace ijl
