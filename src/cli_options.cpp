// Parses the command line with CLI11 and turns every usage mistake into one clear message.
#include "cli_options.hpp"

#include <CLI/CLI.hpp>
#include <iostream>

#include "edit_distance.hpp"
#include "placeholders.hpp"

namespace ijl::cli {
namespace {

// Raw values, checked and converted after CLI11 is done.
struct Raw {
  std::string format = "text", dialect = "auto", fail_on = "error", color = "auto";
  std::vector<std::string> select, ignore;
  std::string jobs, max_warnings, docs_url;
  bool respect_gitignore = false, no_respect_gitignore = false, exit_zero = false;
};

void usage_error(const std::string& message) {
  std::cerr << "iotjob-lint: " << message << " (see --help)\n";
}

// `--select IJ1,IJ2 --select IJ3`: every occurrence, split at commas, blanks trimmed.
std::vector<std::string> split_list(const std::vector<std::string>& raw) {
  std::vector<std::string> out;
  for (const auto& value : raw) {
    std::size_t begin = 0;
    for (;;) {
      std::size_t comma = value.find(',', begin);
      std::string item = value.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin);
      item.erase(0, item.find_first_not_of(" \t"));
      item.erase(item.find_last_not_of(" \t") + 1);
      if (!item.empty()) out.push_back(std::move(item));
      if (comma == std::string::npos) break;
      begin = comma + 1;
    }
  }
  return out;
}

// The long option closest to `arg` (`--selct` → `--select`), if any is close.
std::string closest_option(const CLI::App& app, std::string_view arg) {
  std::string_view name = arg.substr(0, arg.find('='));
  while (!name.empty() && name.front() == '-') name.remove_prefix(1);
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, name.size() / 3) + 1;
  for (const CLI::Option* opt : app.get_options()) {
    for (const std::string& long_name : opt->get_lnames()) {
      std::size_t d = edit_distance(name, long_name);
      bool prefix = name.size() >= 3 && long_name.compare(0, name.size(), name) == 0;
      if (prefix) d = std::min<std::size_t>(d, 1);
      if (d < best_distance) {
        best_distance = d;
        best = "--" + long_name;
      }
    }
  }
  return best;
}

