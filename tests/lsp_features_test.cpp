// Tests for src/lsp_features.hpp: diagnostics in each encoding, hover, completion and quick fixes.
#include "lsp_features.hpp"

#include <gtest/gtest.h>

#include <string>

#include "test_util.hpp"

namespace ijl::lsp {
namespace {

// The enum value "snapshot" (IJ204, fixable) after non-ASCII text on its line: "é" is one UTF-16
// unit and two bytes, "😀" two units and four bytes. Its value spans UTF-16 characters 47..57.
const std::string kJob =
    "{\n"
    "  \"description\": \"café 😀\", \"targetSelection\": \"snapshot\",\n"
    "  \"jobId\": \"j1\", \"targets\": [\"arn:aws:iot:us-east-1:123456789012:thing/t1\"], \"document\": \"{}\"\n"
    "}\n";

// A lint of `text` and the buffer the server would build from it.
struct Linted {
  std::string text;
  FileReport report;
  Buffer buffer(Encoding e = Encoding::Utf16) const {
    return {text, format, report.dialect, &report.diagnostics, e};
  }
  InputFormat format = InputFormat::Json;
};

Linted lint(std::string text, std::string filename = "job.json") {
  Linted l{std::move(text), {}, format_for_path(filename)};
  l.report = lint_bytes(l.text, l.format, test::default_options(), false);
  return l;
}

// `marked` without its `<|>`, and where that was.
std::pair<std::string, TextPosition> marked(std::string text, Encoding e = Encoding::Utf16) {
  const std::size_t m = text.find("<|>");
  text.erase(m, 3);
  return {text, TextLines(text).position(static_cast<std::uint32_t>(m), e)};
}

json range(std::uint32_t line, std::uint32_t from, std::uint32_t to) {
  return {{"start", {{"line", line}, {"character", from}}}, {"end", {{"line", line}, {"character", to}}}};
}

std::vector<std::string> labels(const json& list) {
  std::vector<std::string> out;
  for (const auto& item : list.at("items")) out.push_back(item.at("label"));
  return out;
}

TEST(LspFeatures, DiagnosticRangesInEachEncoding) {
  Linted l = lint(kJob);
  ASSERT_EQ(l.report.diagnostics.size(), 1u) << test::describe(l.report);
  json d = to_lsp_diagnostics(l.buffer(), "");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0]["range"], range(1, 47, 57));
  EXPECT_EQ(d[0]["code"], "IJ204");
  EXPECT_EQ(d[0]["source"], "iotjob-lint");
  EXPECT_EQ(d[0]["severity"], 1);
  EXPECT_FALSE(d[0].contains("codeDescription"));
  EXPECT_EQ(to_lsp_diagnostics(l.buffer(Encoding::Utf32), "")[0]["range"], range(1, 46, 56));
  EXPECT_EQ(to_lsp_diagnostics(l.buffer(Encoding::Utf8), "")[0]["range"], range(1, 50, 60));
  json linked = to_lsp_diagnostics(l.buffer(), "https://example.com/rules/{code}.md");
  EXPECT_EQ(linked[0]["codeDescription"]["href"], "https://example.com/rules/IJ204.md");
}

// The first "jobId" follows non-ASCII text on its line; the repeat is on the next line.
const std::string kTwice =
    "{\n"
    "  \"description\": \"café 😀\", \"jobId\": \"j1\",\n"
    "  \"targets\": [\"arn:aws:iot:us-east-1:123456789012:thing/t1\"], \"document\": \"{}\", \"jobId\": \"j2\"\n"
    "}\n";

TEST(LspFeatures, RelatedInformationOnlyWhenTheClientTakesIt) {
  Linted l = lint(kTwice);
  ASSERT_EQ(l.report.diagnostics.size(), 1u) << test::describe(l.report);
  json plain = to_lsp_diagnostics(l.buffer(), "");
  EXPECT_EQ(plain[0]["message"], "duplicate key \"jobId\"");
  EXPECT_FALSE(plain[0].contains("relatedInformation"));

  const std::string uri = "file:///work/jobs/twice.json";
  json d = to_lsp_diagnostics(l.buffer(), "", uri);
  EXPECT_EQ(d[0]["range"], range(2, 80, 87));
  EXPECT_EQ(d[0]["relatedInformation"], json::array({{{"location", {{"uri", uri}, {"range", range(1, 28, 35)}}},
                                                      {"message", "first defined here"}}}));
  // the related range is in the negotiated encoding too
  EXPECT_EQ(to_lsp_diagnostics(l.buffer(Encoding::Utf8), "", uri)[0]["relatedInformation"][0]["location"]["range"],
            range(1, 31, 38));
  EXPECT_EQ(to_lsp_diagnostics(l.buffer(Encoding::Utf32), "", uri)[0]["relatedInformation"][0]["location"]["range"],
            range(1, 27, 34));
}

