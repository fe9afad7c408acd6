// Tests for src/lsp_place.hpp: the key path at a position in JSON and YAML, finished or half-typed.
#include "lsp_place.hpp"

#include <gtest/gtest.h>

#include <string>

namespace ijl::lsp {
namespace {

// `marked` with its `<|>` removed, located there.
struct Located {
  std::string text;
  Place place;
  std::string path;   // "a/b/[]/c"
  std::string token;  // the bytes of place.token
};

Located locate(std::string marked, bool yaml, At at = At::Cursor) {
  const std::size_t m = marked.find("<|>");
  EXPECT_NE(m, std::string::npos);
  marked.erase(m, 3);
  const auto offset = static_cast<std::uint32_t>(m);
  Located out{marked, yaml ? locate_yaml(marked, offset, at) : locate_json(marked, offset, at), {}, {}};
  for (const auto& seg : out.place.path) out.path += (out.path.empty() ? "" : "/") + (seg.item ? "[]" : seg.key);
  out.token = out.text.substr(out.place.token.begin, out.place.token.end - out.place.token.begin);
  return out;
}

TEST(LspPlaceJson, KeyPositionsInNestedObjectsAndArrays) {
  auto l = locate(R"({"abortConfig": {"criteriaList": [{"action": "CANCEL", <|>}]}})", false);
  EXPECT_EQ(l.place.slot, Slot::Key);
  EXPECT_EQ(l.path, "abortConfig/criteriaList/[]");
  EXPECT_EQ(l.place.present, (std::vector<std::string>{"action"}));
  EXPECT_EQ(l.place.token.begin, l.place.token.end);
}

TEST(LspPlaceJson, AKeyBeingTyped) {
  auto l = locate(R"({"jobId": "x", "desc<|>", "targets": []})", false);
  EXPECT_EQ(l.place.slot, Slot::Key);
  EXPECT_EQ(l.path, "");
  EXPECT_EQ(l.token, R"("desc")");
  EXPECT_EQ(l.place.text, "desc");
  EXPECT_FALSE(l.place.colon_follows);
  EXPECT_EQ(l.place.present, (std::vector<std::string>{"jobId", "targets"}));
  // unterminated: the string ends at the end of its line, and the document does not parse
  l = locate("{\"jobId\": \"x\",\n  \"tar<|>\n}", false);
  EXPECT_EQ(l.place.slot, Slot::Key);
  EXPECT_EQ(l.token, "\"tar");
  // typed without quotes
  l = locate(R"({"jobId": "x", tar<|>)", false);
  EXPECT_EQ(l.place.slot, Slot::Key);
  EXPECT_EQ(l.token, "tar");
}

TEST(LspPlaceJson, Values) {
  auto l = locate(R"({"targetSelection": "SNAP<|>"})", false);
  EXPECT_EQ(l.place.slot, Slot::Value);
  EXPECT_EQ(l.path, "targetSelection");
  EXPECT_EQ(l.token, R"("SNAP")");
  l = locate(R"({"targetSelection": <|>)", false);
  EXPECT_EQ(l.place.slot, Slot::Value);
  EXPECT_EQ(l.path, "targetSelection");
  l = locate(R"({"targets": ["a", <|>]})", false);
  EXPECT_EQ(l.place.slot, Slot::Value);
  EXPECT_EQ(l.path, "targets/[]");
}

TEST(LspPlaceJson, HoverReadsTheWholeTokenUnderTheCharacter) {
  auto l = locate(R"({"job": {"jo<|>bId": "x"}})", false, At::Character);
  EXPECT_EQ(l.place.slot, Slot::Key);
  EXPECT_EQ(l.path, "job");
  EXPECT_EQ(l.place.text, "jobId");
  EXPECT_TRUE(l.place.colon_follows);
  // the opening quote is part of the key; the colon after it is not
  EXPECT_EQ(locate(R"({<|>"jobId": "x"})", false, At::Character).place.slot, Slot::Key);
  EXPECT_EQ(locate(R"({"jobId"<|>: "x"})", false, At::Character).place.slot, Slot::None);
  l = locate(R"({"maximumPerMinute": 1<|>0})", false, At::Character);
  EXPECT_EQ(l.place.slot, Slot::Value);
  EXPECT_EQ(l.token, "10");
}

TEST(LspPlaceYaml, BlockMappingsAndLists) {
  const std::string doc =
      "jobId: x\n"
      "abortConfig:\n"
      "  criteriaList:\n"
      "    - failureType: FAILED\n"
      "      <|>\n"
      "      thresholdPercentage: 10\n"
      "    - action: CANCEL\n"
      "targets: []\n";
  auto l = locate(doc, true);
  EXPECT_EQ(l.place.slot, Slot::Key);
  EXPECT_EQ(l.path, "abortConfig/criteriaList/[]");
  EXPECT_EQ(l.place.present, (std::vector<std::string>{"failureType", "thresholdPercentage"}));
}

TEST(LspPlaceYaml, ListsAtTheKeysColumnAndNewEntries) {
  auto l = locate("abortConfig:\n  criteriaList:\n  - action: CANCEL\n  - fail<|>\n", true);
  EXPECT_EQ(l.place.slot, Slot::Key);
  EXPECT_EQ(l.path, "abortConfig/criteriaList/[]");
  EXPECT_EQ(l.token, "fail");
  EXPECT_TRUE(l.place.present.empty());
  l = locate("retryConfig:\n  criteriaList:\n    - <|>\n", true);
  EXPECT_EQ(l.path, "retryConfig/criteriaList/[]");
}

TEST(LspPlaceYaml, TopLevelAndSiblingsBelowANestedBlock) {
  auto l = locate("jobId: x\nschedulingConfig:\n  endBehavior: CANCEL\n<|>\ndocument: y\n", true);
  EXPECT_EQ(l.place.slot, Slot::Key);
  EXPECT_EQ(l.path, "");
  EXPECT_EQ(l.place.present, (std::vector<std::string>{"schedulingConfig", "jobId", "document"}));
  l = locate("jobId: x\nschedulingConfig:\n  end<|>\n", true);
  EXPECT_EQ(l.path, "schedulingConfig");
  EXPECT_EQ(l.token, "end");
}

TEST(LspPlaceYaml, Values) {
  auto l = locate("schedulingConfig:\n  endBehavior: STOP<|> # a comment\n", true);
  EXPECT_EQ(l.place.slot, Slot::Value);
  EXPECT_EQ(l.path, "schedulingConfig/endBehavior");
  EXPECT_EQ(l.token, "STOP");
  l = locate("targetSelection: '<|>'\n", true);
  EXPECT_EQ(l.place.slot, Slot::Value);
  EXPECT_EQ(l.token, "''");
}

TEST(LspPlaceYaml, CommentsAndLineBreaks) {
  EXPECT_EQ(locate("jobId: x # the <|>id\n", true).place.slot, Slot::None);
  EXPECT_EQ(locate("# targetSel<|>\n", true).place.slot, Slot::None);
  // a `#` inside quotes is text
  auto l = locate("description: \"a # b<|>\"\n", true);
  EXPECT_EQ(l.place.slot, Slot::Value);
  EXPECT_EQ(l.path, "description");
  // a lone carriage return ends a line
  l = locate("abortConfig:\r  criteriaList:\r\n    - <|>\r", true);
  EXPECT_EQ(l.path, "abortConfig/criteriaList/[]");
}

TEST(LspPlaceYaml, Hover) {
  auto l = locate("job:\n  \"job<|>Id\": x\n", true, At::Character);
  EXPECT_EQ(l.place.slot, Slot::Key);
  EXPECT_EQ(l.path, "job");
  EXPECT_EQ(l.place.text, "jobId");
  l = locate("job:\n  status: IN_<|>PROGRESS\n", true, At::Character);
  EXPECT_EQ(l.place.slot, Slot::Value);
  EXPECT_EQ(l.path, "job/status");
}

TEST(LspPlaceYaml, DocumentsAndFlowStyle) {
  // a `---` starts afresh
  auto l = locate("a:\n  b: 1\n---\n<|>\n", true);
  EXPECT_EQ(l.path, "");
  // a YAML document written as JSON is read as JSON
  l = locate("# a job\n{\"abortConfig\": {<|>}}\n", true);
  EXPECT_EQ(l.place.slot, Slot::Key);
  EXPECT_EQ(l.path, "abortConfig");
  EXPECT_EQ(l.place.token.begin, l.text.find("{}") + 1);
  // inside a block scalar there is no key to complete
  EXPECT_EQ(locate("description: |\n  some <|>text\n", true).place.slot, Slot::None);
}

}  // namespace
}  // namespace ijl::lsp
