// Reads and lints the inputs on worker threads; NDJSON files a block of lines at a time.
#include "runner.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <exception>
#include <mutex>
#include <thread>

#include "ndjson_reader.hpp"

namespace ijl {
namespace {

namespace fs = std::filesystem;

// A JSON or YAML file is read whole and becomes a tree several times its size; no job file
// comes near this (NDJSON is read in blocks; ndjson_reader.cpp caps one line alike).
constexpr std::size_t kMaxFileSize = std::size_t{256} << 20;

// One fstat and, for a regular file, one read of its whole size (asking one byte more tells
// that the end was reached). Whatever has no size (a pipe, a device) is read to its end,
// under the same cap.
std::optional<std::string> read_fd(int fd, std::string& reason) {
  struct stat st {};
  std::size_t size = 0;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) size = static_cast<std::size_t>(st.st_size);
  const char* too_big = "the file is larger than 256 MiB, the limit for JSON and YAML files";
  if (size > kMaxFileSize) {
    reason = too_big;
    return std::nullopt;
  }
  std::string data;
  data.resize(size + 1);
  std::size_t got = 0;
  for (;;) {
    if (got == data.size()) data.resize(std::min<std::size_t>(data.size() * 2 + (1 << 16), kMaxFileSize + 1));
    ssize_t n = ::read(fd, data.data() + got, data.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      reason = std::strerror(errno);
      return std::nullopt;
    }
    got += static_cast<std::size_t>(n);
    if (got > kMaxFileSize) {
      reason = too_big;
      return std::nullopt;
    }
    // a regular file's read stops short only at its end
    if (n == 0 || (size > 0 && got <= size)) break;
  }
  data.resize(got);
  return data;
}

// The options for one input: its config's, less what per-file-ignores switches off for it.
const LintOptions& options_for(const Input& in, const RunOptions& run, LintOptions& scratch) {
  const LintOptions& base = run.options.at(in.config);
  if (in.rel.empty() || (in.config->per_file_ignores.empty() && in.config->per_file_supplied_fields.empty())) return base;
  scratch = base;
  return in.config->apply_per_file(in.rel, scratch) ? scratch : base;
}

// NDJSON files are read a block of lines at a time: memory does not grow with the file,
// only with its findings (and their source lines when the report shows them). With
// `threads` > 1, that many blocks are linted at once and merged in file order.
Outcome lint_ndjson_file(const Input& in, bool named, const LintOptions& options, bool keep_excerpts,
                         unsigned threads) {
  std::FILE* f = std::fopen(in.path.c_str(), "rb");
  if (!f) return {std::nullopt, "cannot read " + in.display + ": " + std::strerror(errno), {}};
  NdjsonReader reader(f);
  LintedFile file;
  file.report.path = in.display;
  bool established = named;  // a walked file is a job file once a record is a job
  struct Block {
    std::string bytes;
    std::uint64_t first_line = 0;
    LintedFile result;
  };
  std::vector<Block> round(std::max(1u, threads));
  auto lint_block = [&](Block& b) {
    FileReport part = lint_ndjson(b.bytes, b.first_line, options, named);
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
      auto guarded = [&](std::size_t i) {
        try {
          lint_block(round[i]);
        } catch (...) {
          std::lock_guard<std::mutex> hold(failure_lock);
          failure = std::current_exception();
        }
      };
      for (std::size_t i = 1; i < n; ++i) pool.emplace_back(guarded, i);
      guarded(0);
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
  if (!error.empty()) return {std::nullopt, "cannot read " + in.display + ": " + error, {}};
  if (!file.report.is_job && !named) return {std::nullopt, {}, "no job records"};
  file.report.is_job = true;  // named: linted, even with no record
  return {std::move(file), {}, {}};
}

Outcome lint_input(const Input& in, const std::optional<std::string>& stdin_bytes, const RunOptions& run,
                   unsigned ndjson_threads) {
  if (in.kind == Input::Kind::Unreadable) return {std::nullopt, in.why, {}};
  if (in.kind == Input::Kind::Excluded) return {std::nullopt, {}, "excluded: " + in.why};
  LintOptions scratch;
  const LintOptions& options = options_for(in, run, scratch);
  const bool named = in.named && run.strict_named;
  InputFormat format = format_for_path(in.display);
  if (format == InputFormat::Ndjson && !in.is_stdin) {
    return lint_ndjson_file(in, named, options, run.keep_excerpts, ndjson_threads);
  }
  std::string reason;
  std::optional<std::string> read;
  if (!in.is_stdin) {
    read = read_path(in.path, reason);
    if (!read) return {std::nullopt, "cannot read " + in.display + ": " + reason, {}};
  }
  const std::string& bytes = in.is_stdin ? *stdin_bytes : *read;
  FileReport report = lint_bytes(bytes, format, options, named);
  if (!report.is_job) return {std::nullopt, {}, report.skip_reason};
  report.path = in.display;
  return {make_linted_file(std::move(report), bytes), {}, {}};
}

}  // namespace

LintOptions lint_options_for(const Config& config, const Registry& reg, const CommandLineChoices& cli) {
  LintOptions options;
  options.selected.assign(reg.rules.size(), !config.select);
  if (config.select) mark_rules(reg, *config.select, options.selected, true);
  mark_rules(reg, config.ignore, options.selected, false);
  if (cli.select) {
    options.selected.assign(reg.rules.size(), false);
    mark_rules(reg, *cli.select, options.selected, true);
  }
  mark_rules(reg, cli.ignore, options.selected, false);
  options.severity = config.severity;
  options.dialect = cli.dialect_set ? cli.dialect : config.dialect;
  options.check = cli.check;
  options.supplied_fields = config.supplied_fields;
  std::vector<std::string> patterns = config.placeholders;
  patterns.insert(patterns.end(), cli.placeholders.begin(), cli.placeholders.end());
  if (!patterns.empty()) {
    std::string error;  // every pattern was checked when the config and the options were read
    if (auto compiled = Placeholders::compile(patterns, error)) {
      options.placeholders = std::make_shared<const Placeholders>(std::move(*compiled));
    }
  }
  return options;
}

std::optional<std::string> read_path(const fs::path& path, std::string& reason) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    reason = std::strerror(errno);
    return std::nullopt;
  }
  std::optional<std::string> data = read_fd(fd, reason);
  ::close(fd);
  return data;
}

