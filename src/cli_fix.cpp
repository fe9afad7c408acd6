// Applies fixes to files in place (atomically, keeping the original) or as a unified diff.
#include "cli_fix.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "cli_output.hpp"

namespace ijl::cli {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kContext = 3;
constexpr int kMaxRounds = 3;

// The lines of `text`, each without its `\n`; `last_newline`: the text ends with one.
std::vector<std::string_view> split_lines(std::string_view text, bool& last_newline) {
  std::vector<std::string_view> lines;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) {
      lines.push_back(text.substr(pos));
      pos = text.size();
      break;
    }
    lines.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  last_newline = text.empty() || text.back() == '\n';
  return lines;
}

// Writes `bytes` to `path` through a temporary file in the same folder renamed over it, so a
// reader sees the old file or the new one, never a part; the file keeps its permission bits.
bool replace_file(const fs::path& path, std::string_view bytes, mode_t mode, std::string& error) {
  std::string name(".");
  name += path.filename().string();
  name += ".iotjob-lint-XXXXXX";
  std::string tmp = (path.parent_path() / name).string();
  int fd = ::mkstemp(tmp.data());
  if (fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  bool ok = ::fchmod(fd, mode & 07777) == 0;
  for (std::size_t done = 0; ok && done < bytes.size();) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) ok = false;
    else done += static_cast<std::size_t>(n);
  }
  ok = ok && ::fsync(fd) == 0;
  if (!ok) error = std::strerror(errno);
  ok = (::close(fd) == 0) && ok;
  if (ok && ::rename(tmp.c_str(), path.c_str()) != 0) {
    error = std::strerror(errno);
    ok = false;
  }
  if (!ok) ::unlink(tmp.c_str());
  return ok;
}

}  // namespace

std::string apply_fixes(std::string_view text, const std::vector<Fix>& fixes, std::size_t& applied) {
  applied = 0;
  std::vector<const Fix*> order;
  for (const Fix& f : fixes) {
    if (!f.edits.empty()) order.push_back(&f);
  }
  auto first = [](const Fix* f) {
    std::uint32_t b = f->edits[0].range.begin;
    for (const Edit& e : f->edits) b = std::min(b, e.range.begin);
    return b;
  };
  std::stable_sort(order.begin(), order.end(), [&](const Fix* a, const Fix* b) { return first(a) < first(b); });
  std::vector<const Edit*> taken;
  auto overlaps = [&](const Edit& e) {
    if (e.range.end > text.size() || e.range.begin > e.range.end) return true;
    return std::any_of(taken.begin(), taken.end(), [&](const Edit* t) {
      // two insertions at one point would be taken in no defined order: they overlap too
      return (e.range.begin < t->range.end && t->range.begin < e.range.end) ||
             (e.range.begin == t->range.begin && e.range.end == t->range.end);
    });
  };
  for (const Fix* f : order) {
    if (std::any_of(f->edits.begin(), f->edits.end(), overlaps)) continue;
    for (const Edit& e : f->edits) taken.push_back(&e);
    ++applied;
  }
  std::sort(taken.begin(), taken.end(), [](const Edit* a, const Edit* b) { return a->range.begin > b->range.begin; });
  std::string out(text);
  for (const Edit* e : taken) out.replace(e->range.begin, e->range.end - e->range.begin, e->text);
  return out;
}

