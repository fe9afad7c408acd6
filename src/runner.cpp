// Reads and lints the inputs on worker threads; NDJSON files a block of lines at a time.
#include "runner.hpp"

#include <fcntl.h>
#include <malloc.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <functional>
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
constexpr const char* kTooBig = "the file is larger than 256 MiB, the limit for JSON and YAML files";

// One fstat and, for a regular file, one read of its whole size (asking one byte more tells
// that the end was reached). Whatever has no size (a pipe, a device) is read to its end,
// under the same cap.
std::optional<std::string> read_fd(int fd, std::string& reason) {
  struct stat st {};
  std::size_t size = 0;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) size = static_cast<std::size_t>(st.st_size);
  if (size > kMaxFileSize) {
    reason = kTooBig;
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
      reason = kTooBig;
      return std::nullopt;
    }
    // a regular file's read stops short only at its end
    if (n == 0 || (size > 0 && got <= size)) break;
  }
  data.resize(got);
  return data;
}

// A file a walk found to be regular: most job files fit one read into a buffer kept per
// thread, which saves the fstat of read_fd (a system call a file, dear on this kind of
// virtual machine); a file that fills the buffer is read on by read_fd.
std::optional<std::string> read_regular(int fd, std::string& reason) {
  constexpr std::size_t kSmall = 64 * 1024;
  thread_local std::string buffer(kSmall, '\0');
  ssize_t n;
  while ((n = ::read(fd, buffer.data(), kSmall)) < 0 && errno == EINTR) {
  }
  if (n < 0) {
    reason = std::strerror(errno);
    return std::nullopt;
  }
  // a regular file's read stops short only at its end
  if (static_cast<std::size_t>(n) < kSmall) return std::string(buffer.data(), static_cast<std::size_t>(n));
  std::optional<std::string> rest = read_fd(fd, reason);
  if (!rest) return std::nullopt;
  rest->insert(0, buffer.data(), kSmall);
  if (rest->size() > kMaxFileSize) {
    reason = kTooBig;
    return std::nullopt;
  }
  return rest;
}

// One JSON or YAML input, linted whole on a worker: what the reporter will be given.
struct FileResult {
  Verdict verdict;
  std::optional<LintedFile> file;
};

Verdict verdict_of(const FileReport& report) {
  Verdict v;
  v.kind = Verdict::Kind::Linted;
  v.dialect = report.dialect;
  for (const auto& d : report.diagnostics) {
    if (d.rule == registry().syntax) v.syntax_error = true;
  }
  return v;
}

FileResult lint_whole(const Input& in, const std::optional<std::string>& stdin_bytes, const LintOptions& options,
                      bool named, bool keep_excerpts) {
  std::string reason;
  std::optional<std::string> read;
  if (!in.is_stdin) {
    read = read_path(in.path, reason, in.regular);
    if (!read) return {{Verdict::Kind::Unreadable, {}, false, "cannot read " + in.display + ": " + reason}, {}};
  }
  const std::string& bytes = in.is_stdin ? *stdin_bytes : *read;
  FileReport report = lint_bytes(bytes, format_for_path(in.display), options, named);
  if (!report.is_job) return {{Verdict::Kind::Skipped, {}, false, report.skip_reason}, {}};
  report.path = in.display;
  Verdict v = verdict_of(report);
  if (keep_excerpts) return {v, make_linted_file(std::move(report), bytes)};
  LintedFile f;
  f.report = std::move(report);
  return {v, std::move(f)};
}

// The states of a ring's slots that several threads fill: pending until the work for the
// slot is done or has thrown; the first exception is kept for the thread that takes the slot.
class SlotStates {
 public:
  explicit SlotStates(std::size_t n) : state_(n) {}

