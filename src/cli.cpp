// The command line: parses options (cli.md), finds the files, lints them, writes the report.
#include "cli.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <filesystem>
#include <iostream>
#include <limits>
#include <optional>
#include <string>
#include <mutex>
#include <thread>
#include <vector>

#include "config.hpp"
#include "engine.hpp"
#include "ndjson_reader.hpp"
#include "report.hpp"
#include "rule_doc.hpp"
#include "timeparse.hpp"

namespace ijl {

namespace {

namespace fs = std::filesystem;

constexpr int kExitClean = 0;
constexpr int kExitFindings = 1;
constexpr int kExitError = 2;

void complain(const std::string& message) { std::cerr << "iotjob-lint: " << message << "\n"; }

struct Args {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::string now;
  std::string dialect = "auto";
  std::vector<std::string> select, ignore;
  std::string fail_on = "error";
  std::string config;
  bool no_config = false;
  bool force_exclude = false;
  std::string stdin_filename;
  unsigned jobs = 0;  // 0: one per CPU
  bool list_rules = false;
  std::string explain;
  std::string color = "auto";
  bool quiet = false;
  std::string write_docs;
};

// ---- reading ----

// Reads a whole file in one read when its size is known, then whatever else arrives
// (pipes, files that grow). Returns nullopt and sets `reason` on failure.
std::optional<std::string> read_stream(std::FILE* f, std::uintmax_t size_hint, std::string& reason) {
  std::string data;
  data.resize(static_cast<std::size_t>(size_hint));
  data.resize(std::fread(data.data(), 1, data.size(), f));
  char buf[1 << 16];
  while (!std::ferror(f) && !std::feof(f)) {
    std::size_t n = std::fread(buf, 1, sizeof buf, f);
    data.append(buf, n);
  }
  if (std::ferror(f)) {
    reason = std::strerror(errno);
    return std::nullopt;
  }
  // Ranges are 32-bit byte offsets (document.hpp).
  if (data.size() > std::numeric_limits<std::uint32_t>::max()) {
    reason = "files over 4 GiB are not supported";
    return std::nullopt;
  }
  return data;
}

// A JSON or YAML file is read whole and becomes a tree several times its size; no job file
// comes near this (NDJSON is read in blocks; ndjson_reader.cpp caps one line alike).
constexpr std::uintmax_t kMaxFileSize = std::uintmax_t{256} << 20;

// One open, one fstat and, for a regular file, one read of its whole size (asking one byte
// more tells that the end was reached). Whatever has no size (a device, a FIFO) is read to
// its end, under the same cap.
std::optional<std::string> read_path(const fs::path& path, std::string& reason) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    reason = std::strerror(errno);
    return std::nullopt;
  }
  struct stat st {};
  std::size_t size = 0;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) size = static_cast<std::size_t>(st.st_size);
  const char* too_big = "the file is larger than 256 MiB, the limit for JSON and YAML files";
  std::string data;
  if (size > kMaxFileSize) {
    ::close(fd);
    reason = too_big;
    return std::nullopt;
  }
  data.resize(size + 1);
  std::size_t got = 0;
  for (;;) {
    if (got == data.size()) data.resize(std::min<std::size_t>(data.size() * 2 + (1 << 16), kMaxFileSize + 1));
    ssize_t n = ::read(fd, data.data() + got, data.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      reason = std::strerror(errno);
      ::close(fd);
      return std::nullopt;
    }
    got += static_cast<std::size_t>(n);
    if (got > kMaxFileSize) {
      ::close(fd);
      reason = too_big;
      return std::nullopt;
    }
    // a regular file's read stops short only at its end
    if (n == 0 || (size > 0 && got <= size)) break;
  }
  ::close(fd);
  data.resize(got);
  return data;
}

// ---- inputs ----

// One file to lint, or a problem found while looking for files, in report order.
struct Input {
  std::string display;  // the path as reported
  fs::path path;
  bool named = false;
  std::optional<std::string> stdin_bytes;  // read up front: stdin is read once, by one thread
  std::string error;                       // set: report this instead of linting
  std::string rel = {};   // relative to the config's folder, for its globs ("": stdin)
  bool excluded = false;  // named, but excluded under --force-exclude: skipped, counted
};

// Walked files are shown as the directory argument as given, `/`, the path below it;
// `.` itself adds nothing, so `iotjob-lint` prints `jobs/a.json`, not `./jobs/a.json`.
std::string join_display(const std::string& dir_arg, const std::string& rel) {
  if (dir_arg == "." || dir_arg == "./") return rel;
  std::string base = dir_arg;
  while (!base.empty() && base.back() == '/') base.pop_back();
  return base + "/" + rel;
}

