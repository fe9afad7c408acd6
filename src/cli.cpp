// The command line: options, then discovery, linting and output, and the exit code.
#include "cli.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <exception>
#include <set>
#include <thread>

#include "cli_options.hpp"
#include "cli_output.hpp"
#include "discovery.hpp"
#include "rule_doc.hpp"
#include "runner.hpp"
#include "timeparse.hpp"

namespace ijl {
namespace {

namespace fs = std::filesystem;
using cli::complain;

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

bool color_wanted(const cli::Options& o) {
  if (o.color == cli::Color::Always) return true;
  if (o.color == cli::Color::Never || !o.output.empty()) return false;
  const char* no_color = std::getenv("NO_COLOR");  // no-color.org: set and non-empty
  return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

// An unknown rule in --select or --ignore is a usage error, found before any file is read.
bool rules_known(const cli::Options& o, const Registry& reg) {
  std::vector<bool> scratch(reg.rules.size());
  for (const auto& [option, items] : {std::pair{"--select", o.select.value_or(std::vector<std::string>{})},
                                      std::pair{"--ignore", o.ignore}}) {
    if (auto bad = mark_rules(reg, items, scratch, true)) {
      complain(std::string(option) + ": unknown rule '" + *bad + "' (see --list-rules)");
      return false;
    }
  }
  return true;
}

std::optional<CheckOptions> check_options(const cli::Options& o) {
  CheckOptions check;
  if (o.now.empty()) {
    check.now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  } else if (auto now = parse_rfc3339_now(o.now)) {
    check.now = *now;
  } else {
    complain("--now: '" + o.now + "' is not an RFC 3339 date-time such as 2026-11-26T12:00:00Z");
    return std::nullopt;
  }
  return check;
}

CommandLineChoices choices(const cli::Options& o, const CheckOptions& check) {
  return {o.select, o.ignore, o.dialect_set, o.dialect, o.placeholders, check};
}

ConfigSet make_configs(const cli::Options& o, const Registry& reg) {
  auto mode = !o.config.empty() ? ConfigSet::Mode::Explicit
              : o.no_config     ? ConfigSet::Mode::None
                                : ConfigSet::Mode::Discover;
  return ConfigSet(reg, fs::current_path(), mode, o.config);
}

int show_settings(const cli::Options& o, ConfigSet& configs, const Registry& reg, const CheckOptions& check) {
  fs::path target = fs::absolute(o.show_settings).lexically_normal();
  std::error_code ec;
  const bool is_dir = fs::is_directory(target, ec);
  const Config* config = configs.for_dir(is_dir ? target : target.parent_path());
  const Config* root = config ? configs.for_dir(fs::current_path()) : nullptr;
  if (!config || !root) {
    complain(configs.error());
    return kExitError;
  }
  LintOptions options = lint_options_for(*config, reg, choices(o, check));
  if (!is_dir) config->apply_per_file(config->relative(target), options);
  FailOn fail_on = o.fail_on.value_or(root->fail_on.value_or(FailOn::Error));
  bool gitignore = o.respect_gitignore.value_or(config->respect_gitignore.value_or(true));
  return cli::write_output(o.output, cli::render_show_settings(o.show_settings, *config, options, fail_on, gitignore))
             ? kExitClean
             : kExitError;
}

int run(int argc, char** argv) {
  cli::Parsed parsed = cli::parse_options(argc, argv);
  if (!parsed.options) return parsed.exit_code;
  const cli::Options& o = *parsed.options;

  const Registry& reg = registry();
  if (o.list_rules) return cli::write_output(o.output, render_list_rules(reg)) ? kExitClean : kExitError;
  if (!o.explain.empty()) {
    auto i = reg.find(o.explain);
    if (!i) {
      complain("unknown rule '" + o.explain + "' (see --list-rules)");
      return kExitError;
    }
    return cli::write_output(o.output, render_explain(*reg.rules[*i].info)) ? kExitClean : kExitError;
  }
  if (!o.write_docs.empty()) return cli::write_docs(o.write_docs) ? kExitClean : kExitError;
  if (!rules_known(o, reg)) return kExitError;
  std::optional<CheckOptions> check = check_options(o);
  if (!check) return kExitError;

  ConfigSet configs = make_configs(o, reg);
  if (!o.show_settings.empty()) return show_settings(o, configs, reg, *check);

  Discovery found = discover({o.paths, o.stdin_filename, o.force_exclude, o.respect_gitignore}, configs);
  const Config* root_config = found.config_error.empty() ? configs.for_dir(fs::current_path()) : nullptr;
  if (!root_config) {
    complain(found.config_error.empty() ? configs.error() : found.config_error);
    return kExitError;
  }

  RunOptions run;
  for (const auto& in : found.inputs) {
    if (in.config && !run.options.count(in.config)) {
      run.options.emplace(in.config,
                          lint_options_for(*in.config, reg, choices(o, *check)));
    }
  }
  run.strict_named = !o.skip_non_jobs;
  run.keep_excerpts = o.format == ReportFormat::Text && !o.show_files;
  run.threads = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<Outcome> outcomes = lint_inputs(found.inputs, run);

  RunReport report;
  std::set<const RuleInfo*> ran;
  for (const auto& [config, options] : run.options) {
    for (std::size_t i = 0; i < reg.rules.size(); ++i) {
      if (options.selected.empty() || options.selected[i]) ran.insert(reg.rules[i].info);
    }
  }
  for (const auto& r : reg.rules) {
    if (ran.count(r.info) || run.options.empty()) report.rules.push_back(r.info);
  }
  bool failed_read = false;
  for (std::size_t i = 0; i < outcomes.size(); ++i) {
    Outcome& out = outcomes[i];
    if (!out.error.empty()) {
      complain(out.error);
      report.unreadable.push_back(found.inputs[i].display);
      failed_read = true;
    } else if (out.file) {
      report.files.push_back(std::move(*out.file));
    } else if (found.inputs[i].kind != Input::Kind::Excluded || found.inputs[i].counted) {
      ++report.skipped;
    }
  }

  // A folder named (or `.` by default) in which no job file was linted: the run checked
  // nothing there, which a CI step must not take for a pass.
  bool empty_root = false;
  for (const auto& root : found.roots) {
    bool any = false;
    for (std::size_t i : root.inputs) any = any || outcomes[i].file.has_value();
    if (any) continue;
    std::string what = root.inputs.empty() ? "no file matched the include globs"
                                           : cli::skipped_breakdown(root.inputs, outcomes);
    std::string message = "no job files found under " + root.display + " (" + what + "; --show-files lists them)";
    if (o.allow_no_jobs) {
      complain("warning: " + message);
    } else {
      complain(message);
      empty_root = true;
    }
  }

  std::string text = o.show_files ? cli::render_show_files(found.inputs, outcomes)
                                  : render_report(o.format, report, {.color = color_wanted(o), .quiet = o.quiet});
  if (!cli::write_output(o.output, text) || failed_read || empty_root) return kExitError;
  if (o.show_files) return kExitClean;
  FailOn fail_on = o.fail_on.value_or(root_config->fail_on.value_or(FailOn::Error));
  for (const auto& f : report.files) {
    for (const auto& d : f.report.diagnostics) {
      if (fails(d.severity, fail_on)) return kExitFindings;
    }
  }
  return kExitClean;
}

}  // namespace

int run_cli(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    complain(std::string("internal error: ") + e.what());
  } catch (...) {
    complain("internal error");
  }
  return kExitError;
}

}  // namespace ijl
