// Shared checks for the libFuzzer harnesses: a broken invariant aborts, so libFuzzer saves
// the input as a crash just as it does for a sanitizer report.
#pragma once

#include <cstddef>
#include <cstdio>
#include <cstdlib>

#include "document.hpp"
#include "engine.hpp"

namespace ijl_fuzz {

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

inline void check(bool ok, const char* what) {
  if (!ok) fail(what);
}

inline void check_range(const ijl::Range& r, std::size_t size, const char* what) {
  check(r.begin <= r.end && r.end <= size, what);
}

// Every range of the tree lies inside the `size` bytes it was loaded from.
inline void check_tree(const ijl::Node& n, std::size_t size, int depth = 0) {
  if (depth > 2000) return;
  check_range(n.range, size, "node range outside the input");
  for (const ijl::Member& m : n.members) {
    check_range(m.key_range, size, "key range outside the input");
    check_tree(m.value, size, depth + 1);
  }
  for (const ijl::Node& i : n.items) check_tree(i, size, depth + 1);
}

inline void check_report(const ijl::FileReport& rep, std::size_t size) {
  for (const ijl::Diagnostic& d : rep.diagnostics) {
    check(d.rule != nullptr, "diagnostic without a rule");
    check_range(d.range, size, "diagnostic range outside the input");
    check(d.start.line >= 1 && d.start.column >= 1, "diagnostic position not 1-based");
    for (const ijl::Related& r : d.related) {
      check_range(r.range, size, "related range outside the input");
      check(r.start.line >= 1 && r.start.column >= 1, "related position not 1-based");
      // in NDJSON a related place is in the finding's own record, placed by its lines
      check(!d.record || r.start.line >= *d.record, "related position before its record");
    }
  }
}

}  // namespace ijl_fuzz

// Builds the rule registry once before fuzzing: its first use is not what is being tested.
extern "C" int LLVMFuzzerInitialize(int*, char***) {
  (void)ijl::registry();
  return 0;
}
