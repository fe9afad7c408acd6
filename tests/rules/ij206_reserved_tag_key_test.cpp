// IJ206 reserved-tag-key: boundary table and position.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string tag_key(const std::string& key) { return job_with("\"tags\": [{\"Key\": " + key + ", \"Value\": \"v\"}]"); }

TEST(IJ206ReservedTagKey, BoundaryTable) {
  expect_table("IJ206",
               {
                   {R"("aws:team")", true},
                   {R"("AWS:team")", true},
                   {R"("Aws:")", true},
                   {R"("aWs:x")", true},
                   {R"("aws")", false},       // no colon: not the prefix
                   {R"("aws-team")", false},
                   {R"("awsx:team")", false},
                   {R"("team:aws:")", false},  // the prefix must lead
                   {R"(" aws:team")", false},
                   {R"("")", false},           // IJ202
                   {"5", false},               // IJ004 only
               },
               tag_key);
}

TEST(IJ206ReservedTagKey, NoTagsNoDiagnostic) { EXPECT_NOT_FIRES("IJ206", job_with("")); }

TEST(IJ206ReservedTagKey, EveryReservedKeyIsReported) {
  EXPECT_EQ(count(lint(job_with(R"("tags": [{"Key": "aws:a"}, {"Key": "ok"}, {"Key": "AWS:b"}])")), "IJ206"), 2);
}

TEST(IJ206ReservedTagKey, CatalogTagsAreNotAwsTags) {
  EXPECT_CLEAN(catalog_with("", R"("tags": ["aws:team:firmware"])"));
}

TEST(IJ206ReservedTagKey, PointsAtTheKeyValue) {
  std::string text = job_with(R"("tags": [{"Key": "aws:team"}])");
  EXPECT_EQ(spans(text, "IJ206"), std::vector<std::string>{"5:20-5:30"});
  EXPECT_EQ(pointer_of(text, "IJ206"), "/tags/0/Key");
  EXPECT_EQ(messages(text, "IJ206"),
            std::vector<std::string>{"Key \"aws:team\" starts with \"aws:\": the aws: prefix is reserved by AWS"});
}

}  // namespace
}  // namespace ijl::test
