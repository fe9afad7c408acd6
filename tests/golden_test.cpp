// Golden tests: every input under testdata/{rules,aws,examples,yaml,dialects} has its exact
// JSON report beside it (`fail.json` → `fail.json.expected`). Inputs named `pass*` report nothing; under
// testdata/rules/CODE/ every input is `pass*` or `fail*`, and a `fail*` input reports CODE.
// IJL_UPDATE_GOLDEN=1 rewrites the expectations for review in the diff.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "golden.hpp"
#include "report.hpp"
#include "test_util.hpp"

namespace fs = std::filesystem;

namespace {

constexpr const char* kCorpora[] = {"rules", "aws", "examples", "yaml", "dialects"};
constexpr std::string_view kExpectedSuffix = ".expected";

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

bool starts_with(const fs::path& p, std::string_view prefix) { return p.filename().string().starts_with(prefix); }

// The regular files below testdata/`corpus`, relative to testdata/, sorted; none when the
// folder is missing (GoldenCorpus says so).
std::vector<std::string> files_of(const std::string& corpus) {
  std::vector<std::string> out;
  const fs::path root = fs::path(TESTDATA_DIR) / corpus;
  if (!fs::is_directory(root)) return out;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (e.is_regular_file()) out.push_back(fs::relative(e.path(), TESTDATA_DIR).generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> inputs_of(const std::string& corpus) {
  std::vector<std::string> out = files_of(corpus);
  std::erase_if(out, [](const std::string& rel) { return !is_input(rel); });
  return out;
}

std::vector<std::string> golden_inputs() {
  std::vector<std::string> out;
  for (const char* corpus : kCorpora) {
    auto inputs = inputs_of(corpus);
    out.insert(out.end(), inputs.begin(), inputs.end());
  }
  return out;
}

// The rule an input under rules/CODE/ is about: CODE; empty elsewhere.
std::string rule_folder(const std::string& rel) {
  fs::path p(rel);
  auto it = p.begin();
  if (it == p.end() || *it != "rules" || ++it == p.end()) return "";
  return it->string();
}

TEST(GoldenCorpus, EveryFolderHasInputs) {
  for (const char* corpus : kCorpora) {
    const fs::path root = fs::path(TESTDATA_DIR) / corpus;
    EXPECT_TRUE(fs::is_directory(root)) << root << " is missing";
    EXPECT_FALSE(inputs_of(corpus).empty()) << root << " holds no input to test";
  }
}

// An expectation whose input was renamed or removed would otherwise linger, checked by nothing.
TEST(GoldenCorpus, EveryExpectationHasItsInput) {
  for (const char* corpus : kCorpora) {
    for (const std::string& rel : files_of(corpus)) {
      if (!rel.ends_with(kExpectedSuffix)) continue;
      const fs::path input = fs::path(TESTDATA_DIR) / rel.substr(0, rel.size() - kExpectedSuffix.size());
      EXPECT_TRUE(fs::is_regular_file(input) && is_input(input)) << rel << " has no input beside it";
    }
  }
}

// Every rule has a case that fires it and one that is clean, and every folder is a rule's.
TEST(GoldenCorpus, EveryRuleHasPassAndFailInputs) {
  std::set<std::string> codes, with_fail, with_pass;
  for (const auto& rule : ijl::registry().rules) codes.emplace(rule.info->code);
  for (const std::string& rel : inputs_of("rules")) {
    const std::string code = rule_folder(rel);
    EXPECT_TRUE(codes.contains(code)) << rel << ": " << code << " is not a rule code";
    EXPECT_EQ(fs::path(rel).parent_path().generic_string(), "rules/" + code)
        << rel << " is not directly in rules/CODE/";
    if (starts_with(rel, "fail")) {
      with_fail.insert(code);
    } else if (starts_with(rel, "pass")) {
      with_pass.insert(code);
    } else {
      ADD_FAILURE() << rel << ": an input under rules/ is named fail* or pass*";
    }
  }
  for (const std::string& code : codes) {
    EXPECT_TRUE(with_fail.contains(code)) << "testdata/rules/" << code << "/ has no fail* input";
    EXPECT_TRUE(with_pass.contains(code)) << "testdata/rules/" << code << "/ has no pass* input";
  }
}

class Golden : public ::testing::TestWithParam<std::string> {};

TEST_P(Golden, ReportMatchesExpected) {
  const std::string rel = GetParam();
  const fs::path input = fs::path(TESTDATA_DIR) / rel;
  const std::string bytes = read(input);
  ijl::FileReport report = ijl::test::lint(bytes, rel);
  report.path = rel;
  // Checked apart from the expectation, which IJL_UPDATE_GOLDEN would rewrite to whatever
  // a broken rule reports. Other rules may fire too: breaking one field often breaks another.
  if (starts_with(input, "pass")) {
    EXPECT_TRUE(report.diagnostics.empty()) << rel << " must report nothing:\n" << ijl::test::describe(report);
  } else if (starts_with(input, "fail")) {
    const std::string code = rule_folder(rel);
    EXPECT_GE(ijl::test::count(report, code), 1)
        << rel << " must report " << (code.empty() ? "the rule of its folder under rules/" : code) << ":\n"
        << ijl::test::describe(report);
  }
  ijl::RunReport run;
  run.files.push_back(ijl::make_linted_file(report, bytes));
  fs::path expected = input;
  expected.replace_extension(input.extension().string() + std::string(kExpectedSuffix));
  ijl::test::expect_golden_file(expected,
                                ijl::render_report(ijl::ReportFormat::Json, run, ijl::test::golden_options()));
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string s = info.param;
  for (char& c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return s;
}

// No GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST: with no input at all, GoogleTest fails the
// run (and GoldenCorpus says which folder is empty).
INSTANTIATE_TEST_SUITE_P(Testdata, Golden, ::testing::ValuesIn(golden_inputs()), test_name);

}  // namespace