  // Runs `work` for `slot` and wakes a thread waiting for it.
  template <typename Work>
  void fill(std::size_t slot, Work&& work) {
    try {
      work();
      state_[slot].store(kDone, std::memory_order_release);
    } catch (...) {
      {
        std::lock_guard<std::mutex> hold(failure_lock_);
        if (!failure_) failure_ = std::current_exception();
      }
      state_[slot].store(kFailed, std::memory_order_release);
    }
    state_[slot].notify_all();
  }
  // Returns once `slot` is filled, calling `help` meanwhile (false: nothing to do but wait);
  // rethrows what its work threw.
  template <typename Help>
  void wait(std::size_t slot, Help&& help) {
    int s;
    while ((s = state_[slot].load(std::memory_order_acquire)) == kPending) {
      if (!help()) state_[slot].wait(kPending, std::memory_order_acquire);
    }
    if (s == kFailed) {
      std::lock_guard<std::mutex> hold(failure_lock_);
      std::rethrow_exception(failure_);
    }
  }
  // The slot is free for new work (its old result was taken).
  void reset(std::size_t slot) { state_[slot].store(kPending, std::memory_order_relaxed); }

 private:
  static constexpr int kPending = 0, kDone = 1, kFailed = 2;
  std::vector<std::atomic<int>> state_;
  std::mutex failure_lock_;
  std::exception_ptr failure_;
};

// Lints the inputs that are read whole ahead of the one being reported, on `workers`
// threads, at most `window` inputs ahead: results come out in input order, and memory holds
// only the window's findings (a ring of `window` slots). Every input is claimed once, in
// order, from one counter; the reporting thread claims too, rather than wait for a worker.
// A thread blocks (a futex) only when there is nothing else to do.
class Prefetcher {
 public:
  Prefetcher(std::size_t n, unsigned workers, std::size_t window, std::function<bool(std::size_t)> inline_input,
             std::function<FileResult(std::size_t)> work)
      : n_(n), results_(window), states_(window), inline_(std::move(inline_input)), work_(std::move(work)) {
    for (unsigned t = 0; t < workers; ++t) threads_.emplace_back([this] { run(); });
  }
  ~Prefetcher() {
    stop_.store(true);
    taken_.fetch_add(1);  // wakes a worker waiting for the window to move
    taken_.notify_all();
    for (auto& t : threads_) t.join();
  }

  FileResult take(std::size_t i) {
    std::size_t expected = i;
    if (next_.compare_exchange_strong(expected, i + 1)) {
      FileResult r = work_(i);  // this thread's own: an exception goes straight to the caller
      advance(i);
      return r;
    }
    states_.wait(i % results_.size(), [&] { return step() == Step::Worked; });
    FileResult r = std::move(*results_[i % results_.size()]);
    advance(i);
    return r;
  }
  // Input i is not the pool's (it was linted inline): the window moves past it.
  void skip(std::size_t i) {
    std::size_t expected = i;
    next_.compare_exchange_strong(expected, i + 1);
    advance(i);
  }

 private:
  enum class Step : std::uint8_t { Worked, WindowFull, Finished };

  // Input i is reported: its slot is free for input i + window.
  void advance(std::size_t i) {
    const std::size_t slot = i % results_.size();
    results_[slot].reset();
    states_.reset(slot);
    taken_.store(i + 1, std::memory_order_release);
    taken_.notify_all();
  }

  // Claims the next input within the window and lints it into its slot.
  Step step() {
    for (;;) {
      std::size_t i = next_.load();
      if (i >= n_) return Step::Finished;
      if (i >= taken_.load(std::memory_order_acquire) + results_.size()) return Step::WindowFull;
      if (!next_.compare_exchange_weak(i, i + 1)) continue;
      if (inline_(i)) continue;
      const std::size_t slot = i % results_.size();
      states_.fill(slot, [&] { results_[slot] = work_(i); });
      return Step::Worked;
    }
  }

