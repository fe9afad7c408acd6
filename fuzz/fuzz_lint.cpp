// libFuzzer harness: the whole pipeline. The first byte picks the format (JSON, YAML,
// NDJSON), whether the file was named, and the dialect; the rest is the file. Every
// reporter then renders the result.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "fuzz_common.hpp"
#include "report.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  std::uint8_t sel = data[0];
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  static const ijl::InputFormat kFormats[] = {ijl::InputFormat::Json, ijl::InputFormat::Yaml,
                                              ijl::InputFormat::Ndjson};
  ijl::InputFormat format = kFormats[sel % 3];
  bool named = (sel & 0x04) != 0;
  ijl::LintOptions options;
  options.registry = &ijl::registry();
  switch ((sel >> 3) & 3) {
    case 1: options.dialect = ijl::Dialect::CreateJob; break;
    case 2: options.dialect = ijl::Dialect::DescribeJob; break;
    case 3: options.dialect = ijl::Dialect::Catalog; break;
    default: break;
  }
  ijl::FileReport rep = ijl::lint_bytes(bytes, format, options, named);
  ijl_fuzz::check_report(rep, bytes.size());
  if ((sel & 0x20) == 0) return 0;  // rendering is slower; do it for half the inputs
  rep.path = "fuzz/input.json";
  ijl::RunReport run;
  run.files.push_back(ijl::make_linted_file(std::move(rep), bytes));
  for (auto fmt : {ijl::ReportFormat::Text, ijl::ReportFormat::Concise, ijl::ReportFormat::Json,
                   ijl::ReportFormat::Sarif, ijl::ReportFormat::Github}) {
    ijl::ReportOptions ro;
    ro.color = (sel & 0x40) != 0;
    (void)ijl::render_report(fmt, run, ro);
  }
  return 0;
}