// Depth-first, each directory's entries sorted by name, so the order is the sorted path
// order component by component and does not depend on the file system. `base` is the
// walked argument relative to the config's folder; the config's include and exclude globs
// pick the files (an excluded folder is not entered).
void walk(const fs::path& dir, const std::string& dir_arg, const std::string& rel, const std::string& base,
          const Config& config, std::vector<Input>& out) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  std::string shown = rel.empty() ? dir_arg : join_display(dir_arg, rel);
  if (ec) {
    out.push_back({shown, dir, false, std::nullopt, "cannot read " + shown + ": " + ec.message()});
    return;
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
  for (const auto& entry : entries) {
    const std::string name = entry.path().filename().string();
    const std::string child_rel = rel.empty() ? name : rel + "/" + name;
    const std::string config_rel = base.empty() ? child_rel : base + "/" + child_rel;
    // A symlink to a directory is not followed (it could loop); one to a file is read; one
    // that leads nowhere (dangling, a loop) is a file that cannot be read.
    std::error_code target;
    if (entry.is_symlink(ec) && (!fs::exists(fs::status(entry.path(), target)) || target) &&
        config.included(config_rel)) {
      std::string why = target ? target.message() : std::strerror(ENOENT);
      out.push_back({join_display(dir_arg, child_rel), entry.path(), false, std::nullopt,
                     "cannot read " + join_display(dir_arg, child_rel) + ": " + why, config_rel});
    } else if (entry.is_directory(ec) && !entry.is_symlink(ec)) {
      if (name.front() == '.' || name == "node_modules" || config.excluded_here(config_rel)) continue;
      walk(entry.path(), dir_arg, child_rel, base, config, out);
    } else if (entry.is_regular_file(ec) && config.included(config_rel)) {
      out.push_back({join_display(dir_arg, child_rel), entry.path(), false, std::nullopt, {}, config_rel});
    }
  }
}

// --force-exclude: a named file passes the filter a walked one would (no hidden folder or
// node_modules, include, exclude), since pre-commit names every staged file.
bool force_excluded(const Args& args, const Config& config, const std::string& rel) {
  if (!args.force_exclude || rel.empty()) return false;
  for (std::size_t begin = 0, slash; (slash = rel.find('/', begin)) != std::string::npos; begin = slash + 1) {
    std::string_view folder = std::string_view(rel).substr(begin, slash - begin);
    if (!folder.empty() && ((folder.front() == '.' && folder != "..") || folder == "node_modules")) return true;
  }
  return !config.included(rel) || config.excluded(rel);
}

std::vector<Input> collect_inputs(const Args& args, const Config& config) {
  std::vector<Input> inputs;
  std::vector<std::string> paths = args.paths.empty() ? std::vector<std::string>{"."} : args.paths;
  for (const auto& arg : paths) {
    if (arg == "-") {
      Input in;
      in.display = args.stdin_filename.empty() ? "-" : args.stdin_filename;
      in.named = true;
      if (!args.stdin_filename.empty()) in.rel = config.relative(args.stdin_filename);
      in.excluded = force_excluded(args, config, in.rel);
      std::string reason;
      in.stdin_bytes = read_stream(stdin, 0, reason);
      if (!in.stdin_bytes) in.error = "cannot read stdin: " + reason;
      inputs.push_back(std::move(in));
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      std::string reason = ec ? ec.message() : std::strerror(ENOENT);
      inputs.push_back({arg, arg, true, std::nullopt, "cannot read " + arg + ": " + reason});
    } else if (fs::is_directory(st)) {
      std::string base = config.relative(arg);
      if (!(args.force_exclude && config.excluded(base))) walk(arg, arg, "", base, config, inputs);
    } else {
      std::string rel = config.relative(arg);
      bool excluded = force_excluded(args, config, rel);
      inputs.push_back({arg, arg, true, std::nullopt, {}, std::move(rel), excluded});
    }
  }
  return inputs;
}

// ---- linting ----

struct Outcome {
  std::optional<LintedFile> file;  // nullopt: skipped, or `error` is set
  std::string error;
};

// The options for one file: the run's, less what per-file-ignores switches off for it.
const LintOptions& options_for(const Input& in, const LintOptions& options, const Config& config,
                               LintOptions& scratch) {
  if (in.rel.empty() || config.per_file_ignores.empty()) return options;
  scratch = options;
  return config.apply_per_file_ignores(in.rel, scratch.selected) ? scratch : options;
}