  void run() {
    while (!stop_.load()) {
      const std::size_t taken = taken_.load(std::memory_order_acquire);
      const Step st = step();
      if (st == Step::Finished) return;
      if (st == Step::WindowFull) taken_.wait(taken);
    }
  }

  std::size_t n_;
  std::vector<std::optional<FileResult>> results_;  // input i in slot i % window
  SlotStates states_;
  std::function<bool(std::size_t)> inline_;
  std::function<FileResult(std::size_t)> work_;
  std::atomic<std::size_t> next_{0}, taken_{0};
  std::atomic<bool> stop_{false};
  std::vector<std::thread> threads_;
};

// Drives the reporter: writes its output as soon as each call is done. A baseline takes its
// findings out first, so the reporter and the counts see only what is reported.
class Stream {
 public:
  Stream(Reporter& reporter, const std::function<bool(std::string_view)>& write, Tally& tally, const RunOptions& run)
      : reporter_(reporter), write_(write), tally_(tally), baseline_(run.baseline), record_(run.record) {
    tally_.baseline = baseline_ || record_;
  }

  bool ok() const { return ok_; }
  // The input whose files come next (for the baseline's keys).
  void input(const Input& in) {
    if (baseline_) baseline_path_ = baseline_->key_path(in);
    if (record_) record_path_ = record_->key_path(in);
  }
  void begin() {
    reporter_.begin(buf_);
    flush();
  }
  void file_begin(const FileHeader& h) {
    if (baseline_) baseline_->file_linted(baseline_path_);
    ++tally_.files;
    with_findings_ = false;
    reporter_.file_begin(h, buf_);
    flush();
  }
  void diagnostics(const FileHeader& h, const std::vector<Diagnostic>& ds, const std::vector<Excerpt>& ex) {
    if (ds.empty()) return;
    if (baseline_ || record_) {
      std::vector<Diagnostic> kept;
      std::vector<Excerpt> kept_ex;
      for (std::size_t i = 0; i < ds.size(); ++i) {
        if (record_) {
          record_->add(record_->key(record_path_, ds[i]));
        } else if (!baseline_->take(baseline_->key(baseline_path_, ds[i]))) {
          kept.push_back(ds[i]);
          if (i < ex.size()) kept_ex.push_back(ex[i]);
          continue;
        }
        ++tally_.baselined;
      }
      report(h, kept, kept_ex);
      return;
    }
    report(h, ds, ex);
  }
  void report(const FileHeader& h, const std::vector<Diagnostic>& ds, const std::vector<Excerpt>& ex) {
    if (ds.empty()) return;
    for (const auto& d : ds) tally_.add(d);
    if (!with_findings_) ++tally_.files_with_findings;
    with_findings_ = true;
    reporter_.diagnostics(h, ds, ex, buf_);
    flush();
  }
  void file_end(const FileHeader& h) {
    reporter_.file_end(h, buf_);
    flush();
  }
  void whole(const LintedFile& f) {
    FileHeader h{f.report.path, f.report.dialect};
    file_begin(h);
    diagnostics(h, f.report.diagnostics, f.excerpts);
    file_end(h);
  }
  void end() {
    if (baseline_ && !record_) tally_.baseline_unmatched = baseline_->unmatched();
    reporter_.end(tally_, buf_);
    flush();
  }

 private:
  void flush() {
    if (!buf_.empty() && ok_) ok_ = write_(buf_);
    buf_.clear();
  }

  Reporter& reporter_;
  const std::function<bool(std::string_view)>& write_;
  Tally& tally_;
  Baseline* baseline_;
  Baseline* record_;
  std::string baseline_path_, record_path_;
  std::string buf_;
  bool ok_ = true;
  bool with_findings_ = false;
};

struct NdjsonBlock {
  std::string bytes;
  std::uint64_t first_line = 0;
  LintedFile result;
};

