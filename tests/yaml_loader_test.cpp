// Tests for src/yaml_loader.hpp (ranges, core schema, aliases, errors, comments) and for YAML
// files through the engine (the same diagnostics as the same job in JSON).
#include "yaml_loader.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "test_util.hpp"

namespace ijl {
namespace {

std::string_view slice(std::string_view text, Range r) { return text.substr(r.begin, r.end - r.begin); }

// The only document of `text`.
Node load_one(const std::string& text) {
  YamlLoadResult r = load_yaml(text);
  EXPECT_TRUE(r.ok) << r.error.message << " at " << r.error.offset;
  EXPECT_EQ(r.documents.size(), 1u) << text;
  return r.documents.empty() ? Node{} : r.documents[0];
}

TEST(YamlLoader, RangesOfScalarsAndKeys) {
  const std::string text =
      "plain: some text  # comment\n"
      "'single': 'it''s'\n"
      "\"double\": \"a \\\" b\"\n"
      "multi: first line\n"
      "  second line\n"
      "block: |-\n"
      "  {\"a\": 1}\n"
      "number: 1.55\n"
      "anchored: &a !!str 60\n";
  Node root = load_one(text);
  ASSERT_EQ(root.members.size(), 7u);
  const Member* m = root.find("plain");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(slice(text, m->key_range), "plain");
  EXPECT_EQ(slice(text, m->value.range), "some text");
  EXPECT_EQ(m->value.text, "some text");
  m = root.find("single");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(slice(text, m->key_range), "'single'");  // a key with its quotes
  EXPECT_EQ(slice(text, m->value.range), "'it''s'");
  EXPECT_EQ(m->value.text, "it's");
  m = root.find("double");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(slice(text, m->key_range), "\"double\"");
  EXPECT_EQ(slice(text, m->value.range), "\"a \\\" b\"");
  EXPECT_EQ(m->value.text, "a \" b");
  m = root.find("multi");  // a multi-line plain scalar: its first line
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(slice(text, m->value.range), "first line");
  EXPECT_EQ(m->value.text, "first line second line");
  m = root.find("block");  // a block scalar: its header
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(slice(text, m->value.range), "|-");
  EXPECT_EQ(m->value.kind, Kind::String);
  EXPECT_EQ(m->value.text, "{\"a\": 1}");
  m = root.find("number");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(slice(text, m->value.range), "1.55");
  m = root.find("anchored");  // the value, not its anchor and tag
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(slice(text, m->value.range), "60");
  EXPECT_EQ(m->value.kind, Kind::String);
}

TEST(YamlLoader, RangesOfCollections) {
  const std::string text =
      "block:\n"
      "  key: v\n"
      "list:\n"
      "  - a\n"
      "  - {x: [1, 2 ], \"y\": {}}\n"
      "flow: [ a, [b], {c: d} ]  # comment\n"
      "multiline: [\n"
      "  1, # one\n"
      "  2,\n"
      "]\n";
  Node root = load_one(text);
  EXPECT_EQ(slice(text, root.range), "b");  // a block mapping: its first key's first character
  const Node& block = root.find("block")->value;
  EXPECT_EQ(block.kind, Kind::Object);
  EXPECT_EQ(slice(text, block.range), "k");
  const Node& list = root.find("list")->value;
  EXPECT_EQ(list.kind, Kind::Array);
  EXPECT_EQ(list.range.begin, text.find("- a"));
  EXPECT_EQ(slice(text, list.range), "-");
  ASSERT_EQ(list.items.size(), 2u);
  EXPECT_EQ(slice(text, list.items[1].range), "{x: [1, 2 ], \"y\": {}}");
  EXPECT_EQ(slice(text, list.items[1].members[0].value.range), "[1, 2 ]");
  EXPECT_EQ(slice(text, list.items[1].members[1].key_range), "\"y\"");
  EXPECT_EQ(slice(text, list.items[1].members[1].value.range), "{}");
  const Node& flow = root.find("flow")->value;
  EXPECT_EQ(slice(text, flow.range), "[ a, [b], {c: d} ]");
  ASSERT_EQ(flow.items.size(), 3u);
  EXPECT_EQ(slice(text, flow.items[0].range), "a");
  EXPECT_EQ(slice(text, flow.items[1].range), "[b]");
  EXPECT_EQ(slice(text, flow.items[2].range), "{c: d}");
  const Node& multi = root.find("multiline")->value;
  EXPECT_EQ(slice(text, multi.range), "[\n  1, # one\n  2,\n]");
  ASSERT_EQ(multi.items.size(), 2u);
}

TEST(YamlLoader, NullsAndEmptyValues) {
  const std::string text = "a:\nb: ~\nc: null\nd: NULL\ne: ''\nlist:\n  -\n  - x\n";
  Node root = load_one(text);
  const Node& a = root.find("a")->value;
  EXPECT_EQ(a.kind, Kind::Null);
  EXPECT_EQ(a.range.begin, a.range.end);  // an empty value: just past its `:`
  EXPECT_EQ(a.range.begin, 2u);
  EXPECT_EQ(slice(text, root.find("b")->value.range), "~");
  EXPECT_EQ(root.find("c")->value.kind, Kind::Null);
  EXPECT_EQ(slice(text, root.find("c")->value.range), "null");
  EXPECT_EQ(root.find("d")->value.kind, Kind::Null);
  EXPECT_EQ(root.find("e")->value.kind, Kind::String);  // quoted: a string always
  const Node& list = root.find("list")->value;
  ASSERT_EQ(list.items.size(), 2u);
  EXPECT_EQ(list.items[0].kind, Kind::Null);
  EXPECT_EQ(list.items[0].range.begin, text.find("-\n") + 1);
  // an empty value followed by a key spelled `null` is still empty
  root = load_one("a:\nnull: 1\n");
  ASSERT_EQ(root.members.size(), 2u);
  EXPECT_EQ(root.members[0].value.range.begin, root.members[0].value.range.end);
  EXPECT_EQ(root.members[1].key, "null");
}

struct SchemaRow {
  const char* value;
  Kind kind;
  const char* text;  // Number: the JSON-like text; String: the value
};

TEST(YamlLoader, CoreSchema) {
  const SchemaRow rows[] = {
      {"~", Kind::Null, ""},          {"null", Kind::Null, ""},       {"Null", Kind::Null, ""},
      {"nULL", Kind::String, "nULL"}, {"true", Kind::Bool, ""},       {"False", Kind::Bool, ""},
      {"TRUE", Kind::Bool, ""},       {"yes", Kind::String, "yes"},   {"on", Kind::String, "on"},
      {"60", Kind::Number, "60"},     {"-7", Kind::Number, "-7"},     {"+5", Kind::Number, "5"},
      {"007", Kind::Number, "007"},   {"0x10", Kind::Number, "16"},   {"0x1F", Kind::Number, "31"},
      {"0o17", Kind::Number, "15"},   {"0o18", Kind::String, "0o18"}, {"0xG", Kind::String, "0xG"},
      {"1.55", Kind::Number, "1.55"}, {".5", Kind::Number, "0.5"},    {"-.5", Kind::Number, "-0.5"},
      {"1.", Kind::Number, "1.0"},    {"1e3", Kind::Number, "1e3"},   {"1.E+2", Kind::Number, "1.0E+2"},
      {"6e-2", Kind::Number, "6e-2"}, {"1_000", Kind::String, "1_000"}, {"1.2.3", Kind::String, "1.2.3"},
      {".", Kind::String, "."},       {"e3", Kind::String, "e3"},     {"1e", Kind::String, "1e"},
      {".inf", Kind::Number, ".inf"}, {"-.Inf", Kind::Number, "-.Inf"}, {".NAN", Kind::Number, ".NAN"},
      {".nan", Kind::Number, ".nan"}, {"-.nan", Kind::String, "-.nan"}, {"inf", Kind::String, "inf"},
      {"2026-11-27T00:10", Kind::String, "2026-11-27T00:10"},
      {"'60'", Kind::String, "60"},   {"\"true\"", Kind::String, "true"}, {"! 60", Kind::String, "60"},
      {"!!str 60", Kind::String, "60"}, {"!!int \"12\"", Kind::Number, "12"}, {"!!float 1", Kind::Number, "1"},
      {"!!bool true", Kind::Bool, ""}, {"!!null ~", Kind::Null, ""},  {"!Ref 60", Kind::Number, "60"},
  };
  for (const auto& row : rows) {
    Node root = load_one(std::string("v: ") + row.value + "\n");
    const Member* m = root.find("v");
    ASSERT_NE(m, nullptr) << row.value;
    EXPECT_EQ(m->value.kind, row.kind) << row.value;
    if (row.kind == Kind::Number || row.kind == Kind::String) {
      EXPECT_EQ(m->value.text, row.text) << row.value;
    }
  }
  Node root = load_one("a: 0x10\nb: .inf\nc: -.inf\nd: .nan\ne: true\nf: 1.55\n");
  EXPECT_DOUBLE_EQ(root.find("a")->value.number, 16);
  EXPECT_TRUE(std::isinf(root.find("b")->value.number) && root.find("b")->value.number > 0);
  EXPECT_TRUE(std::isinf(root.find("c")->value.number) && root.find("c")->value.number < 0);
  EXPECT_TRUE(std::isnan(root.find("d")->value.number));
  EXPECT_TRUE(root.find("e")->value.boolean);
  EXPECT_DOUBLE_EQ(root.find("f")->value.number, 1.55);
  // a hexadecimal integer of any size becomes its decimal value
  EXPECT_EQ(load_one("v: 0xFFFFFFFFFFFFFFFFFFFF\n").find("v")->value.text, "1208925819614629174706175");
}

TEST(YamlLoader, TagThatDoesNotFitIsASyntaxError) {
  YamlLoadResult r = load_yaml("a: !!int x\n");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.offset, 9u);
  EXPECT_EQ(r.error.message, "\"x\" is not a valid !!int");
}

TEST(YamlLoader, DuplicateKeysAreKept) {
  Node root = load_one("a: 1\nb: 2\na: 3\n");
  ASSERT_EQ(root.members.size(), 3u);
  EXPECT_EQ(root.members[2].key, "a");
  EXPECT_EQ(root.find("a")->value.text, "3");  // the later value wins
}

TEST(YamlLoader, SyntaxErrorAtYamlCppsPosition) {
  YamlLoadResult r = load_yaml("a: b: c\n");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.offset, 4u);
  EXPECT_EQ(r.error.message, "illegal map value");
  r = load_yaml("\xEF\xBB\xBF" "a: b: c\n");  // yaml-cpp's marks skip the BOM
  EXPECT_EQ(r.error.offset, 7u);
  r = load_yaml("a: [1, 2\nb: 3\n");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.offset, 10u);
  EXPECT_EQ(r.error.message, "end of sequence flow not found");
  // yaml-cpp accepts a quoted scalar cut off by the end of input when a line break precedes it
  r = load_yaml("a: \"x\n");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.offset, 6u);
  EXPECT_EQ(r.error.message, "end of input inside a quoted scalar");
}