// NDJSON files are read a block of lines at a time: memory does not grow with the file,
// only with its findings (and their source lines when the report shows them). With
// `threads` > 1, that many blocks are linted at once and merged in file order.
Outcome lint_ndjson_file(const Input& in, const LintOptions& options, bool keep_excerpts, unsigned threads) {
  std::FILE* f = std::fopen(in.path.c_str(), "rb");
  if (!f) return {std::nullopt, "cannot read " + in.display + ": " + std::strerror(errno)};
  NdjsonReader reader(f);
  LintedFile file;
  file.report.path = in.display;
  bool established = in.named;  // a walked file is a job file once a record is a job
  struct Block {
    std::string bytes;
    std::uint64_t first_line = 0;
    LintedFile result;
  };
  std::vector<Block> round(std::max(1u, threads));
  auto lint_block = [&](Block& b) {
    FileReport part = lint_ndjson(b.bytes, b.first_line, options, in.named);
    if (keep_excerpts) {
      b.result = make_linted_file(std::move(part), b.bytes);
    } else {
      b.result = {};
      b.result.report = std::move(part);
    }
  };
  std::string_view view;
  std::uint64_t first_line = 0;
  bool more = true;
  while (more) {
    std::size_t n = 0;
    while (n < round.size() && (more = reader.next(view, first_line))) {
      round[n].bytes.assign(view);
      round[n].first_line = first_line;
      ++n;
    }
    if (n == 1) {
      lint_block(round[0]);
    } else if (n > 1) {
      std::vector<std::thread> pool;
      std::exception_ptr failure;
      std::mutex failure_lock;
      for (std::size_t i = 1; i < n; ++i) {
        pool.emplace_back([&, i] {
          try {
            lint_block(round[i]);
          } catch (...) {
            std::lock_guard<std::mutex> hold(failure_lock);
            failure = std::current_exception();
          }
        });
      }
      try {
        lint_block(round[0]);
      } catch (...) {
        std::lock_guard<std::mutex> hold(failure_lock);
        failure = std::current_exception();
      }
      for (auto& t : pool) t.join();
      if (failure) std::rethrow_exception(failure);
    }
    for (std::size_t i = 0; i < n; ++i) {
      Block& b = round[i];
      FileReport& part = b.result.report;
      if (!established && !part.is_job) continue;  // no job yet: its non-jobs are not IJ006
      if (!file.report.is_job) file.report.dialect = part.dialect;
      file.report.is_job = established = true;
      for (auto& d : part.diagnostics) file.report.diagnostics.push_back(std::move(d));
      if (keep_excerpts) {
        for (auto& e : b.result.excerpts) file.excerpts.push_back(std::move(e));
      }
      b.result = {};
    }
  }
  std::string error = reader.error();
  std::fclose(f);
  if (!error.empty()) return {std::nullopt, "cannot read " + in.display + ": " + error};
  if (!file.report.is_job && !in.named) return {};  // walked, and no record is a job: skipped
  file.report.is_job = true;                         // named: linted, even with no record
  return {std::move(file), {}};
}

Outcome lint_input(const Input& in, const LintOptions& run_options, const Config& config, bool keep_excerpts,
                   unsigned ndjson_threads) {
  if (!in.error.empty()) return {std::nullopt, in.error};
  if (in.excluded) return {};
  LintOptions scratch;
  const LintOptions& options = options_for(in, run_options, config, scratch);
  InputFormat format = format_for_path(in.display);
  if (format == InputFormat::Ndjson && !in.stdin_bytes) return lint_ndjson_file(in, options, keep_excerpts, ndjson_threads);
  std::string reason;
  std::optional<std::string> read;
  if (!in.stdin_bytes) {
    read = read_path(in.path, reason);
    if (!read) return {std::nullopt, "cannot read " + in.display + ": " + reason};
  }
  const std::string& bytes = in.stdin_bytes ? *in.stdin_bytes : *read;
  FileReport report = lint_bytes(bytes, format, options, in.named);
  if (!report.is_job) return {};  // a walked document that is no job: skipped, counted
  report.path = in.display;
  return {make_linted_file(std::move(report), bytes), {}};
}

