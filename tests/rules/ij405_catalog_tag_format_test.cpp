// IJ405 catalog-tag-format: key:value forms, types, catalog only, position.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string tag(const std::string& entry) { return catalog_with("", "\"tags\": [" + entry + "]"); }

TEST(IJ405CatalogTagFormat, BoundaryTable) {
  expect_table("IJ405",
               {
                   {R"("team:firmware")", false},
                   {R"("team:")", false},          // an empty value is fine
                   {R"("a:b:c")", false},          // the key is before the first colon
                   {R"("k:")", false},
                   {R"(" :x")", false},            // a space is a non-empty key
                   {R"("aws:team:x")", false},     // not an AWS tag: IJ206 does not apply either
                   {R"("production")", true},
                   {R"(":firmware")", true},
                   {R"(":")", true},
                   {R"("")", true},
                   {"5", false},                   // IJ004 only
                   {"null", false},                // IJ004 only
               },
               tag);
}

TEST(IJ405CatalogTagFormat, KeysMayRepeatAndThereIsNoLimit) {
  std::string many;
  for (int i = 0; i < 60; ++i) many += std::string(i ? ", " : "") + "\"team:x\"";
  EXPECT_CLEAN(catalog_with("", "\"tags\": [" + many + "]"));
}

TEST(IJ405CatalogTagFormat, CatalogOnly) {
  EXPECT_NOT_FIRES("IJ405", job_with(R"("tags": [{"Key": "production"}])"));
}

TEST(IJ405CatalogTagFormat, PointsAtTheEntry) {
  std::string text = catalog_with("", R"("tags": ["a:b", "ab"])");
  EXPECT_EQ(spans(text, "IJ405"), std::vector<std::string>{"3:19-3:23"});
  EXPECT_EQ(pointer_of(text, "IJ405"), "/tags/1");
  EXPECT_EQ(messages(text, "IJ405"), std::vector<std::string>{"tags[1] \"ab\" is not key:value (it has no ':')"});
  EXPECT_EQ(messages(tag(R"(":x")"), "IJ405"), std::vector<std::string>{"tags[0] \":x\" has an empty key before ':'"});
}

}  // namespace
}  // namespace ijl::test
