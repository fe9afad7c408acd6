// The command line: options, then discovery, linting and output, and the exit code.
#include "cli.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <exception>
#include <algorithm>
#include <memory>
#include <thread>

#include "cli_fix.hpp"
#include "cli_options.hpp"
#include "cli_output.hpp"
#include "companion.hpp"
#include "discovery.hpp"
#include "gitignore.hpp"
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

// What the report needs to know of the machine, found here since reporters do not look: the
// repository root (git's top level of the current folder, else the folder itself), the
// documentation URL, and each rule's severity in the root config where it is not the default.
ReportOptions report_options(const cli::Options& o, const Config& root_config, const Registry& reg,
                             const CheckOptions& check) {
  ReportOptions options{.color = color_wanted(o), .quiet = o.quiet};
  // only the formats that name files by the repository look for it (a pre-commit run is not slowed)
  if (o.format == ReportFormat::Sarif || o.format == ReportFormat::Gitlab) {
    const fs::path cwd = fs::current_path().lexically_normal();
    options.working_dir = cwd.string();
    auto repo = GitIgnore::open(cwd);
    options.source_root = repo ? repo->top().lexically_normal().string() : options.working_dir;
  }
  options.docs_url = o.docs_url.value_or(root_config.docs_url.value_or(""));
  LintOptions lint = lint_options_for(root_config, reg, choices(o, check));
  for (std::size_t i = 0; i < reg.rules.size() && i < lint.severity.size(); ++i) {
    if (lint.severity[i]) options.severity.emplace(std::string(reg.rules[i].info->code), *lint.severity[i]);
  }
  return options;
}

// --fix or --diff before the run; nullopt to go on, else the exit code (--diff ends here).
std::optional<int> fix_first(const cli::Options& o, const Discovery& found, const RunOptions& run) {
  if (o.diff) {
    bool failed = false;
    for (const auto& in : found.inputs) {
      if (in.kind == Input::Kind::Unreadable) {
        complain(in.why);
        failed = true;
      }
    }
    cli::FixOutcome outcome = cli::fix_inputs(found.inputs, run, false);
    if (!cli::write_output(o.output, outcome.diff) || failed || outcome.failed) return kExitError;
    if (!o.quiet) {
      complain(outcome.files ? std::to_string(outcome.fixes) + (outcome.fixes == 1 ? " fix" : " fixes") + " in " +
                                   std::to_string(outcome.files) + (outcome.files == 1 ? " file" : " files") +
                                   " (apply with --fix)"
                             : "nothing to fix");
    }
    return outcome.files ? kExitFindings : kExitClean;
  }
  if (!o.fix) return std::nullopt;
  cli::FixOutcome outcome = cli::fix_inputs(found.inputs, run, true);
  if (outcome.failed) return kExitError;
  if (!o.quiet && outcome.files) {
    complain("fixed " + std::to_string(outcome.fixes) + (outcome.fixes == 1 ? " finding" : " findings") + " in " +
             std::to_string(outcome.files) + (outcome.files == 1 ? " file" : " files") +
             "; each original is kept as FILE.orig");
  }
  return std::nullopt;
}

int run(int argc, char** argv) {
  cli::Parsed parsed = cli::parse_options(argc, argv);
  if (!parsed.options) return parsed.exit_code;
  const cli::Options& o = *parsed.options;

  const Registry& reg = registry();
  if (o.list_rules) {
    const bool json = o.format == ReportFormat::Json || o.format == ReportFormat::JsonLines;
    return cli::write_output(o.output, json ? cli::render_list_rules_json(reg) : render_list_rules(reg)) ? kExitClean
                                                                                                            : kExitError;
  }
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
  // A walked baseline file is the linter's own, not a job file to skip and count.
  for (auto& in : found.inputs) {
    if (in.named || in.kind != Input::Kind::Lint) continue;
    for (const std::string* file : {&o.baseline, &o.write_baseline}) {
      std::error_code ec;
      if (!file->empty() && fs::equivalent(in.path, *file, ec)) {
        in.kind = Input::Kind::Excluded;
        in.why = "the baseline file";
      }
    }
  }
  std::optional<Baseline> baseline, record;
  if (!o.baseline.empty()) {
    std::string error;
    baseline = Baseline::load(o.baseline, error);
    if (!baseline) {
      complain(error);
      return kExitError;
    }
    run.baseline = &*baseline;
  }
  if (!o.write_baseline.empty()) run.record = &record.emplace(o.write_baseline);
  if (auto code = fix_first(o, found, run)) return *code;
  // nothing is read or written yet: a fleet audit can still move to the faster parser (not
  // after --fix, which has written: the companion would fix again)
  if (!o.fix) {
    if (auto companion = companion_for(found.inputs)) exec_companion(*companion, argv);
  }

  std::unique_ptr<Reporter> reporter;
  GithubReporter* github = nullptr;
  if (o.show_files) {
    reporter = make_statistics_reporter(false);  // its output is dropped: the verdicts are the answer
  } else if (o.statistics) {
    reporter = make_statistics_reporter(o.format == ReportFormat::Json || o.format == ReportFormat::JsonLines);
  } else if (o.format == ReportFormat::Github) {
    auto g = make_github_reporter();
    github = g.get();
    reporter = std::move(g);
  } else {
    reporter = make_reporter(o.format, report_options(o, *root_config, reg, *check), std::move(ran));
  }
  cli::Output out;
  if (!out.open(o.output)) return kExitError;
  RunResult result = run_lint(found.inputs, run, *reporter,
                              [&](std::string_view text) { return o.show_files || out.write(text); });

  bool failed = result.write_failed;
  // GitHub Actions names a file for the step's Markdown summary; outside Actions it is unset.
  const char* step_summary = std::getenv("GITHUB_STEP_SUMMARY");
  if (github && step_summary && *step_summary && !cli::append_output(step_summary, github->step_summary())) failed = true;
  const Tally& t = result.tally;
  if (record) {
    if (!cli::write_output(o.write_baseline, record->render())) {
      failed = true;
    } else if (!o.quiet) {
      complain("wrote " + std::to_string(record->size()) + (record->size() == 1 ? " finding" : " findings") + " to " +
               o.write_baseline);
    }
  } else if (baseline && !o.quiet) {
    std::string message = std::to_string(t.baselined) + (t.baselined == 1 ? " finding" : " findings") +
                          " matched the baseline " + o.baseline;
    if (t.baseline_unmatched) {
      message += "; " + std::to_string(t.baseline_unmatched) +
                 (t.baseline_unmatched == 1 ? " entry no longer matches" : " entries no longer match") +
                 " (prune with --baseline " + o.baseline + " --write-baseline " + o.baseline + ")";
    }
    complain(message);
  }
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
  bool over = (t.errors && fails(Severity::Error, fail_on)) || (t.warnings && fails(Severity::Warning, fail_on)) ||
              (t.infos && fails(Severity::Info, fail_on));
  if (o.max_warnings && t.warnings > *o.max_warnings) {
    complain(std::to_string(t.warnings) + (t.warnings == 1 ? " warning" : " warnings") + ", more than --max-warnings " +
             std::to_string(*o.max_warnings));
    over = true;
  }
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
