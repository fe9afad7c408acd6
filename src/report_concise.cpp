// The `concise` report: one line per diagnostic, the headline of `text`, nothing else
// (for grep, vim's errorformat and emacs' compilation mode; never coloured).
#include "report.hpp"

namespace ijl {

std::string render_concise(const RunReport& run) {
  std::string out;
  for (const auto& file : run.files) {
    for (const auto& d : file.report.diagnostics) out += diagnostic_headline(file.report.path, d, false) + "\n";
  }
  return out;
}

}  // namespace ijl
