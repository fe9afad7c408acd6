// IJ104 in-progress-timeout: inProgressTimeoutInMinutes within 1..10080 (7 days) inclusive.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string with_timeout(const std::string& v) {
  return job_with(R"("timeoutConfig": {"inProgressTimeoutInMinutes": )" + v + "}");
}
std::string record_timeout(const std::string& v) {
  return record_with(R"("timeoutConfig": {"inProgressTimeoutInMinutes": )" + v + "}");
}
std::string catalog_timeout(const std::string& v) {
  return catalog_with(R"("timeout_config": {"in_progress_timeout_in_minutes": )" + v + "}");
}

TEST(IJ104InProgressTimeout, Edges) {
  expect_table("IJ104", {
      {with_timeout("0"), true},       // first that fails below
      {with_timeout("1"), false},      // last that passes
      {with_timeout("10080"), false},  // last that passes: 7 days
      {with_timeout("10081"), true},   // first that fails above
      {with_timeout("-1"), true},
      {with_timeout("2147483648"), true},  // a long, so not IJ004
      {with_timeout("9223372036854775807"), true},
      {job_with(R"("timeoutConfig": {})"), false},
  });
}

TEST(IJ104InProgressTimeout, Dialects) {
  expect_table("IJ104", {
      {record_timeout("0"), true},
      {record_timeout("1"), false},
      {record_timeout("10080"), false},
      {record_timeout("10081"), true},
      {record_timeout("null"), false},
      {catalog_timeout("0"), true},
      {catalog_timeout("1"), false},
      {catalog_timeout("10080"), false},
      {catalog_timeout("10081"), true},
  });
}

TEST(IJ104InProgressTimeout, WrongTypeIsIJ004Only) {
  EXPECT_EQ(codes_of(with_timeout("\"60\"")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(with_timeout("1.0")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(with_timeout("0.5")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(with_timeout("1e5")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(with_timeout("-9223372036854775809")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(catalog_timeout("\"0\"")), Codes{"IJ004"});
}

TEST(IJ104InProgressTimeout, NotAlsoIJ201) {
  EXPECT_EQ(codes_of(with_timeout("0")), Codes{"IJ104"});
  EXPECT_EQ(codes_of(with_timeout("10081")), Codes{"IJ104"});
}

TEST(IJ104InProgressTimeout, PointsAtTheValue) {
  EXPECT_EQ(span_of(with_timeout("10081"), "IJ104"), "5:51-5:56");
  EXPECT_EQ(message_of(with_timeout("10081"), "IJ104"), "inProgressTimeoutInMinutes 10081 is outside 1..10080");
  EXPECT_EQ(span_of(record_timeout("0"), "IJ104"), "5:53-5:54");
  EXPECT_EQ(pointer_of(record_timeout("0"), "IJ104"), "/job/timeoutConfig/inProgressTimeoutInMinutes");
  EXPECT_EQ(span_of(catalog_timeout("-1"), "IJ104"), "6:58-6:60");
  EXPECT_EQ(message_of(catalog_timeout("-1"), "IJ104"), "in_progress_timeout_in_minutes -1 is outside 1..10080");
}

}  // namespace
}  // namespace ijl::test