std::string unified_diff(const std::string& path, std::string_view before, std::string_view after) {
  if (before == after) return "";
  bool nl_a = true, nl_b = true;
  std::vector<std::string_view> a = split_lines(before, nl_a), b = split_lines(after, nl_b);
  // Which lines changed. Fixes replace tokens and keep the lines, so lines pair up one for
  // one; should the counts differ, the lines between the common head and tail are one change.
  struct Change {
    std::size_t a_begin, a_end, b_begin, b_end;  // half-open line ranges
  };
  std::vector<Change> changes;
  if (a.size() == b.size() && nl_a == nl_b) {
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (a[i] == b[i]) continue;
      if (!changes.empty() && changes.back().a_end == i) {
        ++changes.back().a_end;
        ++changes.back().b_end;
      } else {
        changes.push_back({i, i + 1, i, i + 1});
      }
    }
  } else {
    // a last line whose line break comes or goes is never common
    const std::size_t common = std::min(a.size(), b.size()) - (nl_a != nl_b && !a.empty() && !b.empty() ? 1 : 0);
    std::size_t head = 0;
    while (head < common && a[head] == b[head]) ++head;
    std::size_t tail = 0;
    while (nl_a == nl_b && tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
      ++tail;
    }
    changes.push_back({head, a.size() - tail, head, b.size() - tail});
  }
  std::string out = "--- a/" + path + "\n+++ b/" + path + "\n";
  auto line = [&](char mark, const std::vector<std::string_view>& lines, std::size_t i, bool nl) {
    out += mark;
    out += lines[i];
    out += '\n';
    if (i + 1 == lines.size() && !nl) out += "\\ No newline at end of file\n";
  };
  for (std::size_t c = 0; c < changes.size();) {
    // a hunk: the changes whose context touches, with kContext lines around them
    std::size_t last = c;
    while (last + 1 < changes.size() && changes[last + 1].a_begin - changes[last].a_end <= 2 * kContext) ++last;
    const std::size_t a_from = changes[c].a_begin > kContext ? changes[c].a_begin - kContext : 0;
    const std::size_t a_to = std::min(a.size(), changes[last].a_end + kContext);
    const std::size_t b_from = changes[c].b_begin - (changes[c].a_begin - a_from);
    const std::size_t b_to = changes[last].b_end + (a_to - changes[last].a_end);
    auto range = [](std::size_t from, std::size_t to) {
      std::size_t n = to - from;
      return std::to_string(n == 0 ? from : from + 1) + "," + std::to_string(n);
    };
    out += "@@ -" + range(a_from, a_to) + " +" + range(b_from, b_to) + " @@\n";
    std::size_t ai = a_from;
    for (std::size_t k = c; k <= last; ++k) {
      for (; ai < changes[k].a_begin; ++ai) line(' ', a, ai, nl_a);
      for (std::size_t i = changes[k].a_begin; i < changes[k].a_end; ++i) line('-', a, i, nl_a);
      for (std::size_t i = changes[k].b_begin; i < changes[k].b_end; ++i) line('+', b, i, nl_b);
      ai = changes[k].a_end;
    }
    for (; ai < a_to; ++ai) line(' ', a, ai, nl_a);
    c = last + 1;
  }
  return out;
}

FixOutcome fix_inputs(const std::vector<Input>& inputs, const RunOptions& run, bool write) {
  FixOutcome outcome;
  for (const Input& in : inputs) {
    if (in.kind != Input::Kind::Lint || in.is_stdin) continue;
    std::string reason;
    std::optional<std::string> original = read_path(in.path, reason);
    if (!original) continue;  // the run that follows reports it
    LintOptions scratch;
    const LintOptions& options = options_for(in, run, scratch);
    const InputFormat format = format_for_path(in.display);
    std::string text = *original;
    std::size_t fixed = 0;
    for (int round = 0; round < kMaxRounds; ++round) {
      FileReport report = lint_bytes(text, format, options, in.named && run.strict_named);
      if (!report.is_job) break;
      std::vector<Fix> fixes;
      for (auto& d : report.diagnostics) {
        if (d.fix) fixes.push_back(std::move(*d.fix));
      }
      std::size_t applied = 0;
      std::string next = apply_fixes(text, fixes, applied);
      if (applied == 0) break;
      fixed += applied;
      text = std::move(next);
    }
    if (text == *original) continue;
    ++outcome.files;
    outcome.fixes += fixed;
    if (!write) {
      outcome.diff += unified_diff(in.display, *original, text);
      continue;
    }
    // Through a symbolic link, the file it names is the one fixed; the link stays.
    std::error_code ec;
    fs::path target = fs::canonical(in.path, ec);
    if (ec) target = in.path;
    struct stat st {};
    if (::stat(target.c_str(), &st) != 0) st.st_mode = 0644;
    std::string error;
    fs::path backup = target;
    backup += ".orig";
    if (!write_output(backup.string(), *original)) {
      complain("did not fix " + in.display + ": its original could not be kept");
      outcome.failed = true;
      continue;
    }
    if (!replace_file(target, text, st.st_mode, error)) {
      complain("cannot write " + in.display + ": " + error);
      outcome.failed = true;
    }
  }
  return outcome;
}

}  // namespace ijl::cli