void define(CLI::App& app, Options& o, Raw& raw) {
  app.add_option("paths", o.paths, "Files, folders (walked recursively) or - for stdin; default: .")->type_name("PATH");
  app.add_option("--format", raw.format, "Report format: text, concise, json, json-lines, sarif, github, gitlab or junit (default: text)")
      ->type_name("FORMAT");
  app.add_option("-o,--output", o.output, "Write the report to FILE instead of stdout")->type_name("FILE");
  app.add_option("--now", o.now, "Reference time for IJ108 on create-job requests, RFC 3339 (default: now)")
      ->type_name("TIME");
  app.add_option("--dialect", raw.dialect, "auto, create-job, describe-job, catalog, create-job-template, describe-job-template or "
                 "cloudformation (default: auto)")
      ->type_name("DIALECT");
  app.add_option("--select", raw.select, "Comma-separated codes, code prefixes (IJ1) or names to run")
      ->type_name("LIST")
      ->allow_extra_args(false);
  app.add_option("--ignore", raw.ignore, "Comma-separated codes, code prefixes or names not to run")
      ->type_name("LIST")
      ->allow_extra_args(false);
  auto* fail_on = app.add_option("--fail-on", raw.fail_on, "Lowest severity that exits 1: error, warning, info or never")
                      ->type_name("SEVERITY");
  app.add_flag("--exit-zero", raw.exit_zero, "Exit 0 whatever is found (--fail-on never)")->excludes(fail_on);
  app.add_option("--max-warnings", raw.max_warnings, "Also exit 1 when there are more than N warnings")->type_name("N");
  app.add_option("--baseline", o.baseline, "Report only findings that are not in this baseline file")->type_name("FILE");
  app.add_option("--write-baseline", o.write_baseline, "Record every finding in this baseline file and report none")
      ->type_name("FILE");
  auto* fix = app.add_flag("--fix", o.fix, "Apply the fixes that cannot change meaning in place, then report what remains");
  app.add_flag("--diff", o.diff, "Print the fixes --fix would apply as a unified diff; change nothing")->excludes(fix);
  app.add_option("--docs-url", raw.docs_url, "Base URL of the rule docs for sarif's helpUri: URL/IJ101.md")->type_name("URL");
  auto* config = app.add_option("--config", o.config, "Use this config file for every path")->type_name("FILE");
  app.add_flag("--no-config", o.no_config, "Ignore config files")->excludes(config);
  app.add_flag("--force-exclude", o.force_exclude, "Apply the exclude globs to files named on the command line too");
  app.add_flag("--skip-non-jobs", o.skip_non_jobs,
               "Skip named files that are not jobs instead of reporting IJ006 (the pre-commit hooks pass it)");
  app.add_flag("--allow-no-jobs", o.allow_no_jobs, "A folder holding no job file is a warning, not exit 2");
  auto* respect = app.add_flag("--respect-gitignore", raw.respect_gitignore,
                               "Skip what git ignores while walking (default inside a git work tree)");
  app.add_flag("--no-respect-gitignore", raw.no_respect_gitignore, "Walk files that git ignores too")->excludes(respect);
  app.add_option("--placeholder", o.placeholders,
                 "A regular expression for deploy-time slots (${VAR}); a string holding one is not judged")
      ->type_name("REGEX")
      ->allow_extra_args(false);
  app.add_flag("--show-files", o.show_files, "List every path found with its verdict instead of the report");
  app.add_flag("--statistics", o.statistics, "Count the findings per rule instead of listing them");
  app.add_option("--show-settings", o.show_settings, "Print the config file and settings that apply to PATH")
      ->type_name("PATH");
  app.add_option("--stdin-filename", o.stdin_filename, "Name of stdin in reports; its extension picks the format")
      ->type_name("NAME");
  app.add_option("-j,--jobs", raw.jobs, "Worker threads (default: one per CPU)")->type_name("N");
  app.add_flag("--list-rules", o.list_rules, "List the rules: code, name, default severity, summary");
  app.add_option("--explain", o.explain, "Print a rule's documentation (code or name)")->type_name("CODE");
  app.add_option("--color", raw.color, "Colours in text reports: auto, always or never (default: auto)")
      ->type_name("WHEN");
  app.add_flag("-q,--quiet", o.quiet, "No summary line");
  app.add_option("--write-docs", o.write_docs, "Write rules.md, rules/IJnnn.md and fields.md into DIR")->type_name("DIR")->group("");
  app.set_version_flag("--version", "iotjob-lint " IJL_VERSION);
}

template <typename T>
bool choose(const std::string& option, const std::string& value, std::initializer_list<std::pair<const char*, T>> table,
            T& out) {
  std::string names;
  for (const auto& [name, v] : table) {
    if (value == name) {
      out = v;
      return true;
    }
    names += std::string(names.empty() ? "" : ", ") + name;
  }
  usage_error(option + ": '" + value + "' is not one of " + names);
  return false;
}

