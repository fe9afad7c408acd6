// Golden tests: every input under testdata/rules/ has a `.expected` JSON report beside it.
// IJL_UPDATE_GOLDEN=1 rewrites the expectations for review in the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "golden.hpp"
#include "report.hpp"
#include "test_util.hpp"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool is_input(const fs::path& p) {
  auto ext = p.extension();
  return ext == ".json" || ext == ".ndjson" || ext == ".jsonl" || ext == ".yaml" || ext == ".yml";
}

std::vector<std::string> golden_inputs() {
  std::vector<std::string> out;
  for (const char* dir : {"rules", "aws", "examples", "yaml", "dialects"}) {
    fs::path root = fs::path(TESTDATA_DIR) / dir;
    if (!fs::exists(root)) continue;
    for (const auto& e : fs::recursive_directory_iterator(root)) {
      if (e.is_regular_file() && is_input(e.path())) out.push_back(fs::relative(e.path(), TESTDATA_DIR).generic_string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, ReportMatchesExpected) {
  const std::string rel = GetParam();
  const fs::path input = fs::path(TESTDATA_DIR) / rel;
  const std::string bytes = read(input);
  ijl::FileReport report = ijl::test::lint(bytes, rel);
  report.path = rel;
  if (input.filename().string().rfind("pass", 0) == 0) {
    EXPECT_TRUE(report.diagnostics.empty()) << rel << " must report nothing:\n" << ijl::test::describe(report);
  }
  ijl::RunReport run;
  run.files.push_back(ijl::make_linted_file(report, bytes));
  fs::path expected = input;
  expected.replace_extension(input.extension().string() + ".expected");
  ijl::test::expect_golden_file(expected, ijl::render_report(ijl::ReportFormat::Json, run, ijl::test::golden_options()));
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string s = info.param;
  for (char& c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return s;
}

INSTANTIATE_TEST_SUITE_P(Testdata, Golden, ::testing::ValuesIn(golden_inputs()), test_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Golden);

}  // namespace