// NDJSON blocks through a ring: the reading thread fills slots in file order, `workers`
// threads (and the reading thread, when the block it must report next is not done) lint
// them, and the reading thread reports them in order. Blocks are claimed once, in order,
// from one counter; a thread waits (a futex) only when no block is left to lint.
class BlockPipeline {
 public:
  BlockPipeline(std::vector<NdjsonBlock>& ring, unsigned workers, std::function<void(NdjsonBlock&)> lint)
      : ring_(ring), states_(ring.size()), lint_(std::move(lint)) {
    for (unsigned t = 0; t < workers; ++t) threads_.emplace_back([this] { work(); });
  }
  ~BlockPipeline() { finish(); }
  BlockPipeline(const BlockPipeline&) = delete;
  BlockPipeline& operator=(const BlockPipeline&) = delete;

  std::size_t read() const { return read_.load(std::memory_order_relaxed); }
  // Another block may be read while `reported` blocks have been reported.
  bool has_room(std::size_t reported) const { return read() - reported < ring_.size(); }
  // The slot of the next block; its former block was reported.
  NdjsonBlock& slot_to_fill() { return ring_[read() % ring_.size()]; }
  void filled() {
    const std::size_t i = read();
    states_.reset(i % ring_.size());
    read_.store(i + 1, std::memory_order_release);
    signal_.fetch_add(1, std::memory_order_release);
    signal_.notify_all();
  }

  // Block i, linted (by this thread if no worker has claimed it).
  NdjsonBlock& take(std::size_t i) {
    states_.wait(i % ring_.size(), [&] { return claim_one(); });
    return ring_[i % ring_.size()];
  }

  void finish() {
    if (threads_.empty()) return;
    stop_.store(true);
    signal_.fetch_add(1, std::memory_order_release);
    signal_.notify_all();
    for (auto& t : threads_) t.join();
    threads_.clear();
  }

 private:
  bool claim_one() {
    std::size_t c = claim_.load();
    while (c < read_.load(std::memory_order_acquire)) {
      if (claim_.compare_exchange_weak(c, c + 1)) {
        const std::size_t slot = c % ring_.size();
        states_.fill(slot, [&] { lint_(ring_[slot]); });
        return true;
      }
    }
    return false;
  }

  void work() {
    for (;;) {
      const int seen = signal_.load(std::memory_order_acquire);
      if (stop_.load()) return;
      if (!claim_one()) signal_.wait(seen, std::memory_order_acquire);
    }
  }

  std::vector<NdjsonBlock>& ring_;
  SlotStates states_;  // parallel to ring_
  std::function<void(NdjsonBlock&)> lint_;
  std::atomic<std::size_t> read_{0}, claim_{0};
  std::atomic<int> signal_{0};  // bumped when a block is read and at the end: wakes the workers
  std::atomic<bool> stop_{false};
  std::vector<std::thread> threads_;
};