std::optional<std::string> read_stdin(std::string& reason) { return read_fd(STDIN_FILENO, reason); }

std::vector<Outcome> lint_inputs(const std::vector<Input>& inputs, const RunOptions& run) {
  std::vector<Outcome> outcomes(inputs.size());
  // stdin is read once, up front, by this thread
  std::optional<std::string> stdin_bytes;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!inputs[i].is_stdin || inputs[i].kind != Input::Kind::Lint) continue;
    std::string reason;
    stdin_bytes = read_stdin(reason);
    if (!stdin_bytes) outcomes[i].error = "cannot read stdin: " + reason;
  }
  unsigned threads = std::max(1u, run.threads);
  // threads left over from files go to the blocks of NDJSON files (a fleet audit is one file)
  unsigned file_threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(1, inputs.size())));
  unsigned ndjson_threads = std::max(1u, threads / file_threads);
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::atomic<bool> failed{false};
  auto work = [&] {
    try {
      for (std::size_t i = next++; i < inputs.size() && !failed; i = next++) {
        if (inputs[i].is_stdin && !stdin_bytes && inputs[i].kind == Input::Kind::Lint) continue;  // error set above
        outcomes[i] = lint_input(inputs[i], stdin_bytes, run, ndjson_threads);
      }
    } catch (...) {
      if (!failed.exchange(true)) failure = std::current_exception();
    }
  };
  if (file_threads <= 1) {
    work();
  } else {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < file_threads; ++t) pool.emplace_back(work);
    for (auto& t : pool) t.join();
  }
  if (failure) std::rethrow_exception(failure);
  return outcomes;
}

}  // namespace ijl