TEST(YamlLoader, BytesThatAreNotYaml) {
  YamlLoadResult r = load_yaml("a: \xFF\n");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.offset, 3u);
  EXPECT_EQ(r.error.message, "the file is not valid UTF-8");
  r = load_yaml(std::string("a: b\0c\n", 7));  // a NUL would make yaml-cpp guess UTF-16
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.offset, 4u);
  EXPECT_EQ(r.error.message, "control character U+0000 is not allowed in YAML");
  r = load_yaml("a: \xC2\x85 ok\n");  // NEL is printable in YAML
  EXPECT_TRUE(r.ok);
}

TEST(YamlLoader, LineBreaksAndBom) {
  const std::string crlf = "\xEF\xBB\xBF" "a: 1\r\nb: [x, \"y\" ]\r\n";
  Node root = load_one(crlf);
  EXPECT_EQ(slice(crlf, root.members[0].key_range), "a");
  EXPECT_EQ(root.members[0].key_range.begin, 3u);
  EXPECT_EQ(slice(crlf, root.find("b")->value.range), "[x, \"y\" ]");
  const std::string cr = "a: 1\rb: 2\r";  // a lone CR ends a line in YAML; yaml-cpp alone misreads it
  root = load_one(cr);
  ASSERT_EQ(root.members.size(), 2u);
  EXPECT_EQ(slice(cr, root.find("b")->value.range), "2");
}