// An NDJSON input (a file or stdin) a block of lines at a time, `threads` blocks at once,
// each block's findings reported as soon as the blocks before it are: memory holds a round
// of blocks, not the file's findings. A walked file is a job file from its first job record
// on; until then its blocks are not reported (their non-job records are no IJ006).
Verdict lint_ndjson_stream(const Input& in, bool named, const LintOptions& options, bool keep_excerpts,
                           unsigned threads, Stream& stream) {
  std::FILE* f = in.is_stdin ? stdin : std::fopen(in.path.c_str(), "rb");
  if (!f) return {Verdict::Kind::Unreadable, {}, false, "cannot read " + in.display + ": " + std::strerror(errno)};
  NdjsonReader reader(f);
  using Block = NdjsonBlock;
  // blocks in flight: one being reported, the rest read ahead and linting
  std::vector<Block> round(threads > 1 ? std::size_t{threads} + 1 : 1);
  auto lint_block = [&](Block& b) {
    FileReport part = lint_ndjson(b.bytes, b.first_line, options, named);
    if (keep_excerpts) {
      b.result = make_linted_file(std::move(part), b.bytes);
    } else {
      b.result = {};
      b.result.report = std::move(part);
    }
  };
  FileHeader header{in.display, std::nullopt};
  Verdict verdict{Verdict::Kind::Skipped, {}, false, "no job records"};
  bool begun = false;
  auto begin_file = [&](std::optional<Dialect> dialect) {
    header.dialect = dialect;
    verdict.kind = Verdict::Kind::Linted;
    verdict.dialect = dialect;
    verdict.why.clear();
    stream.file_begin(header);
    begun = true;
  };
  // A walked file's blocks before its first job record were passed over; once it proves a job
  // file they are read again (a seekable file: stdin is always named) and reported first.
  std::size_t passed_over = 0;
  std::string error;
  auto report_passed_over = [&](std::size_t blocks) {
    std::FILE* again = std::fopen(in.path.c_str(), "rb");
    if (!again) return false;
    NdjsonReader earlier(again);
    std::string_view block;
    std::uint64_t line = 0;
    bool ok = true;
    for (std::size_t b = 0; b < blocks && (ok = earlier.next(block, line)); ++b) {
      FileReport part = lint_ndjson(block, line, options, named);
      if (part.is_job) ok = false;  // it held no job record the first time
      LintedFile shown = keep_excerpts ? make_linted_file(std::move(part), block) : LintedFile{std::move(part), {}};
      stream.diagnostics(header, shown.report.diagnostics, shown.excerpts);
      if (!ok) break;
    }
    std::fclose(again);
    return ok;
  };
  // A block's findings, in file order.
  auto report_block = [&](Block& blk) {
    FileReport& part = blk.result.report;
    if (!begun && !named && !part.is_job) {
      ++passed_over;
      return true;
    }
    if (!begun) {
      begin_file(part.dialect);
      // the blocks before the first job record are the job file's too: read them again
      if (passed_over > 0 && !report_passed_over(passed_over)) {
        error = "the file changed while it was read";
        return false;
      }
    }
    for (const auto& d : part.diagnostics) {
      if (d.rule == registry().syntax) verdict.syntax_error = true;
    }
    stream.diagnostics(header, part.diagnostics, blk.result.excerpts);
    blk.result = {};
    return true;
  };
  BlockPipeline pipeline(round, threads - 1, lint_block);
  std::string_view view;
  std::uint64_t first_line = 0;
  bool more = true;
  for (std::size_t reported = 0;; ++reported) {
    // read ahead while the ring has room: the workers lint what this thread reads
    while (more && pipeline.has_room(reported)) {
      if ((more = reader.next(view, first_line))) {
        Block& blk = pipeline.slot_to_fill();
        blk.bytes.assign(view);
        blk.first_line = first_line;
        pipeline.filled();
      }
    }
    if (reported == pipeline.read()) break;
    Block& blk = pipeline.take(reported);  // lints blocks itself rather than wait
    if (!report_block(blk)) break;
  }
  pipeline.finish();
  if (error.empty()) error = reader.error();
  if (!in.is_stdin) std::fclose(f);
  if (!begun && named) begin_file(std::nullopt);  // named: linted, even with no record
  if (begun) stream.file_end(header);
  if (!error.empty()) {
    // what was read is reported; the rest is not, and the run says so
    return {Verdict::Kind::Unreadable, verdict.dialect, verdict.syntax_error, "cannot read " + in.display + ": " + error};
  }
  return verdict;
}

}  // namespace

const LintOptions& options_for(const Input& in, const RunOptions& run, LintOptions& scratch) {
  const LintOptions& base = run.options.at(in.config);
  if (in.rel.empty() || (in.config->per_file_ignores.empty() && in.config->per_file_supplied_fields.empty())) return base;
  scratch = base;
  return in.config->apply_per_file(in.rel, scratch) ? scratch : base;
}

