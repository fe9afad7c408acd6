// IJ001 syntax: strict RFC 8259 JSON and UTF-8; where the first unacceptable character is.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

const std::string kValid =
    R"({"jobId":"x","targets":["arn:aws:iot:us-east-1:123456789012:thing/a"],"documentSource":"s"})";

TEST(IJ001Syntax, StrictJsonTable) {
  expect_table("IJ001", {
      {kValid, false},
      {"\xEF\xBB\xBF" + kValid, false},                    // a UTF-8 BOM is accepted
      {kValid + "\n\n", false},                            // trailing whitespace
      {"\r\n" + kValid + "\r\n", false},
      {R"({"jobId":"x",})", true},                         // trailing comma in an object
      {R"({"jobId":"x","targets":["a",]})", true},         // trailing comma in an array
      {R"({"jobId":"x" "targets":[]})", true},             // missing comma
      {"// comment\n" + kValid, true},
      {R"({"jobId":"x", /* comment */ "targets":[]})", true},
      {R"({"a":NaN})", true},
      {R"({"a":Infinity})", true},
      {R"({"a":-Infinity})", true},
      {R"({'jobId':'x'})", true},                          // single quotes
      {R"({jobId:"x"})", true},                            // unquoted key
      {R"({"a":01})", true},                               // leading zero
      {R"({"a":1.})", true},
      {R"({"a":.5})", true},
      {R"({"a":+1})", true},
      {R"({"a":0x10})", true},
      {"{\"jobId\":\"a\tb\"}", true},                      // raw control character in a string
      {R"({"jobId":"\x"})", true},                         // bad escape
      {R"({"jobId":"\ud800"})", true},                     // lone surrogate escape
      {"{\"jobId\":\"x\"}}", true},                        // text after the document
      {"{\"jobId\":\"x\"", true},                          // ends too early
      {"", true},
      {"   \n", true},
      {"{\"jobId\":\"\xFF\"}", true},                      // not UTF-8
      {"{\"jobId\":\"\xC0\xAF\"}", true},                  // overlong encoding
      {"{\"jobId\":\"\xED\xA0\x80\"}", true},              // encoded surrogate
      {std::string("\xFF\xFE{\0}\0", 6), true},             // UTF-16 with its BOM
  });
}

// Where IJ001 points (docs/rules.md, "Where a diagnostic points").
TEST(IJ001Syntax, PointsAtFirstUnacceptableCharacter) {
  // a trailing comma: the `}` / `]` after it
  EXPECT_EQ(span_of(R"({"jobId":"x",})", "IJ001"), "1:14-1:15");
  EXPECT_EQ(span_of("{\n  \"jobId\": \"x\",\n  \"targets\": [\"a\",]\n}", "IJ001"), "3:19-3:20");
  // a missing comma: the token where one was expected
  EXPECT_EQ(span_of(R"({"jobId":"x" "targets":[]})", "IJ001"), "1:14-1:15");
  EXPECT_EQ(span_of("[1 2]", "IJ001"), "1:4-1:5");
  // input that ends too early: just past the last character
  EXPECT_EQ(span_of(R"({"jobId":"x")", "IJ001"), "1:13-1:13");
  EXPECT_EQ(span_of("{\"jobId\":\"x\",\n\"targets\":[", "IJ001"), "2:12-2:12");
  EXPECT_EQ(span_of("", "IJ001"), "1:1-1:1");
  EXPECT_EQ(span_of("   ", "IJ001"), "1:4-1:4");
  // the last character of this input is the newline: just past it is line 2
  EXPECT_EQ(span_of("{\"jobId\":\"x\"\n", "IJ001"), "2:1-2:1");
  // comments, NaN, junk: their first character
  EXPECT_EQ(span_of("// c\n{}", "IJ001"), "1:1-1:2");
  EXPECT_EQ(span_of(R"({"jobId":"x", /* c */ "targets":[]})", "IJ001"), "1:15-1:16");
  EXPECT_EQ(span_of(R"({"a":NaN})", "IJ001"), "1:6-1:7");
  EXPECT_EQ(span_of(R"({"a":1}x)", "IJ001"), "1:8-1:9");
  EXPECT_EQ(span_of("{\"jobId\":\"a\tb\"}", "IJ001"), "1:12-1:13");
  EXPECT_EQ(span_of(R"({"jobId":"\x"})", "IJ001"), "1:12-1:13");
  EXPECT_EQ(span_of("[1.5.3]", "IJ001"), "1:5-1:6");
  EXPECT_EQ(span_of("[1E+]", "IJ001"), "1:5-1:6");
  EXPECT_EQ(span_of(R"({"jobId":-})", "IJ001"), "1:11-1:12");
}

