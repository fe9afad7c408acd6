// Golden tests of the `github` reporter (workflow commands) on the shared fixture set.
#include <gtest/gtest.h>

#include "report.hpp"
#include "report_fixture.hpp"

namespace ijl {
namespace {

using namespace report_fixture;

TEST(GithubReport, Fixture) {
  EXPECT_EQ(render_report("github", fixture(), {}), "TODO");
}

}  // namespace
}  // namespace ijl