LintOptions lint_options_for(const Config& config, const Registry& reg, const CommandLineChoices& cli) {
  LintOptions options;
  options.registry = &reg;
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

std::optional<std::string> read_path(const std::string& path, std::string& reason, bool regular) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    reason = std::strerror(errno);
    return std::nullopt;
  }
  std::optional<std::string> data = regular ? read_regular(fd, reason) : read_fd(fd, reason);
  ::close(fd);
  return data;
}

std::optional<std::string> read_stdin(std::string& reason) { return read_fd(STDIN_FILENO, reason); }

RunResult run_lint(const std::vector<Input>& inputs, const RunOptions& run, Reporter& reporter,
                   const std::function<bool(std::string_view)>& write) {
  // glibc raises its mmap threshold each time a large block is freed, after which large
  // blocks (a block's findings) come from the threads' heaps and stay there: peak memory
  // then grew with the number of NDJSON blocks. A fixed threshold keeps them mmapped.
  static std::once_flag fixed_threshold;
  std::call_once(fixed_threshold, [] { ::mallopt(M_MMAP_THRESHOLD, 256 * 1024); });
  RunResult result;
  result.verdicts.resize(inputs.size());
  Stream stream(reporter, write, result.tally, run);
  stream.begin();
  auto is_ndjson = [&](std::size_t i) {
    return inputs[i].kind == Input::Kind::Lint && format_for_path(inputs[i].display) == InputFormat::Ndjson;
  };
  // stdin (JSON or YAML) is read once, up front, by this thread; as NDJSON it streams
  std::optional<std::string> stdin_bytes;
  std::string stdin_error;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (inputs[i].is_stdin && inputs[i].kind == Input::Kind::Lint && !is_ndjson(i)) {
      stdin_bytes = read_stdin(stdin_error);
      if (!stdin_bytes) stdin_error = "cannot read stdin: " + stdin_error;
    }
  }
  auto lint_one = [&](std::size_t i) -> FileResult {
    const Input& in = inputs[i];
    if (in.kind == Input::Kind::Unreadable) return {{Verdict::Kind::Unreadable, {}, false, in.why}, {}};
    if (in.kind == Input::Kind::Excluded) return {{Verdict::Kind::Excluded, {}, false, in.why}, {}};
    if (in.is_stdin && !stdin_bytes) return {{Verdict::Kind::Unreadable, {}, false, stdin_error}, {}};
    LintOptions scratch;
    return lint_whole(in, stdin_bytes, options_for(in, run, scratch), in.named && run.strict_named, run.keep_excerpts);
  };
  const unsigned threads = std::max(1u, run.threads);
  std::optional<Prefetcher> pool;
  if (threads > 1 && inputs.size() > 1) pool.emplace(inputs.size(), threads - 1, 64 * std::size_t{threads}, is_ndjson, lint_one);
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    Verdict& verdict = result.verdicts[i];
    stream.input(inputs[i]);
    if (is_ndjson(i)) {
      LintOptions scratch;
      const Input& in = inputs[i];
      verdict = lint_ndjson_stream(in, in.named && run.strict_named, options_for(in, run, scratch), run.keep_excerpts,
                                   threads, stream);
      if (pool) pool->skip(i);
    } else {
      FileResult r = pool ? pool->take(i) : lint_one(i);
      verdict = std::move(r.verdict);
      if (r.file) stream.whole(*r.file);
    }
    switch (verdict.kind) {
      case Verdict::Kind::Unreadable:
        result.tally.unreadable.push_back(inputs[i].display);
        result.tally.unreadable_reasons.push_back(verdict.why);
        break;
      case Verdict::Kind::Skipped: ++result.tally.skipped; break;
      case Verdict::Kind::Excluded: result.tally.skipped += inputs[i].counted ? 1 : 0; break;
      case Verdict::Kind::Linted: break;
    }
  }
  pool.reset();
  stream.end();
  result.write_failed = !stream.ok();
  return result;
}

}  // namespace ijl