TEST(IJ001Syntax, InvalidUtf8PointsAtTheBadByte) {
  EXPECT_EQ(span_of("{\"jobId\":\"\xFF\"}", "IJ001"), "1:11-1:12");
  // after a two-byte character: columns count code points, not bytes
  EXPECT_EQ(span_of("{\"d\":\"\xC3\xA9\xFF\"}", "IJ001"), "1:8-1:9");
  // a truncated sequence: at its lead byte
  EXPECT_EQ(span_of("{\"d\":\"\xE2\x82\"}", "IJ001"), "1:7-1:8");
  EXPECT_EQ(span_of("\n\n  \xFF", "IJ001"), "3:3-3:4");
}

TEST(IJ001Syntax, LineEndsAndColumns) {
  // `\r\n` and a lone `\r` each end a line
  EXPECT_EQ(span_of("{\"jobId\":\"x\",\r\n\"a\":1,}", "IJ001"), "2:7-2:8");
  EXPECT_EQ(span_of("{\"jobId\":\"x\",\r\"a\":1,}", "IJ001"), "2:7-2:8");
  EXPECT_EQ(span_of("{\"jobId\":\"x\",\n\r\n\r\"a\":1,}", "IJ001"), "4:7-4:8");
  // a column after non-ASCII characters counts code points (é: 2 bytes, 😀: 4 bytes)
  EXPECT_EQ(span_of("{\"description\":\"\xC3\xA9\xC3\xA9\xC3\xA9\", x}", "IJ001"), "1:23-1:24");
  EXPECT_EQ(span_of("{\"jobId\":\"\xF0\x9F\x98\x80\",\n \"a\": 1,}", "IJ001"), "2:9-2:10");
  EXPECT_EQ(span_of("{\"jobId\":\"\xE4\xB8\xAD\", }", "IJ001"), "1:15-1:16");
  // U+2028 inside a string does not end a line
  EXPECT_EQ(span_of("{\"jobId\":\"x\xE2\x80\xA8y\", }", "IJ001"), "1:17-1:18");
  // a byte-order mark occupies no column
  EXPECT_EQ(span_of("\xEF\xBB\xBF{\"jobId\":\"x\", }", "IJ001"), "1:15-1:16");
  EXPECT_EQ(span_of("\xEF\xBB\xBF{\n\"a\":1,}", "IJ001"), "2:7-2:8");
}

TEST(IJ001Syntax, OnePerDocumentAndNothingElse) {
  // the jobId would be IJ203 and targets missing IJ005: a document with IJ001 is not linted further
  EXPECT_EQ(codes_of(R"({"jobId":"a b", "jobId":"x",})"), Codes{"IJ001"});
  EXPECT_EQ(codes_of("{,,,,}"), Codes{"IJ001"});
  auto r = lint("{\"jobId\":\"x\",}");
  ASSERT_EQ(r.diagnostics.size(), 1u);
  EXPECT_TRUE(r.diagnostics[0].pointer.empty());
  EXPECT_TRUE(r.is_job);  // a file that cannot be parsed counts as a job file
}

TEST(IJ001Syntax, NdjsonOnePerLineOtherLinesStillLinted) {
  const std::string text =
      "{\"job\":{\"jobId\":\"a b\"}}\n"     // line 1: IJ203
      "{\"job\":{\"jobId\":\"x\"},}\n"      // line 2: IJ001 at the `}`
      "\n"                                  // blank: skipped
      "{\"job\":{\"jobId\":\"\"}}\r\n"      // line 4: IJ202
      "{\"job\":{\"jobId\":\"x\"}\n";       // line 5: ends too early
  auto r = lint(text, "jobs.ndjson");
  ASSERT_EQ(codes(r), (Codes{"IJ203", "IJ001", "IJ202", "IJ001"})) << describe(r);
  EXPECT_EQ(span_of(r, "IJ001"), "2:22-2:23");
  EXPECT_EQ(r.diagnostics[1].record, 2u);
  EXPECT_EQ(r.diagnostics[3].start.line, 5u);
  EXPECT_EQ(r.diagnostics[3].start.column, 21u);
  EXPECT_EQ(r.diagnostics[3].end.column, 21u);
  EXPECT_EQ(r.diagnostics[3].record, 5u);
}

// In YAML: the position yaml-cpp reports, its byte column converted to code points.
TEST(IJ001Syntax, Yaml) {
  expect_table("IJ001", {
      {"jobId: fw-1\ntargets: [arn:aws:iot:us-east-1:123456789012:thing/a]\ndocumentSource: s\n", false, "job.yaml"},
      {"jobId: \"x\" y\n", true, "job.yaml"},
      {"jobId: [a, b\n", true, "job.yml"},
      {"jobId: fw-1\n  bad: indent\n", true, "job.yaml"},
      {"jobId: \"\xFF\"\n", true, "job.yaml"},
  });
  EXPECT_EQ(span_of("jobId: \"x\" y\n", "IJ001", "job.yaml"), "1:12-1:13");
  EXPECT_EQ(span_of("jobId: \"\xC3\xA9\xC3\xA9\" y\n", "IJ001", "job.yaml"), "1:13-1:14");
}

}  // namespace
}  // namespace ijl::test
