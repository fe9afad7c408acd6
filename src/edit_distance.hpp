// Levenshtein distance, for "did you mean" suggestions (options, fields).
#pragma once

#include <algorithm>
#include <cstddef>
#include <limits>
#include <string_view>
#include <vector>

namespace ijl {

// The distance, or `limit + 1` once it is certain to exceed `limit` (a huge key then costs
// nothing like its length squared).
inline std::size_t edit_distance(std::string_view a, std::string_view b,
                                 std::size_t limit = std::numeric_limits<std::size_t>::max() - 1) {
  std::size_t gap = a.size() > b.size() ? a.size() - b.size() : b.size() - a.size();
  if (gap > limit) return limit + 1;
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return std::min(row[b.size()], limit + 1);
}

}  // namespace ijl