TEST(YamlLoader, StreamOfDocuments) {
  const std::string text = "# header\na: 1\n---\n--- # empty\n...\n---\nb: 2\n--- ~\n";
  YamlLoadResult r = load_yaml(text);
  ASSERT_TRUE(r.ok) << r.error.message;
  ASSERT_EQ(r.documents.size(), 3u);  // the empty documents are skipped; `~` is a document
  EXPECT_EQ(r.documents[0].find("a")->value.text, "1");
  EXPECT_EQ(slice(text, r.documents[1].range), "b");
  EXPECT_EQ(r.documents[2].kind, Kind::Null);
  EXPECT_EQ(slice(text, r.documents[2].range), "~");
  for (const char* empty : {"", "# only a comment\n", "---\n", "--- \n...\n", "\n\n"}) {
    r = load_yaml(empty);
    EXPECT_TRUE(r.ok) << empty;
    EXPECT_TRUE(r.documents.empty()) << empty;
  }
}

TEST(YamlLoader, DocumentsBeforeAnErrorAreKept) {
  YamlLoadResult r = load_yaml("a: 1\n---\nb: c: d\n");
  EXPECT_FALSE(r.ok);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].members[0].key, "a");
}

TEST(YamlLoader, AliasesAreExpanded) {
  const std::string text = "base: &b {x: 1}\ncopy: *b\nname: &n fw\nsame: *n\n*n : key\n";
  Node root = load_one(text);
  const Node& copy = root.find("copy")->value;
  EXPECT_EQ(copy.kind, Kind::Object);
  EXPECT_EQ(slice(text, copy.range), "*b");  // the copy sits at the alias
  ASSERT_EQ(copy.members.size(), 1u);
  EXPECT_EQ(slice(text, copy.members[0].value.range), "1");  // its inside at the anchored node
  EXPECT_EQ(root.find("same")->value.text, "fw");
  EXPECT_EQ(slice(text, root.find("same")->value.range), "*n");
  const Member* key = root.find("fw");  // an alias as a key
  ASSERT_NE(key, nullptr);
  EXPECT_EQ(slice(text, key->key_range), "*n");
}

