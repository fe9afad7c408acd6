// Golden tests of the `sarif` reporter (SARIF 2.1.0) on the shared fixture set.
#include <gtest/gtest.h>

#include "report.hpp"
#include "report_fixture.hpp"

namespace ijl {
namespace {

using namespace report_fixture;

TEST(SarifReport, Fixture) {
  EXPECT_EQ(render_report("sarif", fixture(), {}), "TODO");
}

}  // namespace
}  // namespace ijl
