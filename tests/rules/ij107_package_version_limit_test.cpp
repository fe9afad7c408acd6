// IJ107 package-version-limit: at most 25 destinationPackageVersions, reported at the 26th.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string version_arn(int i) {
  return "arn:aws:iot:us-east-1:123456789012:package/firmware/version/1." + std::to_string(i);
}

// `n` package version ARNs, one per line (entry i on line `first_line` + i - 1, column 5).
std::string versions(int n) {
  std::string out = "[";
  for (int i = 1; i <= n; ++i) out += std::string(i == 1 ? "" : ",") + "\n    \"" + version_arn(i) + "\"";
  return out + "\n  ]";
}

std::string with_versions(int n) { return job_with(R"("destinationPackageVersions": )" + versions(n)); }
std::string record_versions(int n) { return record_with(R"("destinationPackageVersions": )" + versions(n)); }
std::string catalog_versions(int n) { return catalog_with(R"("destination_package_versions": )" + versions(n)); }

TEST(IJ107PackageVersionLimit, Edges) {
  expect_table("IJ107", {
      {with_versions(0), false},
      {with_versions(1), false},
      {with_versions(25), false},  // last that passes
      {with_versions(26), true},   // first that fails
      {with_versions(100), true},
      {job_with(""), false},
  });
}

TEST(IJ107PackageVersionLimit, Dialects) {
  expect_table("IJ107", {
      {record_versions(25), false},
      {record_versions(26), true},
      {catalog_versions(25), false},
      {catalog_versions(26), true},
      {record_with(R"("destinationPackageVersions": null)"), false},
  });
}

TEST(IJ107PackageVersionLimit, OnlyIJ107AndOnce) {
  // more than 25 is IJ107 only, not IJ202; one diagnostic however long the list
  EXPECT_EQ(codes_of(with_versions(26)), Codes{"IJ107"});
  EXPECT_EQ(codes_of(with_versions(30)), Codes{"IJ107"});
  // wrong type: IJ004 only
  EXPECT_EQ(codes_of(job_with(R"("destinationPackageVersions": ")" + version_arn(1) + "\"")), Codes{"IJ004"});
  EXPECT_EQ(codes_of(job_with(R"("destinationPackageVersions": {})")), Codes{"IJ004"});
}

TEST(IJ107PackageVersionLimit, PointsAtThe26thEntry) {
  const std::string text = with_versions(27);
  // entry i is on line 5 + i
  const auto len = static_cast<int>(version_arn(26).size()) + 2;
  EXPECT_EQ(span_of(text, "IJ107"), "31:5-31:" + std::to_string(5 + len));
  EXPECT_EQ(pointer_of(text, "IJ107"), "/destinationPackageVersions/25");
  EXPECT_EQ(message_of(text, "IJ107"), "destinationPackageVersions has 27 entries; AWS IoT accepts at most 25");
  const std::string catalog = catalog_versions(26);
  EXPECT_EQ(span_of(catalog, "IJ107"), "32:5-32:" + std::to_string(5 + len));
  EXPECT_EQ(pointer_of(catalog, "IJ107"), "/job/destination_package_versions/25");
  EXPECT_EQ(message_of(catalog, "IJ107"), "destination_package_versions has 26 entries; AWS IoT accepts at most 25");
}

}  // namespace
}  // namespace ijl::test