TEST(YamlLoader, AliasesThatCannotBeExpanded) {
  YamlLoadResult r = load_yaml("a: &x [1, *x]\n");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.offset, 10u);
  EXPECT_EQ(r.error.message, "alias *x refers to a node that contains it");
  r = load_yaml("a: *nope\n");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.offset, 3u);
  // a billion laughs
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'k'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    bomb += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 10; ++i) bomb += (i ? ", *" : "*") + prev;
    bomb += "]\n";
  }
  r = load_yaml(bomb);
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.message, "too many nodes: aliases expand to more than 100000 nodes");
}

TEST(YamlLoader, CollectionKeyIsASyntaxError) {
  YamlLoadResult r = load_yaml("? [a]\n: b\n");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.offset, 2u);
  EXPECT_EQ(r.error.message, "a mapping key must be a scalar, not a sequence");
}

TEST(YamlLoader, TooDeepNestingIsASyntaxError) {
  YamlLoadResult r = load_yaml("a: " + std::string(3000, '[') + std::string(3000, ']') + "\n");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.error.message, "collections are nested too deeply");
}

TEST(YamlLoader, CommentsOutsideScalars) {
  const std::string text =
      "# first\n"
      "a: \"x # no\" # yes\n"
      "b: 'y # no'#no\n"
      "c: d#no\n"
      "doc: | # header\n"
      "  # text of the block\n"
      "# after the block\n"
      "list: [1, #in flow\n"
      "  2]\n";
  YamlLoadResult r = load_yaml(text);
  ASSERT_TRUE(r.ok) << r.error.message;
  std::vector<std::string_view> found;
  for (Range c : r.comments) found.push_back(slice(text, c));
  EXPECT_EQ(found, (std::vector<std::string_view>{"# first", "# yes", "# header", "# after the block", "#in flow"}));
}

// ---- YAML files through the engine ----

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// code, line, pointer and message of every diagnostic (columns differ: JSON keys have quotes)
std::vector<std::tuple<std::string, std::uint32_t, std::string, std::string>> summary(const FileReport& r) {
  std::vector<std::tuple<std::string, std::uint32_t, std::string, std::string>> out;
  for (const auto& d : r.diagnostics) {
    std::string pointer;
    for (const auto& s : d.pointer) pointer += "/" + s;
    out.emplace_back(std::string(d.rule->code), d.start.line, pointer, d.message);
  }
  return out;
}

TEST(YamlLint, SameDiagnosticsAsTheSameJobInJson) {
  const std::filesystem::path dir = std::filesystem::path(TESTDATA_DIR) / "yaml";
  for (const char* stem : {"broken", "list"}) {
    FileReport json = test::lint(read(dir / (std::string(stem) + ".json")), "job.json");
    FileReport yaml = test::lint(read(dir / (std::string(stem) + ".yaml")), "job.yaml");
    EXPECT_FALSE(json.diagnostics.empty()) << stem;
    EXPECT_EQ(summary(yaml), summary(json)) << stem << "\nYAML:\n"
                                            << test::describe(yaml) << "JSON:\n"
                                            << test::describe(json);
    EXPECT_EQ(yaml.dialect, json.dialect) << stem;
  }
}

