// IJ402 timestamp-order: equality edge, numbers, milliseconds, offsets, types, dialects, position.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

// createdAt is 2026-11-20T10:00:00Z = 1795168800 (record_with)
std::string updated(const std::string& v) { return record_with("\"lastUpdatedAt\": " + v); }

TEST(IJ402TimestampOrder, BoundaryTable) {
  expect_table("IJ402",
               {
                   {R"("2026-11-20T10:00:00Z")", false},  // equal: not earlier
                   {R"("2026-11-20T09:59:59Z")", true},
                   {R"("2026-11-20T09:59:59.999Z")", true},  // milliseconds count
                   {R"("2026-11-20T10:00:00.001Z")", false},
                   {R"("2026-11-20T11:00:00+02:00")", true},  // 09:00Z
                   {R"("2026-11-20T09:00:00-01:00")", false},  // 10:00Z
                   {R"("2026-11-20 09:00:00")", true},         // no offset: UTC
                   {R"("2026-11-20t09:00:00z")", true},
                   {"1795168800", false},
                   {"1795168799", true},
                   {"1795168799.5", true},
                   {"1795168800000", false},  // milliseconds above 10^11
                   {"1795168799999", true},
                   {R"("2026-11-20")", false},   // IJ004 only
                   {R"("yesterday")", false},    // IJ004 only
                   {"true", false},              // IJ004 only
                   {"null", false},              // absent
               },
               updated);
}

TEST(IJ402TimestampOrder, CompletedAtToo) {
  EXPECT_FIRES("IJ402", record_with(R"("completedAt": "2026-11-19T10:00:00Z")"));
  EXPECT_NOT_FIRES("IJ402", record_with(R"("completedAt": "2026-11-21T10:00:00Z")"));
  std::string both = record_with(R"("lastUpdatedAt": 1700000000, "completedAt": "2026-11-19T10:00:00Z")");
  EXPECT_EQ(count(lint(both), "IJ402"), 2);
}

TEST(IJ402TimestampOrder, NeedsAUsableCreatedAt) {
  EXPECT_NOT_FIRES("IJ402", R"({"job": {"jobId": "a", "lastUpdatedAt": 0}})");
  EXPECT_NOT_FIRES("IJ402", R"({"job": {"jobId": "a", "createdAt": null, "lastUpdatedAt": 0}})");
  EXPECT_NOT_FIRES("IJ402", R"({"job": {"jobId": "a", "createdAt": "soon", "lastUpdatedAt": 0}})");
  EXPECT_FIRES("IJ402", R"({"job": {"jobId": "a", "createdAt": 1795168800000, "lastUpdatedAt": 1795168799}})");
}

TEST(IJ402TimestampOrder, EachDialectsSpelling) {
  std::string catalog = catalog_with(R"("last_updated_at": 1795168799)");
  EXPECT_EQ(messages(catalog, "IJ402"),
            std::vector<std::string>{
                "last_updated_at 1795168799 (2026-11-20T09:59:59Z) is earlier than created_at \"2026-11-20T10:00:00Z\""});
  // not a create-job field
  EXPECT_NOT_FIRES("IJ402", job_with(R"("createdAt": 5, "lastUpdatedAt": 1)"));
}

TEST(IJ402TimestampOrder, PointsAtEachEarlierValue) {
  std::string text = updated(R"("2026-11-20T09:00:00Z")");
  EXPECT_EQ(spans(text, "IJ402"), std::vector<std::string>{"5:22-5:44"});
  EXPECT_EQ(pointer_of(text, "IJ402"), "/job/lastUpdatedAt");
  EXPECT_EQ(messages(text, "IJ402"),
            std::vector<std::string>{
                "lastUpdatedAt \"2026-11-20T09:00:00Z\" is earlier than createdAt \"2026-11-20T10:00:00Z\""});
}

}  // namespace
}  // namespace ijl::test