// Results land in input order whatever the number of threads.
std::vector<Outcome> lint_all(const std::vector<Input>& inputs, const Args& args, const LintOptions& options,
                              const Config& config) {
  const bool keep_excerpts = args.format == "text";
  std::vector<Outcome> outcomes(inputs.size());
  unsigned threads = args.jobs ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
  // threads left over from files go to the blocks of NDJSON files (a fleet audit is one file)
  unsigned file_threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, inputs.size())));
  unsigned ndjson_threads = std::max(1u, threads / file_threads);
  threads = file_threads;
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::atomic<bool> failed{false};
  auto work = [&] {
    try {
      for (std::size_t i = next++; i < inputs.size() && !failed; i = next++) {
        outcomes[i] = lint_input(inputs[i], options, config, keep_excerpts, ndjson_threads);
      }
    } catch (...) {
      if (!failed.exchange(true)) failure = std::current_exception();
    }
  };
  if (threads <= 1) {
    work();
  } else {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
    for (auto& t : pool) t.join();
  }
  if (failure) std::rethrow_exception(failure);
  return outcomes;
}

// ---- output ----

bool write_file(const std::string& path, const std::string& text) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
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

bool write_stdout(const std::string& text) {
  bool ok = std::fwrite(text.data(), 1, text.size(), stdout) == text.size() && std::fflush(stdout) == 0;
  if (!ok) complain(std::string("cannot write the report: ") + std::strerror(errno));
  return ok;
}

bool write_docs(const fs::path& dir) {
  const Registry& reg = registry();
  std::error_code ec;
  fs::create_directories(dir / "rules", ec);
  if (ec) {
    complain("cannot create " + (dir / "rules").string() + ": " + ec.message());
    return false;
  }
  if (!write_file((dir / "rules.md").string(), render_rules_index(reg))) return false;
  for (const auto& r : reg.rules) {
    const std::string file = (dir / "rules" / (std::string(r.info->code) + ".md")).string();
    if (!write_file(file, render_rule_doc_markdown(*r.info))) return false;
  }
  return true;
}

bool color_wanted(const Args& args) {
  if (args.color == "always") return true;
  if (args.color == "never" || !args.output.empty()) return false;
  const char* no_color = std::getenv("NO_COLOR");  // no-color.org: set and non-empty
  return isatty(STDOUT_FILENO) && !(no_color && *no_color);
}