bool finish(const CLI::App& app, Options& o, Raw& raw) {
  using D = std::optional<Dialect>;
  if (auto f = parse_report_format(raw.format)) {
    o.format = *f;
  } else {
    std::string names;
    for (auto n : kReportFormatNames) names += std::string(names.empty() ? "" : ", ") + std::string(n);
    usage_error("--format: '" + raw.format + "' is not one of " + names);
    return false;
  }
  if (!choose<D>("--dialect", raw.dialect,
                 {{"auto", std::nullopt},
                  {"create-job", Dialect::CreateJob},
                  {"describe-job", Dialect::DescribeJob},
                  {"catalog", Dialect::Catalog},
                  {"create-job-template", Dialect::CreateJobTemplate},
                  {"describe-job-template", Dialect::DescribeJobTemplate},
                  {"cloudformation", Dialect::CloudFormation}},
                 o.dialect)) {
    return false;
  }
  o.dialect_set = app.count("--dialect") > 0;
  if (app.count("--fail-on") > 0) {
    FailOn f{};
    if (!choose<FailOn>("--fail-on", raw.fail_on,
                        {{"error", FailOn::Error}, {"warning", FailOn::Warning}, {"info", FailOn::Info},
                         {"never", FailOn::Never}},
                        f)) {
      return false;
    }
    o.fail_on = f;
  }
  if (raw.exit_zero) o.fail_on = FailOn::Never;
  if (app.count("--max-warnings") > 0) {
    const std::string& v = raw.max_warnings;
    if (v.empty() || v.find_first_not_of("0123456789") != std::string::npos || v.size() > 12) {
      usage_error("--max-warnings: '" + v + "' is not a number of warnings (0 or more)");
      return false;
    }
    o.max_warnings = static_cast<std::size_t>(std::stoull(v));
  }
  if (app.count("--docs-url") > 0) {
    if (!is_absolute_url(raw.docs_url)) {
      usage_error("--docs-url: '" + raw.docs_url + "' is not an absolute URL such as https://example.com/docs/rules");
      return false;
    }
    o.docs_url = raw.docs_url;
  }
  if ((o.fix || o.diff) && !o.write_baseline.empty()) {
    usage_error(std::string(o.fix ? "--fix" : "--diff") + " and --write-baseline: fix first, then write the baseline");
    return false;
  }
  if (!choose<Color>("--color", raw.color, {{"auto", Color::Auto}, {"always", Color::Always}, {"never", Color::Never}},
                     o.color)) {
    return false;
  }
  if (app.count("--select") > 0) {
    o.select = split_list(raw.select);
    // an unset CI variable (`--select "$RULES"`) must not switch the linter off
    if (o.select->empty()) {
      usage_error("--select: the list is empty; name at least one code, prefix or name (to switch rules off, use --ignore)");
      return false;
    }
  }
  o.ignore = split_list(raw.ignore);
  if (app.count("--ignore") > 0 && o.ignore.empty()) {
    usage_error("--ignore: the list is empty");
    return false;
  }
  if (app.count("--jobs") > 0) {
    unsigned long n = 0;
    std::size_t used = 0;
    try {
      n = std::stoul(raw.jobs, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used == 0 || used != raw.jobs.size() || raw.jobs.front() == '-') {
      usage_error("--jobs: '" + raw.jobs + "' is not a number");
      return false;
    }
    if (n < 1) {
      usage_error("--jobs: must be at least 1");
      return false;
    }
    o.jobs = static_cast<unsigned>(std::min<unsigned long>(n, 1024));
  }
  std::string why;
  for (const auto& p : o.placeholders) {
    if (!Placeholders::compile({p}, why)) {
      usage_error("--placeholder: " + why);
      return false;
    }
  }
  if (raw.respect_gitignore) o.respect_gitignore = true;
  if (raw.no_respect_gitignore) o.respect_gitignore = false;
  const auto stdin_count = std::count(o.paths.begin(), o.paths.end(), std::string("-"));
  if (stdin_count > 1) {
    usage_error("stdin (-) can be named only once");
    return false;
  }
  // as ruff does: naming stdin implies reading it
  if (!o.stdin_filename.empty() && stdin_count == 0) o.paths.push_back("-");
  if (o.fix && std::count(o.paths.begin(), o.paths.end(), std::string("-")) > 0) {
    usage_error("--fix cannot write stdin back; use --diff");
    return false;
  }
  return true;
}

}  // namespace

Parsed parse_options(int argc, char** argv) {
  CLI::App app{"Lints AWS IoT job files: create-job requests, describe-job output, catalog records, job "
               "templates and CloudFormation AWS::IoT::JobTemplate resources.",
               "iotjob-lint"};
  app.footer("iotjob-lint server runs the language server for editors (docs/editors.md).");
  Options o;
  Raw raw;
  define(app, o, raw);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return {std::nullopt, app.exit(e)};
  } catch (const CLI::CallForVersion& e) {
    return {std::nullopt, app.exit(e)};
  } catch (const CLI::ExtrasError&) {
    for (const std::string& extra : app.remaining()) {
      if (extra.size() > 1 && extra.front() == '-') {
        std::string near = closest_option(app, extra);
        usage_error("unknown option '" + extra + "'" + (near.empty() ? "" : "; did you mean '" + near + "'?"));
      } else {
        usage_error("unexpected argument '" + extra + "'");
      }
      break;
    }
    return {std::nullopt, 2};
  } catch (const CLI::ParseError& e) {
    usage_error(e.what());
    return {std::nullopt, 2};
  }
  if (!finish(app, o, raw)) return {std::nullopt, 2};
  return {std::move(o), 0};
}

}  // namespace ijl::cli
