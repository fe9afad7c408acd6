// Docs and examples cannot rot: each rule's examples behave as documented, and docs/ matches
// what the generator writes (regenerate with `iotjob-lint --write-docs docs`).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "rule_doc.hpp"
#include "test_util.hpp"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(RuleExamples, FailingExampleFiresExactlyItsRule) {
  for (const auto& rule : ijl::registry().rules) {
    const ijl::RuleInfo& info = *rule.info;
    auto report = ijl::test::lint(std::string(info.fail_example), std::string(info.fail_filename));
    std::set<std::string> codes;
    for (const auto& c : ijl::test::codes(report)) codes.insert(c);
    EXPECT_EQ(codes, std::set<std::string>{std::string(info.code)})
        << info.code << " failing example:\n" << ijl::test::describe(report);
  }
}

TEST(RuleExamples, PassingExampleIsClean) {
  for (const auto& rule : ijl::registry().rules) {
    const ijl::RuleInfo& info = *rule.info;
    auto report = ijl::test::lint(std::string(info.pass_example), std::string(info.fail_filename));
    EXPECT_TRUE(report.diagnostics.empty()) << info.code << " passing example:\n" << ijl::test::describe(report);
  }
}

TEST(Registry, SortedUniqueKebabCaseAndNoRetiredCode) {
  const auto& rules = ijl::registry().rules;
  std::set<std::string_view> names;
  const std::regex kebab("[a-z0-9]+(-[a-z0-9]+)*");
  const std::regex code("IJ[0-9]{3}");
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const auto& info = *rules[i].info;
    EXPECT_TRUE(std::regex_match(std::string(info.code), code)) << info.code;
    EXPECT_TRUE(std::regex_match(std::string(info.name), kebab)) << info.name;
    EXPECT_NE(info.code, "IJ007") << "IJ007 is reserved";
    EXPECT_TRUE(names.insert(info.name).second) << "duplicate name " << info.name;
    if (i > 0) {
      EXPECT_LT(rules[i - 1].info->code, info.code) << "registry out of code order";
    }
    EXPECT_FALSE(info.summary.empty() || info.rationale.empty() || info.fail_example.empty() ||
                 info.pass_example.empty())
        << info.code << " lacks metadata";
  }
}

TEST(Docs, GeneratedDocsAreUpToDate) {
  const fs::path docs(DOCS_DIR);
  const auto& reg = ijl::registry();
  EXPECT_EQ(read(docs / "rules.md"), ijl::render_rules_index(reg))
      << "docs/rules.md is out of date: run iotjob-lint --write-docs docs";
  EXPECT_EQ(read(docs / "fields.md"), ijl::render_fields_markdown(reg))
      << "docs/fields.md is out of date: run iotjob-lint --write-docs docs";
  for (const auto& rule : reg.rules) {
    const fs::path page = docs / "rules" / (std::string(rule.info->code) + ".md");
    EXPECT_EQ(read(page), ijl::render_rule_doc_markdown(*rule.info))
        << page << " is out of date: run iotjob-lint --write-docs docs";
  }
  std::size_t pages = 0;
  for (const auto& e : fs::directory_iterator(docs / "rules")) pages += e.path().extension() == ".md";
  EXPECT_EQ(pages, reg.rules.size()) << "docs/rules/ holds pages of rules that no longer exist";
}

}  // namespace
