// IJ203 pattern: ids, control characters, tag keys, reason codes; empty one-or-more strings.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string job_id(const std::string& id) {
  return R"({"jobId": ")" + id + R"(", "targets": ["arn:aws:iot:us-east-1:123456789012:thing/a"], "documentSource": "https://s3.amazonaws.com/bucket/job.json"})";
}
std::string str(const std::string& key, const std::string& value) { return job_with("\"" + key + "\": \"" + value + "\""); }
std::string tag_key(const std::string& key) { return job_with(R"("tags": [{"Key": ")" + key + R"(", "Value": "v"}])"); }
// With an AWS managed template, as document parameters need (IJ307).
std::string param(const std::string& key, const std::string& value) {
  return job_with(R"("documentParameters": {")" + key + R"(": ")" + value +
                  R"("}, "jobTemplateArn": "arn:aws:iot:us-east-1::jobtemplate/AWS-Download-File:1.0")");
}
std::string rec(const std::string& key, const std::string& value) { return record_with("\"" + key + "\": \"" + value + "\""); }

TEST(IJ203Pattern, Ids) {
  expect_table("IJ203", {
      {job_id("fw-2026_11-A"), false},
      {job_id("a b"), true},
      {job_id("a.b"), true},
      {job_id("a/b"), true},
      {job_id("\xC3\xA9"), true},      // é: letters are ASCII only
      {job_id(""), false},             // IJ202 reports it
      {str("namespaceId", "ns_1-A"), false},
      {str("namespaceId", "ns 1"), true},
      {str("namespaceId", ""), true},  // no length limit: the empty string breaks the pattern
      {record_with(R"("jobId": "a:b")"), true},
      {catalog_with(R"("job_id": "a b")"), true},
      {catalog_with(R"("namespace_id": "")"), true},
      {param("a_b-1", "v"), false},
      {param("a b", "v"), true},
      {param("a.b", "v"), true},
  });
}

TEST(IJ203Pattern, NoControlCharacters) {
  expect_table("IJ203", {
      {str("description", "Firmware 2.0 for \xC3\xBC\xE4\xB8\xAD sensors!"), false},
      {str("description", "a\\nb"), true},          // newline
      {str("description", "a\\tb"), true},          // tab
      {str("description", "a\\rb"), true},
      {str("description", "a\\u0000b"), true},
      {str("description", "a\\u007Fb"), true},      // DEL (Cc)
      {str("description", "a\\u200Bb"), true},      // zero-width space (Cf), escaped
      {str("description", "a\xE2\x80\x8B" "b"), true},  // the same, raw
      {str("description", "a\\u00ADb"), true},      // soft hyphen (Cf)
      {str("description", "a\\uE000b"), true},      // private use (Co)
      {str("description", "a\\u0378b"), true},      // unassigned (Cn)
      {str("description", "a\\u2028b"), false},     // line separator is Zl, not C
      {str("description", " "), false},
      {str("description", ""), true},               // one or more characters; no IJ202 minimum
      {rec("comment", "a\\nb"), true},
      {rec("comment", ""), true},
      {rec("comment", "ok"), false},
      {rec("description", "a\\tb"), true},
      {catalog_with(R"("comment": "a\tb")"), true},
      {param("k", "x\\ny"), true},
      {param("k", "x y"), false},
      {job_with(R"("tags": [{"Key": "k", "Value": "a\nb"}])"), false},  // tag values have no pattern
  });
}

TEST(IJ203Pattern, TagKeys) {
  expect_table("IJ203", {
      {tag_key("env"), false},
      {tag_key("\xC3\xBC"), false},                // ü (L)
      {tag_key("\xE4\xB8\xAD"), false},            // 中 (L)
      {tag_key("\xD9\xA3"), false},                // Arabic-Indic three (N)
      {tag_key("a b\\u3000c"), false},             // spaces of any script (Z)
      {tag_key("_.:/=+-@"), false},
      {tag_key("#"), true},
      {tag_key("a#b"), true},
      {tag_key("a\\tb"), true},
      {tag_key("e\\u0301"), true},                 // a combining mark (Mn)
      {tag_key("a*b"), true},
      {tag_key(""), false},                        // `*` pattern; IJ202 reports the length
  });
}

