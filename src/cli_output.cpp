// --show-files, --show-settings, --write-docs and writing what the run produced.
#include "cli_output.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>

#include "rule_doc.hpp"

namespace ijl::cli {

namespace fs = std::filesystem;

void complain(const std::string& message) { std::cerr << "iotjob-lint: " << message << "\n"; }

namespace {

bool write_file(const std::string& path, const std::string& text, const char* mode) {
  std::FILE* f = std::fopen(path.c_str(), mode);
  if (!f) {
    complain("cannot write " + path + ": " + std::strerror(errno));
    return false;
  }
  bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
  int err = errno;
  ok = (std::fclose(f) == 0) && ok;
  if (!ok) complain("cannot write " + path + ": " + std::strerror(err ? err : errno));
  return ok;
}

}  // namespace

bool write_output(const std::string& path, const std::string& text) {
  if (path.empty()) {
    bool ok = std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0;
    if (!ok) complain(std::string("cannot write the report: ") + std::strerror(errno));
    return ok;
  }
  return write_file(path, text, "wb");
}

bool append_output(const std::string& path, const std::string& text) { return write_file(path, text, "ab"); }

std::string render_list_rules_json(const Registry& reg) {
  auto str = [](std::string_view s) { return nlohmann::json(std::string(s)).dump(); };
  std::string out = "{\n  \"version\": 1,\n  \"rules\": [";
  for (std::size_t i = 0; i < reg.rules.size(); ++i) {
    const RuleInfo& r = *reg.rules[i].info;
    out += i ? ",\n" : "\n";
    out += "    {\"code\": " + str(r.code) + ", \"name\": " + str(r.name) + ", \"severity\": " +
           str(severity_name(r.severity)) + ", \"summary\": " + str(r.summary) + ", \"doc\": " +
           str("docs/rules/" + std::string(r.code) + ".md") + "}";
  }
  out += reg.rules.empty() ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

Output::~Output() {
  if (file_ && file_ != stdout) std::fclose(file_);
}

bool Output::fail(const std::string& what) {
  if (ok_) complain(what + ": " + std::strerror(errno));
  ok_ = false;
  return false;
}

bool Output::open(const std::string& path) {
  path_ = path;
  if (path.empty()) {
    file_ = stdout;
    return true;
  }
  file_ = std::fopen(path.c_str(), "wb");
  return file_ ? true : fail("cannot write " + path);
}

bool Output::write(std::string_view text) {
  if (!ok_ || !file_) return false;
  if (std::fwrite(text.data(), 1, text.size(), file_) != text.size()) {
    return fail(path_.empty() ? "cannot write the report" : "cannot write " + path_);
  }
  return true;
}

bool Output::close() {
  if (!file_) return ok_;
  std::FILE* f = file_;
  file_ = nullptr;
  bool flushed = f == stdout ? std::fflush(f) == 0 : std::fclose(f) == 0;
  if (!flushed) return fail(path_.empty() ? "cannot write the report" : "cannot write " + path_);
  return ok_;
}

bool write_docs(const fs::path& dir) {
  const Registry& reg = registry();
  std::error_code ec;
  fs::create_directories(dir / "rules", ec);
  if (ec) {
    complain("cannot create " + (dir / "rules").string() + ": " + ec.message());
    return false;
  }
  if (!write_output((dir / "rules.md").string(), render_rules_index(reg))) return false;
  if (!write_output((dir / "fields.md").string(), render_fields_markdown(reg))) return false;
  for (const auto& r : reg.rules) {
    const std::string file = (dir / "rules" / (std::string(r.info->code) + ".md")).string();
    if (!write_output(file, render_rule_doc_markdown(*r.info))) return false;
  }
  return true;
}

std::string render_show_files(const std::vector<Input>& inputs, const std::vector<Verdict>& verdicts) {
  std::string out;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const Verdict& v = verdicts[i];
    std::string verdict;
    switch (v.kind) {
      case Verdict::Kind::Excluded: verdict = "excluded (" + v.why + ")"; break;
      case Verdict::Kind::Unreadable: verdict = "unreadable (" + v.why + ")"; break;
      case Verdict::Kind::Skipped: verdict = "skipped (" + v.why + ")"; break;
      case Verdict::Kind::Linted:
        verdict = "linted (" +
                  (v.dialect        ? std::string(dialect_name(*v.dialect))
                   : v.syntax_error ? std::string("syntax error")
                                    : std::string("not a job")) +
                  ")";
        break;
    }
    out += sanitize_for_terminal(inputs[i].display) + ": " + verdict + "\n";
  }
  return out;
}

std::string empty_root_reason(const Root& root, const std::vector<Verdict>& verdicts) {
  std::map<std::string, std::size_t> by_reason;  // sorted: the message does not depend on order
  std::size_t skipped = 0;
  for (std::size_t i : root.inputs) {
    if (verdicts[i].kind != Verdict::Kind::Skipped) continue;
    ++skipped;
    ++by_reason[verdicts[i].why];
  }
  std::string out;
  if (skipped) {
    out = std::to_string(skipped) + (skipped == 1 ? " file" : " files") + " skipped";
    std::string sep = ": ";
    for (const auto& [reason, n] : by_reason) {
      out += sep + std::to_string(n) + " " + reason;
      sep = ", ";
    }
  }
  if (root.excluded) {
    out += (out.empty() ? "" : "; ") + std::to_string(root.excluded) + (root.excluded == 1 ? " path" : " paths") +
           " excluded";
  }
  return out.empty() ? "no file matched the include globs" : out;
}

std::string render_show_settings(const std::string& path, const Config& config, const LintOptions& options,
                                 FailOn fail_on, bool respect_gitignore) {
  const Registry& reg = registry();
  auto list = [](const std::vector<std::string>& items) {
    std::string out;
    for (const auto& i : items) out += (out.empty() ? "" : " ") + i;
    return out.empty() ? std::string("(none)") : out;
  };
  auto globs = [&](const std::vector<Glob>& gs, const char* fallback) {
    std::vector<std::string> items;
    for (const auto& g : gs) items.push_back(g.pattern());
    return items.empty() ? std::string(fallback) : list(items);
  };
  std::vector<std::string> on, off, severities;
  for (std::size_t i = 0; i < reg.rules.size(); ++i) {
    const RuleInfo& r = *reg.rules[i].info;
    bool selected = options.selected.empty() || options.selected[i];
    (selected ? on : off).emplace_back(r.code);
    if (i < options.severity.size() && options.severity[i] && *options.severity[i] != r.severity) {
      severities.push_back(std::string(r.code) + "=" + std::string(severity_name(*options.severity[i])));
    }
  }
  std::string pfi;
  for (const auto& p : config.per_file_ignores) {
    pfi += (pfi.empty() ? "" : "; ") + p.glob.pattern() + " -> " + list(p.items);
  }
  static const char* kFailOn[] = {"info", "warning", "error", "never"};
  std::string out;
  out += "path: " + path + "\n";
  out += "config file: " + (config.display.empty() ? std::string("(none: defaults)") : config.display) + "\n";
  out += "rules run: " + std::to_string(on.size()) + " of " + std::to_string(reg.rules.size()) + ": " + list(on) + "\n";
  out += "rules not run: " + list(off) + "\n";
  out += "severity: " + list(severities) + "\n";
  out += "include: " + globs(config.include, "*.json *.yaml *.yml *.ndjson *.jsonl (the default)") + "\n";
  out += "exclude: " + globs(config.exclude, "(none)") + "\n";
  out += "per-file-ignores: " + (pfi.empty() ? std::string("(none)") : pfi) + "\n";
  out += "supplied-fields: " + list(options.supplied_fields) + "\n";
  out += "placeholders: " + (options.placeholders ? list(options.placeholders->patterns()) : std::string("(none)")) + "\n";
  out += "dialect: " + (options.dialect ? std::string(dialect_name(*options.dialect)) : std::string("auto")) + "\n";
  out += std::string("fail-on: ") + kFailOn[static_cast<int>(fail_on)] + "\n";
  out += std::string("respect-gitignore: ") + (respect_gitignore ? "true" : "false") + "\n";
  return out;
}

}  // namespace ijl::cli