// A minimal valid create-job request in YAML, with `extra` lines added at the top level.
std::string yaml_job(const std::string& extra) {
  return "jobId: fw-1\n"
         "targets: [\"arn:aws:iot:us-east-1:123456789012:thinggroup/sensors\"]\n"
         "documentSource: https://s3.amazonaws.com/bucket/job.json\n" +
         extra;
}

// "code line:column-line:column" of every diagnostic.
std::vector<std::string> spans(const std::string& yaml) {
  std::vector<std::string> out;
  for (const auto& d : test::lint(yaml, "job.yaml").diagnostics) {
    out.push_back(std::string(d.rule->code) + " " + std::to_string(d.start.line) + ":" +
                  std::to_string(d.start.column) + "-" + std::to_string(d.end.line) + ":" +
                  std::to_string(d.end.column));
  }
  return out;
}

TEST(YamlLint, MinimalJobIsClean) {
  FileReport r = test::lint(yaml_job(""), "job.yaml");
  EXPECT_TRUE(r.diagnostics.empty()) << test::describe(r);
  EXPECT_EQ(r.dialect, Dialect::CreateJob);
}

TEST(YamlLint, DuplicateKey) {
  EXPECT_EQ(spans(yaml_job("jobId: fw-2\n")), std::vector<std::string>{"IJ002 4:1-4:6"});
  FileReport r = test::lint(yaml_job("jobId: fw-2\n"), "job.yaml");
  EXPECT_EQ(r.diagnostics[0].message, "duplicate key \"jobId\"");
  EXPECT_EQ(test::related_of(r.diagnostics[0]), std::vector<std::string>{"1:1-1:6 /jobId: first defined here"});
  // a flow mapping inside a block one, and a later document of the stream
  r = test::lint("jobId: a\n---\npresignedUrlConfig: {expiresInSec: 60,  expiresInSec: 70}\njobId: b\n", "job.yaml");
  ASSERT_EQ(test::count(r, "IJ002"), 1) << test::describe(r);
  EXPECT_EQ(test::related_of(r, "IJ002"), std::vector<std::string>{"3:22-3:34 /presignedUrlConfig/expiresInSec: first defined here"});
}

TEST(YamlLint, SyntaxErrorPosition) {
  EXPECT_EQ(spans(yaml_job("description: a: b\n")), std::vector<std::string>{"IJ001 4:15-4:16"});
  // a syntax error in the second document: the first is still linted
  FileReport r = test::lint(yaml_job("presignedUrlConfig: {expiresInSec: 30}\n---\n[\n"), "job.yaml");
  EXPECT_EQ(test::codes(r), (std::vector<std::string>{"IJ103", "IJ001"}));
}

TEST(YamlLint, NumbersAsYamlWritesThem) {
  // 0x10 is the integer 16: no IJ004 for an integer field, judged by its value
  EXPECT_EQ(spans(yaml_job("timeoutConfig: {inProgressTimeoutInMinutes: 0x10}\n")), std::vector<std::string>{});
  EXPECT_EQ(spans(yaml_job("presignedUrlConfig: {expiresInSec: 0x10}\n")), std::vector<std::string>{"IJ103 4:36-4:40"});
  EXPECT_EQ(spans(yaml_job("presignedUrlConfig: {expiresInSec: 0o74}\n")), std::vector<std::string>{});
  // 1.55 has two decimal places; .5 / 1. are judged as 0.5 / 1.0
  EXPECT_EQ(spans(yaml_job("jobExecutionsRolloutConfig:\n  exponentialRate:\n    baseRatePerMinute: 10\n"
                           "    incrementFactor: 1.55\n    rateIncreaseCriteria: {numberOfSucceededThings: 5}\n")),
            std::vector<std::string>{"IJ102 7:22-7:26"});
  EXPECT_EQ(spans(yaml_job("abortConfig:\n  criteriaList:\n    - {failureType: FAILED, action: CANCEL, "
                           "thresholdPercentage: .125, minNumberOfExecutedThings: 1.}\n")),
            (std::vector<std::string>{"IJ101 6:66-6:70", "IJ004 6:99-6:101"}));
}