TEST(IJ203Pattern, ReasonCode) {
  expect_table("IJ203", {
      {rec("reasonCode", "ABC_123"), false},
      {rec("reasonCode", "abc"), true},
      {rec("reasonCode", "ABc"), true},
      {rec("reasonCode", "A-B"), true},
      {rec("reasonCode", "A B"), true},
      {rec("reasonCode", "\xC3\x84"), true},       // Ä: \p{Upper} is ASCII in Java
      {rec("reasonCode", ""), true},
      {catalog_with(R"("reason_code": "abc")"), true},
      {catalog_with(R"("reason_code": "ABC")"), false},
  });
}

TEST(IJ203Pattern, OneShapeDiagnostic) {
  EXPECT_EQ(codes_of(job_id("")), Codes{"IJ202"});
  EXPECT_EQ(codes_of(tag_key("")), Codes{"IJ202"});
  EXPECT_EQ(codes_of(str("description", "")), Codes{"IJ203"});
  EXPECT_EQ(codes_of(str("description", "a\\nb")), Codes{"IJ203"});
  EXPECT_EQ(codes_of(job_with(R"("description": 5)")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(job_with(R"("namespaceId": ["a b"])")), Codes{"IJ004"});
  // over the length limit and the pattern: IJ202 first
  EXPECT_EQ(codes_of(job_id(repeat("a b", 30))), Codes{"IJ202"});
  // ARN fields: the model pattern ^arn:[!-~]+$ is IJ205's
  EXPECT_EQ(codes_of(job_with(R"("presignedUrlConfig": {"roleArn": "arn:aws:iam::123456789012:role/a b"})")), Codes{"IJ205"});
}

TEST(IJ203Pattern, PointsAtTheValueOrKey) {
  const std::string text = job_id("a b");
  EXPECT_EQ(span_of(text, "IJ203"), "1:11-1:16");
  EXPECT_EQ(message_of(text, "IJ203"), R"(jobId "a b" has U+0020 at character 2; only A-Z a-z 0-9 _ - are allowed)");
  const std::string desc = str("description", "\xC3\xA9\xC3\xA9\\u200Bx");
  EXPECT_EQ(span_of(desc, "IJ203"), "5:18-5:29");
  EXPECT_EQ(message_of(desc, "IJ203"),
            "description \"\xC3\xA9\xC3\xA9\xE2\x80\x8Bx\" has U+200B at character 3; control and format characters are not allowed");
  EXPECT_EQ(message_of(str("description", ""), "IJ203"),
            R"(description "" is empty; the pattern requires at least one character)");
  EXPECT_EQ(message_of(tag_key("#"), "IJ203"),
            R"(Key "#" has '#' (U+0023) at character 1; only letters, digits, spaces and _ . : / = + - @ are allowed)");
  EXPECT_EQ(pointer_of(tag_key("#"), "IJ203"), "/tags/0/Key");
  // a documentParameters key: at the key
  const std::string p = param("a b", "v");
  EXPECT_EQ(span_of(p, "IJ203"), "5:26-5:31");
  EXPECT_EQ(pointer_of(p, "IJ203"), "/documentParameters/a b");
  // a documentParameters value: at the value
  EXPECT_EQ(span_of(param("k", "x\\ny"), "IJ203"), "5:31-5:37");
  const std::string c = catalog_with(R"("reason_code": "abc")");
  EXPECT_EQ(span_of(c, "IJ203"), "6:20-6:25");
  EXPECT_EQ(message_of(c, "IJ203"), R"(reason_code "abc" has 'a' (U+0061) at character 1; only A-Z 0-9 _ are allowed)");
}

// Disabled: an entry's key and value share one bound in the engine (see ij202_length_test.cpp).
TEST(IJ203Pattern, KeyPatternIsJudgedWhateverTheValue) {
  EXPECT_EQ(codes_of(param("a b", "")), (Codes{"IJ203", "IJ202"}));
  EXPECT_EQ(codes_of(job_with(R"("documentParameters": {"a b": 1}, )"
                              R"("jobTemplateArn": "arn:aws:iot:us-east-1::jobtemplate/AWS-Download-File:1.0")")),
            (Codes{"IJ203", "IJ004"}));
  EXPECT_EQ(codes_of(param("", "v")), Codes{"IJ202"});  // an empty key: IJ202 reports it, not also IJ203
}

}  // namespace
}  // namespace ijl::test
