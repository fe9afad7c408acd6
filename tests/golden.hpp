// Golden files: the exact expected output, kept in testdata/ and rewritten for review in the
// diff when IJL_UPDATE_GOLDEN is set. Reports name the version as a placeholder.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "report.hpp"

namespace ijl::test {

// What golden files hold where a report names the tool's version, so that a release
// rewrites none of them.
inline constexpr const char* kVersionPlaceholder = "${IJL_VERSION}";

// Report options for output compared with a golden file.
inline ReportOptions golden_options() {
  ReportOptions options;
  options.version = kVersionPlaceholder;
  return options;
}

inline bool updating_golden() { return std::getenv("IJL_UPDATE_GOLDEN") != nullptr; }

// `actual` is exactly the content of `file`; with IJL_UPDATE_GOLDEN set, `file` is rewritten.
inline void expect_golden_file(const std::filesystem::path& file, const std::string& actual) {
  if (updating_golden()) {
    std::filesystem::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << actual;
    return;
  }
  std::ifstream in(file, std::ios::binary);
  ASSERT_TRUE(in) << file << " is missing; run the tests with IJL_UPDATE_GOLDEN=1";
  std::ostringstream expected;
  expected << in.rdbuf();
  EXPECT_EQ(expected.str(), actual) << "differs from " << file;
}

}  // namespace ijl::test