TEST(YamlLint, NonFiniteNumbersAreWrongType) {
  for (const char* v : {".inf", "-.inf", ".nan", ".NaN", "-.Inf"}) {
    std::string text = yaml_job(std::string("presignedUrlConfig: {expiresInSec: ") + v + "}\n");
    FileReport r = test::lint(text, "job.yaml");
    EXPECT_EQ(test::codes(r), std::vector<std::string>{"IJ004"}) << v << "\n" << test::describe(r);
    text = yaml_job(std::string("abortConfig:\n  criteriaList:\n    - {failureType: FAILED, action: CANCEL, "
                                "thresholdPercentage: ") + v + ", minNumberOfExecutedThings: 1}\n");
    r = test::lint(text, "job.yaml");
    EXPECT_EQ(test::codes(r), std::vector<std::string>{"IJ004"}) << v << "\n" << test::describe(r);
  }
}

TEST(YamlLint, QuotedNumberIsAString) {
  FileReport r = test::lint(yaml_job("presignedUrlConfig: {expiresInSec: \"60\"}\n"), "job.yaml");
  EXPECT_EQ(test::codes(r), std::vector<std::string>{"IJ004"}) << test::describe(r);
  EXPECT_EQ(spans(yaml_job("presignedUrlConfig: {expiresInSec: \"60\"}\n")),
            std::vector<std::string>{"IJ004 4:36-4:40"});  // with its quotes
  EXPECT_EQ(spans(yaml_job("presignedUrlConfig: {expiresInSec: '60'}\n")),
            std::vector<std::string>{"IJ004 4:36-4:40"});
  EXPECT_EQ(spans(yaml_job("presignedUrlConfig: {expiresInSec: 60}\n")), std::vector<std::string>{});
}

TEST(YamlLint, EmptyValueIsNull) {
  EXPECT_EQ(spans(yaml_job("description:\n")), std::vector<std::string>{"IJ004 4:13-4:13"});
}

TEST(YamlLint, StreamOfDocumentsIsLintedDocumentByDocument) {
  const std::string text = yaml_job("presignedUrlConfig: {expiresInSec: 30}\n") + "---\n" +
                           "--- # an empty document\n" + yaml_job("description: \"\"\n") + "...\n" +
                           "--- not a job\n";
  FileReport r = test::lint(text, "jobs.yaml");
  EXPECT_EQ(test::codes(r), (std::vector<std::string>{"IJ103", "IJ203", "IJ006"})) << test::describe(r);
  for (const auto& d : r.diagnostics) {
    if (d.rule->code == std::string_view("IJ103")) {
      EXPECT_EQ(d.pointer, (std::vector<std::string>{"presignedUrlConfig", "expiresInSec"}));
    }
    if (d.rule->code == std::string_view("IJ203")) {
      EXPECT_EQ(d.pointer, std::vector<std::string>{"description"});
    }
    if (d.rule->code == std::string_view("IJ006")) {
      EXPECT_EQ(d.start.line, 12u);
    }
  }
  EXPECT_EQ(r.dialect, Dialect::CreateJob);
}

TEST(YamlLint, EmptyFiles) {
  for (const char* text : {"", "# nothing here\n", "---\n"}) {
    FileReport named = test::lint(text, "job.yaml");
    EXPECT_TRUE(named.diagnostics.empty()) << text;
    FileReport walked = lint_bytes(text, InputFormat::Yaml, test::default_options(), false);
    EXPECT_FALSE(walked.is_job) << text;  // skipped while walking a directory
  }
}

TEST(YamlLint, NotAJobPointsAtTheFirstKey) {
  EXPECT_EQ(spans("# a config file\n---\nname: x\n"), std::vector<std::string>{"IJ006 3:1-3:2"});
}

}  // namespace
}  // namespace ijl

namespace ijl {
namespace {

// The YAML fuzzer's timeouts: yaml-cpp 0.7 restarts empty documents at a bad token forever;
// the loader turns that into IJ001 instead of hanging. (Every reproducer, of any harness, is
// also replayed through its harness by the fuzz_replay_* tests.)
TEST(YamlLoader, FuzzTimeoutReproducersEndWithASyntaxError) {
  std::vector<std::string> inputs = {","};
  for (const auto& e : std::filesystem::directory_iterator(std::filesystem::path(TESTDATA_DIR) / "fuzz-crashes")) {
    if (!e.path().filename().string().starts_with("yaml-timeout-")) continue;
    std::ifstream in(e.path(), std::ios::binary);
    inputs.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  ASSERT_GE(inputs.size(), 2u);
  for (const auto& text : inputs) {
    YamlLoadResult r = load_yaml(text);
    EXPECT_FALSE(r.ok) << text;
  }
}

}  // namespace
}  // namespace ijl
