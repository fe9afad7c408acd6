// The command line: options, then discovery, linting and output, and the exit code.
#include "cli.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <exception>
#include <algorithm>
#include <memory>
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
      run.options.emplace(in.config, lint_options_for(*in.config, reg, choices(o, *check)));
    }
  }
  run.strict_named = !o.skip_non_jobs;
  run.keep_excerpts = shows_excerpts(o.format) && !o.show_files && !o.statistics;
  run.threads = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());

  // the rules that run anywhere, in code order: `sarif` lists them before any result
  std::vector<const RuleInfo*> ran;
  for (std::size_t i = 0; i < reg.rules.size(); ++i) {
    bool selected = run.options.empty();
    for (const auto& [config, options] : run.options) selected = selected || options.selected.empty() || options.selected[i];
    if (selected) ran.push_back(reg.rules[i].info);
  }
  std::unique_ptr<Reporter> reporter =
      o.show_files   ? make_statistics_reporter(false)  // its output is dropped: the verdicts are the answer
      : o.statistics ? make_statistics_reporter(o.format == ReportFormat::Json || o.format == ReportFormat::JsonLines)
                     : make_reporter(o.format, {.color = color_wanted(o), .quiet = o.quiet}, std::move(ran));
  cli::Output out;
  if (!out.open(o.output)) return kExitError;
  RunResult result = run_lint(found.inputs, run, *reporter,
                              [&](std::string_view text) { return o.show_files || out.write(text); });

  bool failed = result.write_failed;
  for (const auto& v : result.verdicts) {
    if (v.kind == Verdict::Kind::Unreadable) {
      complain(v.why);
      failed = true;
    }
  }
  // A folder named (or `.` by default) in which no job file was linted: the run checked
  // nothing there, which a CI step must not take for a pass.
  for (const auto& root : found.roots) {
    bool any = std::any_of(root.inputs.begin(), root.inputs.end(),
                           [&](std::size_t i) { return result.verdicts[i].kind == Verdict::Kind::Linted; });
    if (any) continue;
    std::string message = "no job files found under " + root.display + " (" +
                          cli::empty_root_reason(root, result.verdicts) + "; --show-files lists them)";
    if (o.allow_no_jobs) {
      complain("warning: " + message);
    } else {
      complain(message);
      failed = true;
    }
  }
  if (o.show_files && !out.write(cli::render_show_files(found.inputs, result.verdicts))) failed = true;
  if (!out.close() || failed) return kExitError;
  if (o.show_files) return kExitClean;
  const FailOn fail_on = o.fail_on.value_or(root_config->fail_on.value_or(FailOn::Error));
  const Tally& t = result.tally;
  bool over = (t.errors && fails(Severity::Error, fail_on)) || (t.warnings && fails(Severity::Warning, fail_on)) ||
              (t.infos && fails(Severity::Info, fail_on));
  return over ? kExitFindings : kExitClean;
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