void define_options(CLI::App& app, Args& a) {
  app.add_option("paths", a.paths, "Files, directories (walked recursively) or - for stdin; default: .")
      ->type_name("PATH");
  app.add_option("--format", a.format, "Report format (default: text)")
      ->check(CLI::IsMember({"text", "concise", "json", "sarif", "github"}));
  app.add_option("-o,--output", a.output, "Write the report to FILE instead of stdout")->type_name("FILE");
  app.add_option("--now", a.now, "Reference time for IJ106 on create-job requests, RFC 3339 (default: now)")
      ->type_name("TIME");
  app.add_option("--dialect", a.dialect, "Job dialect (default: auto)")
      ->check(CLI::IsMember({"auto", "create-job", "describe-job", "catalog"}));
  app.add_option("--select", a.select, "Comma-separated codes, code prefixes (IJ1) or names to enable")
      ->type_name("LIST")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--ignore", a.ignore, "Comma-separated codes, code prefixes or names to disable")
      ->type_name("LIST")
      ->delimiter(',')
      ->allow_extra_args(false);
  app.add_option("--fail-on", a.fail_on, "Lowest severity that makes the exit code 1 (default: error)")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  auto* config = app.add_option("--config", a.config, "Use this config file")->type_name("FILE");
  app.add_flag("--no-config", a.no_config, "Ignore config files")->excludes(config);
  app.add_flag("--force-exclude", a.force_exclude, "Apply the config's exclude globs to named files too");
  app.add_option("--stdin-filename", a.stdin_filename, "Name for stdin in reports; its extension picks the format")
      ->type_name("NAME");
  app.add_option("-j,--jobs", a.jobs, "Worker threads (default: one per CPU)")
      ->type_name("N")
      ->check(CLI::PositiveNumber);
  app.add_flag("--list-rules", a.list_rules, "List the rules: code, name, default severity, summary");
  app.add_option("--explain", a.explain, "Print a rule's documentation (code or name)")->type_name("CODE");
  app.add_option("--color", a.color, "Colours in text reports (default: auto)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  app.add_flag("-q,--quiet", a.quiet, "No summary line");
  app.add_option("--write-docs", a.write_docs, "Write rules.md and rules/IJnnn.md into DIR")  // hidden
      ->type_name("DIR")
      ->group("");
  app.set_version_flag("--version", "iotjob-lint " IJL_VERSION);
}

// --config FILE, else the nearest .iotjob-lint.json in or above the working directory,
// unless --no-config. Complains and returns nullopt when the file is not valid.
std::optional<Config> run_config(const Args& args, const Registry& reg) {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  if (ec) {
    complain("cannot find the working directory: " + ec.message());
    return std::nullopt;
  }
  std::optional<fs::path> file;
  std::string display = args.config;
  if (!args.config.empty()) {
    file = args.config;
  } else if (!args.no_config) {
    file = find_config(cwd);
    if (file) display = file->lexically_relative(cwd).generic_string();
  }
  if (!file) return default_config(cwd);
  ConfigLoad loaded = load_config(*file, display, reg);
  if (!loaded.config) complain(loaded.error);
  return std::move(loaded.config);
}

// Which rules run: the config's select (all rules without one) less its ignore; a --select
// starts over from nothing, --ignore switches off more; the config's severities. Then
// --dialect and --now. Complains and returns nullopt on a bad value.
std::optional<LintOptions> lint_options(const Args& args, const Registry& reg, const Config& config) {
  LintOptions options;
  options.selected.assign(reg.rules.size(), !config.select);
  if (config.select) mark_rules(reg, *config.select, options.selected, true);
  mark_rules(reg, config.ignore, options.selected, false);
  if (!args.select.empty()) options.selected.assign(reg.rules.size(), false);
  if (auto bad = mark_rules(reg, args.select, options.selected, true)) {
    complain("--select: unknown rule '" + *bad + "' (see --list-rules)");
    return std::nullopt;
  }
  if (auto bad = mark_rules(reg, args.ignore, options.selected, false)) {
    complain("--ignore: unknown rule '" + *bad + "' (see --list-rules)");
    return std::nullopt;
  }
  options.severity = config.severity;
  if (args.dialect != "auto") options.dialect = parse_dialect(args.dialect);
  if (args.now.empty()) {
    options.check.now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
  } else if (auto now = parse_rfc3339_now(args.now)) {
    options.check.now = *now;
  } else {
    complain("--now: '" + args.now + "' is not an RFC 3339 date-time such as 2026-11-26T12:00:00Z");
    return std::nullopt;
  }
  return options;
}

bool fails(const RunReport& run, const std::string& fail_on) {
  if (fail_on == "never") return false;
  Severity threshold = *parse_severity(fail_on);
  for (const auto& f : run.files) {
    for (const auto& d : f.report.diagnostics) {
      if (d.severity >= threshold) return true;
    }
  }
  return false;
}

int run(int argc, char** argv) {
  CLI::App app{"Lints AWS IoT job files: create-job requests, describe-job output and catalog records.",
               "iotjob-lint"};
  Args args;
  define_options(app, args);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitClean : kExitError;  // --help is a ParseError too
  }

  auto emit = [&](const std::string& text) {
    return (args.output.empty() ? write_stdout(text) : write_file(args.output, text)) ? kExitClean : kExitError;
  };
  const Registry& reg = registry();
  if (args.list_rules) return emit(render_list_rules(reg));
  if (!args.explain.empty()) {
    auto i = reg.find(args.explain);
    if (!i) {
      complain("unknown rule '" + args.explain + "' (see --list-rules)");
      return kExitError;
    }
    return emit(render_explain(*reg.rules[*i].info));
  }
  if (!args.write_docs.empty()) return write_docs(args.write_docs) ? kExitClean : kExitError;

  if (!is_supported_format(args.format)) {
    complain("--format " + args.format + " is not supported yet");
    return kExitError;
  }
  std::optional<Config> config = run_config(args, reg);
  if (!config) return kExitError;
  // Command-line options override the file.
  if (config->dialect && app.count("--dialect") == 0) args.dialect = *config->dialect;
  if (config->fail_on && app.count("--fail-on") == 0) args.fail_on = *config->fail_on;
  std::optional<LintOptions> options = lint_options(args, reg, *config);
  if (!options) return kExitError;

  std::vector<Outcome> outcomes = lint_all(collect_inputs(args, *config), args, *options, *config);
  RunReport run;
  for (std::size_t i = 0; i < reg.rules.size(); ++i) {
    if (options->selected.empty() || options->selected[i]) run.rules.push_back(reg.rules[i].info);
  }
  bool read_error = false;
  for (auto& o : outcomes) {
    if (!o.error.empty()) {
      complain(o.error);
      read_error = true;
    } else if (o.file) {
      run.files.push_back(std::move(*o.file));
    } else {
      ++run.skipped;
    }
  }

  ReportOptions report_options{.color = color_wanted(args), .quiet = args.quiet};
  if (emit(render_report(args.format, run, report_options)) != kExitClean || read_error) return kExitError;
  return fails(run, args.fail_on) ? kExitFindings : kExitClean;
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
