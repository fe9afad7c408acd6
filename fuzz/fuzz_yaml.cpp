// libFuzzer harness: the YAML loader (load_yaml). yaml-cpp itself is Debian's, not
// instrumented for coverage, so the fuzzer is guided by our event handler's code only.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.hpp"
#include "yaml_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  ijl::YamlLoadResult r = ijl::load_yaml(text);
  for (const ijl::Node& doc : r.documents) ijl_fuzz::check_tree(doc, size);
  for (const ijl::Range& c : r.comments) ijl_fuzz::check_range(c, size, "comment range outside the input");
  if (!r.ok) ijl_fuzz::check(r.error.offset <= size, "error offset past the end");
  return 0;
}
