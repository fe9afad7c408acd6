// The `text` report: each diagnostic's headline, its source line with a caret underline, a
// note with its source line for each related location, then the summary line.
#include <algorithm>
#include <vector>

#include "report_formats.hpp"

namespace ijl {

namespace {

constexpr const char* kReset = "\x1b[0m";
constexpr const char* kGutter = "\x1b[1;34m";

// Lines longer than this many code points (minified JSON, NDJSON records) are shown as
// a window around the range, cut ends marked with `…`.
constexpr std::size_t kMaxWidth = 120;
constexpr std::size_t kContext = 40;  // code points kept before the range in a window

// Columns count code points, as LineIndex does: every byte but a UTF-8 continuation byte.
bool starts_code_point(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// The source line under a headline: `start`..`end` (a diagnostic's or a related location's)
// underlined in `underline_color`, the line number right-aligned in `width_digits` so that a
// diagnostic's notes line up with it.
std::string excerpt(Position start, Position end, const char* underline_color, const Excerpt& ex, bool color,
                    std::size_t width_digits) {
  std::string_view line = ex.text;
  std::string number = std::to_string(start.line);
  number.insert(0, width_digits > number.size() ? width_digits - number.size() : 0, ' ');
  std::string blank(number.size(), ' ');
  std::string bar = color ? std::string(kGutter) + "|" + kReset : "|";
  if (color) number = kGutter + number + kReset;

  std::vector<std::size_t> starts;  // byte offset of each code point
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (starts_code_point(line[i])) starts.push_back(i);
  }
  // columns below count from the excerpt's first code point
  const std::size_t width = starts.size();
  const std::size_t shift = ex.first_column - 1;
  const std::size_t col = start.column - shift;
  auto offset_of = [&](std::size_t c) { return c <= width ? starts[c - 1] : line.size(); };

  // A range spanning lines (or the excerpt) is underlined to the excerpt's end; an empty one gets one caret.
  std::size_t last = end.line == start.line ? std::min(end.column - shift, width + 1) : width + 1;
  std::size_t carets = last > col ? last - col : 1;

  std::size_t lo = 1, hi = width + 1;  // the columns shown, hi exclusive
  if (width + shift > kMaxWidth || ex.cut_end) {
    lo = col > kContext ? col - kContext : 1;
    hi = std::min(width + 1, lo + kMaxWidth);
    if (col + 1 > hi) hi = std::min(width + 1, col + 1);
    carets = std::max<std::size_t>(1, std::min(carets, hi > col ? hi - col : 1));
  }
  const bool cut_start = lo + shift > 1, cut_end = hi <= width || ex.cut_end;
  std::string text = cut_start ? "\xE2\x80\xA6" : "";
  text += sanitize_for_terminal(line.substr(offset_of(lo), offset_of(hi) - offset_of(lo)));
  if (cut_end) text += "\xE2\x80\xA6";

  // The padding copies the line's tabs so the carets stay under the range on a terminal.
  std::string pad = cut_start ? " " : "";
  for (std::size_t c = lo; c < col && c <= width; ++c) pad += line[starts[c - 1]] == '\t' ? '\t' : ' ';
  if (col > width + 1) pad.append(col - width - 1, ' ');
  std::string underline(carets, '^');
  if (color) underline = underline_color + underline + kReset;

  std::string out = blank + " " + bar + "\n";
  out += number + " " + bar + (text.empty() ? "" : " " + text) + "\n";
  out += blank + " " + bar + " " + pad + underline + "\n";
  return out;
}

class TextReporter : public Reporter {
 public:
  explicit TextReporter(const ReportOptions& options) : options_(options) {}

  void diagnostics(const FileHeader& file, const std::vector<Diagnostic>& ds, const std::vector<Excerpt>& excerpts,
                   std::string& out) override {
    for (std::size_t i = 0; i < ds.size(); ++i) {
      if (any_) out += '\n';  // a blank line between diagnostics
      any_ = true;
      const Diagnostic& d = ds[i];
      const bool shown = i < excerpts.size();
      std::size_t digits = std::to_string(d.start.line).size();
      for (const auto& r : d.related) digits = std::max(digits, std::to_string(r.start.line).size());
      out += diagnostic_headline(file.path, d, options_.color) + "\n";
      if (shown) out += excerpt(d.start, d.end, severity_color(d.severity), excerpts[i], options_.color, digits);
      // each place the message names, as a note under it (as rustc and ruff show them)
      for (std::size_t j = 0; j < d.related.size(); ++j) {
        out += related_headline(file.path, d.related[j], options_.color) + "\n";
        if (shown && j < excerpts[i].related.size()) {
          out += excerpt(d.related[j].start, d.related[j].end, kNoteColor, excerpts[i].related[j], options_.color, digits);
        }
      }
    }
  }

  void end(const Tally& tally, std::string& out) override {
    if (options_.quiet) return;
    if (any_) out += '\n';
    out += summary_line(tally) + "\n";
  }

 private:
  ReportOptions options_;
  bool any_ = false;
};

}  // namespace

std::unique_ptr<Reporter> make_text_reporter(const ReportOptions& options) {
  return std::make_unique<TextReporter>(options);
}

}  // namespace ijl
