// libFuzzer harness: the config loader on bytes (parse_config, which load_config calls after
// reading the file), then the glob questions file walking asks of a loaded config.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "config.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const ijl::Registry& reg = ijl::registry();
  ijl::ConfigLoad load = ijl::parse_config(text, "/fuzz/project", ".iotjob-lint.json", reg);
  if (!load.config) {
    ijl_fuzz::check(!load.error.empty(), "rejected config without an error");
    return 0;
  }
  const ijl::Config& cfg = *load.config;
  ijl_fuzz::check(cfg.severity.empty() || cfg.severity.size() == reg.rules.size(), "severity table size");
  static const char* const kPaths[] = {"job.json", "a/b/job.yaml", "x.ndjson", "deep/er/n.jsonl",
                                       "", "../out.json", "a/.hidden/j.yml", "weird [x]/*.json"};
  for (const char* p : kPaths) {
    (void)cfg.included(p);
    (void)cfg.excluded(p);
    (void)cfg.excluded_here(p);
    std::vector<bool> selected(reg.rules.size(), true);
    (void)cfg.apply_per_file_ignores(p, reg, selected);
    ijl_fuzz::check(selected.size() == reg.rules.size(), "per-file-ignores resized the selection");
  }
  (void)cfg.relative("/fuzz/project/a/b.json");
  return 0;
}
