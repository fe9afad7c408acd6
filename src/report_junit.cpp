// The `junit` report: JUnit XML as GitLab's unit test reports and Jenkins' JUnit plugin read
// it: one testsuite per linted file, one failed testcase per finding (a clean file has one
// passing testcase, so it shows as passed). docs/report.md.
#include <optional>
#include <set>
#include <string>
#include <utility>

#include "report_formats.hpp"

namespace ijl {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The UTF-8 sequence at s[i]: its length, negative when it encodes a character XML 1.0 does
// not allow (U+FFFE, U+FFFF, a C0 control other than tab and line breaks); 0 for a byte that
// starts no well-formed sequence (not UTF-8, an overlong form, a surrogate).
int xml_char_at(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char c = b(0);
  const int n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
  if (n == 0 || i + static_cast<std::size_t>(n) > s.size()) return 0;
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < n; ++k) {
    if ((b(static_cast<std::size_t>(k)) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(static_cast<std::size_t>(k)) & 0x3F);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  if (cp == 0xFFFE || cp == 0xFFFF || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r')) return -n;
  return n;
}

// `s` as XML character data (`attribute`: inside double quotes, where a parser would turn
// tabs and line breaks into spaces, so they are written as references). A character XML
// cannot carry becomes U+FFFD.
std::string xml_escape(std::string_view s, bool attribute) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const int n = xml_char_at(s, i);
    if (n <= 0) {
      out += kReplacement;  // one for each character or stray byte
      i += n < 0 ? static_cast<std::size_t>(-n) : 1;
      continue;
    }
    if (n > 1) {
      out.append(s.substr(i, static_cast<std::size_t>(n)));
      i += static_cast<std::size_t>(n);
      continue;
    }
    switch (char c = s[i++]) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += attribute ? "&quot;" : "\""; break;
      case '\r': out += "&#13;"; break;  // a parser turns a raw CR into LF
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      default: out += c;
    }
  }
  return out;
}

// A file's testcases are held until its end, so that its testsuite can say how many there
// are; past this much XML (an NDJSON export with thousands of findings) they stream instead
// and the counts are left out: GitLab and Jenkins count the testcases themselves.
constexpr std::size_t kMaxHeld = std::size_t{256} << 10;

class JunitReporter : public Reporter {
 public:
  explicit JunitReporter(std::string version) : version_(std::move(version)) {}

  void begin(std::string& out) override {
    out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += "<!-- iotjob-lint " + version_ + ", junit report version 1 -->\n";
    out += "<testsuites name=\"iotjob-lint\">\n";
  }

  void file_begin(const FileHeader& f, std::string&) override {
    path_ = xml_escape(f.path, true);
    held_.clear();
    tests_ = 0;
    open_ = false;
    names_.clear();
    record_.reset();
  }

  void diagnostics(const FileHeader& f, const std::vector<Diagnostic>& ds, const std::vector<Excerpt>&,
                   std::string& out) override {
    for (const auto& d : ds) {
      ++tests_;
      const std::string where = std::to_string(d.start.line) + ":" + std::to_string(d.start.column);
      held_ += "    <testcase name=\"" + xml_escape(test_name(d), true) + "\" classname=\"" + path_ + "\" file=\"" + path_ +
               "\" time=\"0\">\n";
      held_ += "      <failure message=\"" + xml_escape(d.message, true) + "\" type=\"" +
               std::string(severity_name(d.severity)) + "\">";
      std::string body = f.path + ":" + where + ": " + std::string(severity_name(d.severity)) + " " +
                         std::string(d.rule->code) + " " + std::string(d.rule->name) + ": " + d.message +
                         "\npointer: " + pointer_to_string(d.pointer);
      if (d.record) body += "\nrecord: " + std::to_string(*d.record);
      for (const auto& r : d.related) {
        body += '\n';
        body += related_headline(f.path, r, false);
      }
      held_ += xml_escape(body, false) + "</failure>\n    </testcase>\n";
    }
    if (!open_ && held_.size() > kMaxHeld) {
      out += "  <testsuite name=\"" + path_ + "\">\n";
      open_ = true;
    }
    if (open_) {
      out += held_;
      held_.clear();
    }
  }

  void file_end(const FileHeader&, std::string& out) override {
    std::size_t failures = tests_;
    if (tests_ == 0) {
      held_ = "    <testcase name=\"iotjob-lint\" classname=\"" + path_ + "\" file=\"" + path_ + "\" time=\"0\"/>\n";
      tests_ = 1;
    }
    if (!open_) {
      out += "  <testsuite name=\"" + path_ + "\" tests=\"" + std::to_string(tests_) + "\" failures=\"" +
             std::to_string(failures) + "\" errors=\"0\" skipped=\"0\">\n";
    }
    out += held_;
    held_.clear();
    out += "  </testsuite>\n";
  }

  void end(const Tally&, std::string& out) override { out += "</testsuites>\n"; }

 private:
  // A testcase is named by what it is, not by its line: GitLab compares a merge request's
  // tests with the target branch's by name and class, so a finding that only moved stays
  // the same test. "IJ103 presigned-url-expiry at /presignedUrlConfig/expiresInSec", with
  // "in record N" for NDJSON; names repeat in no file (GitLab requires it): " #2", " #3".
  std::string test_name(const Diagnostic& d) {
    if (d.record != record_) {
      names_.clear();  // records' names differ by their number: only one record's are kept
      record_ = d.record;
    }
    const std::string pointer = pointer_to_string(d.pointer);
    std::string name = std::string(d.rule->code) + " " + std::string(d.rule->name) + " at " +
                       (pointer.empty() ? std::string("the document root") : pointer);
    if (d.record) name += " in record " + std::to_string(*d.record);
    std::string unique = name;
    for (int n = 2; !names_.insert(unique).second; ++n) unique = name + " #" + std::to_string(n);
    return unique;
  }

  std::string version_, path_, held_;
  std::size_t tests_ = 0;
  bool open_ = false;
  std::set<std::string> names_;  // of the file (of the record, in NDJSON)
  std::optional<std::uint64_t> record_;
};

}  // namespace

std::unique_ptr<Reporter> make_junit_reporter(const ReportOptions& options) {
  return std::make_unique<JunitReporter>(options.version);
}

}  // namespace ijl
