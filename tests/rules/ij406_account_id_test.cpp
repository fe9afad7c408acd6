// IJ406 account-id: twelve digits exactly, types, catalog only, position.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string account(const std::string& v) {
  std::string text = catalog_with("");
  return text.replace(text.find("\"123456789012\""), 14, v);
}

TEST(IJ406AccountId, BoundaryTable) {
  expect_table("IJ406",
               {
                   {R"("123456789012")", false},
                   {R"("000000000000")", false},
                   {R"("12345678901")", true},    // eleven
                   {R"("1234567890123")", true},  // thirteen
                   {R"("12345678901a")", true},
                   {R"("1234-5678-9012")", true},
                   {R"(" 123456789012")", true},
                   {R"("１２３４５６７８９０１２")", true},  // full-width digits are not 0-9
                   {R"("")", true},
                   {"123456789012", false},  // IJ004 only
                   {"null", false},          // absent
               },
               account);
}

TEST(IJ406AccountId, CatalogOnly) {
  // account_id is not a field of the other dialects (IJ003)
  EXPECT_NOT_FIRES("IJ406", job_with(R"("account_id": "1")"));
}

TEST(IJ406AccountId, PointsAtTheValue) {
  std::string text = account(R"("12345")");
  EXPECT_EQ(spans(text, "IJ406"), std::vector<std::string>{"2:17-2:24"});
  EXPECT_EQ(pointer_of(text, "IJ406"), "/account_id");
  EXPECT_EQ(messages(text, "IJ406"), std::vector<std::string>{"account_id \"12345\" is not twelve digits: it has 5 characters"});
  EXPECT_EQ(messages(account(R"("12345678901a")"), "IJ406"),
            std::vector<std::string>{"account_id \"12345678901a\" is not twelve digits: it has characters other than 0-9"});
}

}  // namespace
}  // namespace ijl::test
