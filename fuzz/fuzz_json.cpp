// libFuzzer harness: the strict JSON loader (load_json), at offset 0 and at a nonzero base.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_common.hpp"
#include "json_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  ijl::LoadResult r = ijl::load_json(text);
  if (r.ok) {
    ijl_fuzz::check_tree(r.root, size);
  } else {
    ijl_fuzz::check(r.error.offset <= size, "error offset past the end");
    ijl_fuzz::check(!r.error.message.empty(), "error without a message");
  }
  // The same bytes as an NDJSON line that starts later in its file: every range shifts.
  constexpr std::uint32_t kBase = 1000;
  ijl::LoadResult s = ijl::load_json(text, kBase);
  ijl_fuzz::check(s.ok == r.ok, "base changes whether the text parses");
  if (s.ok) {
    ijl_fuzz::check(s.root.range.begin == r.root.range.begin + kBase, "base not added to the root range");
    ijl_fuzz::check_tree(s.root, size + kBase);
  } else {
    ijl_fuzz::check(s.error.offset == r.error.offset + kBase, "base not added to the error offset");
  }
  return 0;
}