TEST(LspFeatures, HoverOnAKeyShowsTheField) {
  Linted l = lint(kJob);
  json h = hover(l.buffer(), {2, 5}, "");  // on "jobId"
  ASSERT_TRUE(h.is_object());
  const std::string text = h["contents"]["value"];
  EXPECT_NE(text.find("**jobId** · string · required (create-job)"), std::string::npos) << text;
  EXPECT_NE(text.find("1..64 characters; pattern `[a-zA-Z0-9_-]+`"), std::string::npos) << text;
  EXPECT_NE(text.find("Checked by IJ202, IJ203."), std::string::npos) << text;
  EXPECT_NE(text.find("A job identifier which must be unique for your account."), std::string::npos) << text;
  EXPECT_EQ(h["range"], range(2, 2, 9));
  // between tokens there is nothing to say
  EXPECT_TRUE(hover(l.buffer(), {2, 10}, "").is_null());
}

TEST(LspFeatures, HoverQuotesTheApiModelInEveryDialect) {
  auto text_at = [](std::string text, InputFormat format, Dialect d) {
    auto [plain, at] = marked(std::move(text));
    Buffer b{plain, format, d, nullptr, Encoding::Utf16};
    json h = hover(b, at, "");
    return h.is_null() ? std::string() : h["contents"]["value"].get<std::string>();
  };
  // a catalog record spells it in snake_case; the words are describe-job's
  std::string t = text_at("job:\n  jo<|>b_id: x\n", InputFormat::Yaml, Dialect::Catalog);
  EXPECT_NE(t.find("**job_id** · string · required (catalog)"), std::string::npos) << t;
  EXPECT_NE(t.find("The unique identifier you assigned to this job when it was created."), std::string::npos) << t;
  // CloudFormation renames a few properties; the words are create-job-template's
  t = text_at("Resources:\n  T:\n    Type: AWS::IoT::JobTemplate\n    Properties:\n      JobExecutionsRolloutConfig:\n"
              "        Exponential<|>RolloutRate: {}\n",
              InputFormat::Yaml, Dialect::CloudFormation);
  EXPECT_NE(t.find("**ExponentialRolloutRate** · structure"), std::string::npos) << t;
  EXPECT_NE(t.find("The rate of increase for a job rollout."), std::string::npos) << t;
  // an item of a list of objects
  t = text_at("{\"abortConfig\": {\"criteriaList\": [{\"thresh<|>oldPercentage\": 1}]}}", InputFormat::Json,
              Dialect::CreateJob);
  EXPECT_NE(t.find("Amazon Web Services IoT Core supports up to two digits after the decimal"), std::string::npos) << t;
}

TEST(LspFeatures, HoverOnADiagnosticExplainsTheRule) {
  Linted l = lint(kJob);
  json h = hover(l.buffer(), {1, 50}, "");
  const std::string text = h["contents"]["value"];
  EXPECT_NE(text.find("**targetSelection** · string"), std::string::npos) << text;  // the value's field
  EXPECT_NE(text.find("**IJ204** targetSelection \"snapshot\" is not one of"), std::string::npos) << text;
  EXPECT_NE(text.find("# IJ204 invalid-enum"), std::string::npos) << text;  // render_explain's page
}

TEST(LspFeatures, CompletionOffersTheObjectsMissingKeys) {
  auto [text, at] = marked("{\"jobId\": \"x\", <|>}");
  Buffer b{text, InputFormat::Json, Dialect::CreateJob, nullptr, Encoding::Utf16};
  json list = completion(b, at);
  auto names = labels(list);
  EXPECT_EQ(std::count(names.begin(), names.end(), "jobId"), 0);
  ASSERT_EQ(std::count(names.begin(), names.end(), "targets"), 1);
  for (const auto& item : list["items"]) {
    if (item["label"] != "targets") continue;
    EXPECT_EQ(item["textEdit"]["newText"], "\"targets\": ");
    EXPECT_EQ(item["textEdit"]["range"], range(0, 15, 15));
    EXPECT_EQ(item["detail"], "list of string · required");
  }
}

