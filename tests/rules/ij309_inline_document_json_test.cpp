// IJ309 inline-document-json: what parses, what does not, the parser's reason, position.
#include "json_loader.hpp"
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

// `doc` is the document value as written in the file (a JSON string token, quotes included).
std::string with_document(const std::string& doc) {
  return "{\n  \"jobId\": \"fw-1\",\n  \"targets\": [\"arn:aws:iot:us-east-1:123456789012:thinggroup/sensors\"],\n"
         "  \"document\": " + doc + "\n}\n";
}

TEST(IJ309InlineDocumentJson, BoundaryTable) {
  expect_table("IJ309",
               {
                   {R"("{\"operation\": \"reboot\"}")", false},
                   {R"("{}")", false},
                   {R"("[1, 2]")", false},
                   {R"("42")", false},                        // any JSON text
                   {R"(" {\"a\": \"\u00e9\"} \n")", false},   // whitespace and non-ASCII
                   {R"("{\"a\": 1,}")", true},                 // trailing comma
                   {R"("{'a': 1}")", true},                    // single quotes
                   {R"("{\"a\": 1")", true},                   // ends too early
                   {R"("{\"a\": 1} x")", true},                // trailing text
                   {R"("{\"a\": NaN}")", true},
                   {R"("// c\n{}")", true},                    // no comments
                   {R"("")", true},                            // empty
                   {R"("   ")", true},
                   {"5", false},                               // IJ004 only
                   {"null", false},                            // IJ004 only
               },
               with_document);
}

TEST(IJ309InlineDocumentJson, DocumentSourceIsNotParsed) {
  EXPECT_NOT_FIRES("IJ309", job_with(""));
}

TEST(IJ309InlineDocumentJson, MessageGivesTheParsersReasonAndWhere) {
  // the reason is IJ001's, from the same strict parser
  std::string reason = load_json(R"({"a": 1,})").error.message;
  ASSERT_FALSE(reason.empty());
  std::string text = with_document(R"("{\"a\": 1,}")");
  EXPECT_EQ(messages(text, "IJ309"),
            std::vector<std::string>{"document is not valid JSON: " + reason + " (at character 9 of the document)"});
  // input that ends too early has no character to point at
  reason = load_json(R"({"a": 1)").error.message;
  text = with_document(R"("{\"a\": 1")");
  EXPECT_EQ(messages(text, "IJ309"), std::vector<std::string>{"document is not valid JSON: " + reason});
  EXPECT_NE(reason.find("end of input"), std::string::npos) << reason;
  // characters, not bytes: the é before the error counts once
  text = with_document(R"("[\"é\" 1]")");
  ASSERT_EQ(messages(text, "IJ309").size(), 1u);
  EXPECT_NE(messages(text, "IJ309")[0].find("(at character 6 of the document)"), std::string::npos)
      << messages(text, "IJ309")[0];
}

TEST(IJ309InlineDocumentJson, PointsAtTheDocumentValue) {
  std::string text = with_document(R"("{\"a\": 1,}")");
  EXPECT_EQ(spans(text, "IJ309"), std::vector<std::string>{"4:15-4:28"});
  EXPECT_EQ(pointer_of(text, "IJ309"), "/document");
}

TEST(IJ309InlineDocumentJson, DuplicateDocumentKeysUseTheLaterValue) {
  std::string text = "{\n  \"jobId\": \"fw-1\",\n  \"targets\": [\"arn:aws:iot:us-east-1:123456789012:thing/t\"],\n"
                     "  \"document\": \"{\",\n  \"document\": \"{}\"\n}\n";
  EXPECT_NOT_FIRES("IJ309", text);
  EXPECT_FIRES("IJ002", text);
}

}  // namespace
}  // namespace ijl::test
