// The key-to-field matcher IJ003 and IJ005 share: order of checks, limits and tie-breaking.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "field_suggest.hpp"

namespace ijl::rules {
namespace {

// A structure whose fields are spelt `names` in every dialect, in this order.
FieldSpec object_of(const std::vector<std::string_view>& names) {
  FieldSpec o;
  o.type = Type::Structure;
  for (auto n : names) {
    FieldSpec c;
    c.camel = n;
    c.snake = n;
    o.children.push_back(c);
  }
  return o;
}

// "kind field" of the match, or "none".
std::string match(std::string_view key, const FieldSpec& object, Dialect d = Dialect::CreateJob) {
  FieldMatch m = closest_field(key, object, d);
  if (!m.field) return "none";
  const char* kinds[] = {"none", "other-spelling", "same-letters", "typo", "abbreviation"};
  return std::string(kinds[static_cast<int>(m.kind)]) + " " + std::string(m.field->spelling(d));
}

TEST(FieldSuggest, EachCheckInOrder) {
  const FieldSpec& request = schema(Dialect::CreateJob);
  EXPECT_EQ(match("job_id", request), "other-spelling jobId");
  EXPECT_EQ(match("jobId", schema(Dialect::Catalog).children[1], Dialect::Catalog), "other-spelling job_id");
  EXPECT_EQ(match("JobId", request), "same-letters jobId");
  EXPECT_EQ(match("JOB-ID", request), "same-letters jobId");
  EXPECT_EQ(match("tragets", request), "typo targets");
  EXPECT_EQ(match("rolloutConfig", request), "abbreviation jobExecutionsRolloutConfig");
  EXPECT_EQ(match("xyzzy", request), "none");
  // a list of structures matches against its items' fields
  FieldSpec list;
  list.type = Type::List;
  list.item = std::make_shared<const FieldSpec>(object_of({"startTime", "durationInMinutes"}));
  EXPECT_EQ(match("StartTime", list), "same-letters startTime");
}

TEST(FieldSuggest, TypoLimits) {
  const FieldSpec o = object_of({"abcdefghi", "abc"});
  EXPECT_EQ(match("abcdefgxy", o), "typo abcdefghi");  // 2 edits of 9 letters
  EXPECT_EQ(match("abcdefxyz", o), "none");            // 3
  EXPECT_EQ(match("abx", o), "typo abc");              // 1 edit of 3 letters
  EXPECT_EQ(match("axy", o), "none");                  // 2 edits of 3 letters
  EXPECT_EQ(match("abcd", o), "typo abc");             // 1 edit, 4 letters
  const FieldSpec five = object_of({"abcde"});
  EXPECT_EQ(match("abxye", five), "none");             // 2 edits of 5 letters: one per 3 allows 1
  EXPECT_EQ(match("abxde", five), "typo abcde");
  const FieldSpec six = object_of({"abcdef"});
  EXPECT_EQ(match("abxyef", six), "typo abcdef");      // 2 edits of 6 letters
}

TEST(FieldSuggest, TypoTies) {
  // the fewest edits, then the field listed first
  EXPECT_EQ(match("abcdefgx", object_of({"abcdefxy", "abcdefgh"})), "typo abcdefgh");
  EXPECT_EQ(match("abcdZ", object_of({"abcdX", "abcdY"})), "typo abcdX");
  EXPECT_EQ(match("abcdZ", object_of({"abcdY", "abcdX"})), "typo abcdY");
}

TEST(FieldSuggest, AbbreviationLimits) {
  const FieldSpec o = object_of({"maximumPerMinute", "description", "inProgressTimeoutInMinutes"});
  EXPECT_EQ(match("maxPerMinute", o), "abbreviation maximumPerMinute");
  EXPECT_EQ(match("max_per_min", o), "abbreviation maximumPerMinute");
  EXPECT_EQ(match("MAXPERMIN", o), "abbreviation maximumPerMinute");
  EXPECT_EQ(match("desc", o), "abbreviation description");  // 4 letters
  EXPECT_EQ(match("des", o), "none");                        // 3
  EXPECT_EQ(match("maPerMinute", o), "none");                // a shortened word keeps 3 letters
  EXPECT_EQ(match("maxPeMinute", o), "none");
  EXPECT_EQ(match("inProgress", o), "abbreviation inProgressTimeoutInMinutes");  // "in" is a whole word
  EXPECT_EQ(match("timeoutMin", o), "abbreviation inProgressTimeoutInMinutes");  // words skipped
  EXPECT_EQ(match("minuteMax", o), "none");                  // words out of order
  EXPECT_EQ(match("maximumPerMinuteXyz", o), "none");        // longer than the field, 3 edits
}

TEST(FieldSuggest, AbbreviationTies) {
  // the fewest letters left over, then the field listed first
  EXPECT_EQ(match("alphaBeta", object_of({"alphaBetaGammaDelta", "alphaBetaGamma"})), "abbreviation alphaBetaGamma");
  EXPECT_EQ(match("alphaBeta", object_of({"alphaBetaGamma", "alphaBetaDelta"})), "abbreviation alphaBetaGamma");
  EXPECT_EQ(match("alphaBeta", object_of({"alphaBetaDelta", "alphaBetaGamma"})), "abbreviation alphaBetaDelta");
}

TEST(FieldSuggest, HugeKeyIsCheap) {
  EXPECT_EQ(match(std::string(1 << 20, 'a'), schema(Dialect::CreateJob)), "none");
}

TEST(FieldSuggest, NamesField) {
  const FieldSpec& record_job = schema(Dialect::DescribeJob).children[1];
  ASSERT_EQ(record_job.id, FieldId::Job);
  const FieldSpec* arn = record_job.child("jobArn", Dialect::DescribeJob);
  ASSERT_NE(arn, nullptr);
  for (const char* key : {"jobArn", "job_arn", "JobArn", "JOB_ARN", "job-arn"}) {
    EXPECT_TRUE(names_field(key, *arn)) << key;
  }
  for (const char* key : {"jobArns", "", "_", "arn"}) EXPECT_FALSE(names_field(key, *arn)) << key;
}

TEST(FieldSuggest, ListsAtMostEightFields) {
  EXPECT_EQ(listed_fields(object_of({"a"}), Dialect::CreateJob), R"("a")");
  EXPECT_EQ(listed_fields(object_of({"a", "b"}), Dialect::CreateJob), R"("a" and "b")");
  EXPECT_EQ(listed_fields(object_of({"a", "b", "c", "d", "e", "f", "g", "h"}), Dialect::CreateJob),
            R"("a", "b", "c", "d", "e", "f", "g" and "h")");
  EXPECT_EQ(listed_fields(object_of({"a", "b", "c", "d", "e", "f", "g", "h", "i"}), Dialect::CreateJob), "");
  EXPECT_EQ(listed_fields(object_of({}), Dialect::CreateJob), "");
  // a field without a spelling in the dialect is not one of its fields
  FieldSpec catalog_only = object_of({"a", "b", "c", "d", "e", "f", "g", "h"});
  FieldSpec extra;
  extra.snake = "account_id";
  catalog_only.children.push_back(extra);
  EXPECT_EQ(field_count(catalog_only, Dialect::CreateJob), 8u);
  EXPECT_EQ(field_count(catalog_only, Dialect::Catalog), 9u);
  EXPECT_EQ(listed_fields(catalog_only, Dialect::CreateJob), R"("a", "b", "c", "d", "e", "f", "g" and "h")");
  EXPECT_EQ(listed_fields(catalog_only, Dialect::Catalog), "");
}

}  // namespace
}  // namespace ijl::rules
