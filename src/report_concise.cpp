// The `concise` report: one line per diagnostic, the headline of `text`, nothing else
// (for grep, vim's errorformat and emacs' compilation mode; never coloured).
#include "report_formats.hpp"

namespace ijl {

namespace {

class ConciseReporter : public Reporter {
 public:
  void diagnostics(const FileHeader& file, const std::vector<Diagnostic>& ds, const std::vector<Excerpt>&,
                   std::string& out) override {
    for (const auto& d : ds) out += diagnostic_headline(file.path, d, false) + "\n";
  }
};

}  // namespace

std::unique_ptr<Reporter> make_concise_reporter() { return std::make_unique<ConciseReporter>(); }

}  // namespace ijl
