// --fix and --diff: the fixes findings carry (IJ003's key in another spelling, IJ204's enum in
// another case), applied to the bytes of the files, written back or shown as a diff.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "discovery.hpp"
#include "runner.hpp"

namespace ijl::cli {

// `text` with `fixes` applied: each fix whose edits overlap no edit of an earlier one (in file
// order) is taken whole, and the edits are made back to front so that each range still means
// the bytes it was found at. `applied` counts the fixes taken.
std::string apply_fixes(std::string_view text, const std::vector<Fix>& fixes, std::size_t& applied);

// A unified diff (`--- a/PATH`, `+++ b/PATH`, hunks with 3 lines of context) from `before`
// to `after`; "" when they are equal.
std::string unified_diff(const std::string& path, std::string_view before, std::string_view after);

struct FixOutcome {
  std::size_t files = 0;  // changed (or, for --diff, that would be)
  std::size_t fixes = 0;
  bool failed = false;    // a file could not be read or written (already reported)
  std::string diff;       // --diff: every file's diff, in input order
};

// Lints every input that is a file to lint (never stdin) and applies its fixes, again while
// a round of fixes uncovers more (at most three rounds). `write`: each changed file is
// replaced at once (a temporary file in its folder renamed over it, its mode kept) after its
// original bytes are saved as FILE.orig; otherwise nothing is written and `diff` says what
// would change. Files without a fix are never touched.
FixOutcome fix_inputs(const std::vector<Input>& inputs, const RunOptions& run, bool write);

}  // namespace ijl::cli
