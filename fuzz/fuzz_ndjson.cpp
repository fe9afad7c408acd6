// libFuzzer harness: NdjsonReader over an in-memory FILE with a small block size taken from
// the first byte (so blocks split and grow), checking that the blocks are whole lines that
// add up to the input, then lint_ndjson on each block as the CLI does.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "fuzz_common.hpp"
#include "ndjson_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  std::size_t block_size = 1 + data[0] % 64;
  std::string input(reinterpret_cast<const char*>(data + 1), size - 1);
  std::FILE* f = fmemopen(input.data(), input.size(), "rb");
  if (!f) return 0;
  ijl::NdjsonReader reader(f, block_size);
  ijl::LintOptions options;
  options.registry = &ijl::registry();
  std::string seen;
  std::uint64_t lines_before = 0;
  std::string_view block;
  std::uint64_t first_line = 0;
  bool established = (data[0] & 0x80) != 0;  // named on the command line
  while (reader.next(block, first_line)) {
    ijl_fuzz::check(first_line == lines_before + 1, "block's first line miscounted");
    ijl_fuzz::check(!block.empty(), "empty block");
    seen.append(block);
    // A lone \r ends a line too, as in every position the linter reports.
    for (std::size_t i = 0; i < block.size(); ++i) {
      lines_before += block[i] == '\n' || (block[i] == '\r' && (i + 1 == block.size() || block[i + 1] != '\n'));
    }
    // Every block but the last ends at a line break.
    if (seen.size() < input.size()) ijl_fuzz::check(block.back() == '\n', "block ends mid-line");
    ijl::FileReport rep = ijl::lint_ndjson(block, first_line, options, established);
    ijl_fuzz::check_report(rep, block.size());
    established = established || rep.is_job;
  }
  ijl_fuzz::check(reader.error().empty(), "read error on a memory stream");
  ijl_fuzz::check(seen == input, "blocks do not add up to the input");
  std::fclose(f);
  return 0;
}