TEST(LspFeatures, CompletionWhileTypingUsesTheLastKnownDialect) {
  // the buffer does not parse: the dialect is the last lint's
  auto [text, at] = marked("jobId: x\ntargets: [a]\nabortConfig:\n  criteriaList:\n    - fail<|>\n");
  Buffer b{text, InputFormat::Yaml, Dialect::CreateJob, nullptr, Encoding::Utf16};
  json list = completion(b, at);
  auto names = labels(list);
  EXPECT_EQ(names, (std::vector<std::string>{"failureType", "action", "thresholdPercentage", "minNumberOfExecutedThings"}));
  EXPECT_EQ(list["items"][0]["textEdit"]["newText"], "failureType: ");
  EXPECT_EQ(list["items"][0]["textEdit"]["range"], range(4, 6, 10));
  // no dialect known: not known to be a job, nothing offered
  b.dialect.reset();
  EXPECT_TRUE(completion(b, at)["items"].empty());
}

TEST(LspFeatures, CompletionOfEnumValues) {
  auto [text, at] = marked("{\"jobId\": \"x\", \"targets\": [\"t\"], \"targetSelection\": \"<|>\"}");
  Linted l = lint(text);
  json list = completion(l.buffer(), at);
  EXPECT_EQ(labels(list), (std::vector<std::string>{"CONTINUOUS", "SNAPSHOT"}));
  EXPECT_EQ(list["items"][1]["textEdit"]["newText"], "\"SNAPSHOT\"");
  // in the snake_case of a catalog record
  auto [yaml, yat] = marked("job:\n  job_id: x\n  status: <|>\n");
  Buffer b{yaml, InputFormat::Yaml, Dialect::Catalog, nullptr, Encoding::Utf16};
  EXPECT_EQ(labels(completion(b, yat)).front(), "IN_PROGRESS");
}

TEST(LspFeatures, CodeActionsCarryTheFixes) {
  Linted l = lint(kJob);
  json actions = code_actions(l.buffer(), {{1, 0}, {1, 0}}, "file:///job.json", 4, false, "");
  EXPECT_TRUE(actions.empty());  // the range does not reach the value
  actions = code_actions(l.buffer(), {{1, 50}, {1, 50}}, "file:///job.json", 4, false, "");
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(actions[0]["title"], "replace \"snapshot\" with \"SNAPSHOT\"");
  EXPECT_EQ(actions[0]["kind"], "quickfix");
  EXPECT_EQ(actions[0]["diagnostics"][0]["code"], "IJ204");
  json edit = {{"range", range(1, 47, 57)}, {"newText", "\"SNAPSHOT\""}};
  EXPECT_EQ(actions[0]["edit"]["changes"]["file:///job.json"], json::array({edit}));
  actions = code_actions(l.buffer(), {{1, 50}, {1, 50}}, "file:///job.json", 4, true, "");
  EXPECT_EQ(actions[0]["edit"]["documentChanges"][0]["textDocument"]["version"], 4);
  // a misspelt key, in YAML
  Linted y = lint("jobID: a\ntargets: [x]\ndocument: '{}'\n", "job.yaml");
  actions = code_actions(y.buffer(), {{0, 0}, {0, 3}}, "file:///job.yaml", 1, false, "");
  ASSERT_EQ(actions.size(), 1u);
  EXPECT_EQ(actions[0]["edit"]["changes"]["file:///job.yaml"][0]["newText"], "jobId");
}

TEST(LspFeatures, ResolveFollowsEachDialectsNesting) {
  auto path = [](std::initializer_list<const char*> keys) {
    std::vector<Segment> p;
    for (const char* k : keys) p.push_back(std::string_view(k) == "[]" ? Segment{"", true} : Segment{k});
    return p;
  };
  const FieldSpec* s = resolve(Dialect::DescribeJob, path({"job", "jobId"}));
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->id, FieldId::JobId);
  s = resolve(Dialect::CloudFormation, path({"Resources", "T", "Properties", "JobTemplateId"}));
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->id, FieldId::JobTemplateId);
  EXPECT_EQ(resolve(Dialect::CloudFormation, path({"Parameters", "P"})), nullptr);
  s = resolve(Dialect::CreateJob, path({"[]", "abortConfig", "criteriaList", "[]", "action"}));  // a list of jobs
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->id, FieldId::AbortAction);
  s = resolve(Dialect::CreateJob, path({"documentParameters", "anyName"}));
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->id, FieldId::DocumentParameter);
  EXPECT_EQ(resolve(Dialect::CreateJob, path({"nope"})), nullptr);
}

}  // namespace
}  // namespace ijl::lsp
