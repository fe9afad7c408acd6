// IJ308 maintenance-window-cron: valid and invalid expressions, types, dialects, position.
#include "rule_test_util.hpp"

namespace ijl::test {
namespace {

std::string window(const std::string& start) {
  return job_with("\"schedulingConfig\": {\"maintenanceWindows\": [{\"startTime\": " + start +
                  ", \"durationInMinutes\": 60}]}");
}

TEST(IJ308MaintenanceWindowCron, BoundaryTable) {
  expect_table("IJ308",
               {
                   {R"j("cron(0 2 * * ? *)")j", false},
                   {R"j("cron(0 2 ? * MON-FRI *)")j", false},
                   {R"j("cron(59 23 31 12 ? 2199)")j", false},
                   {R"j("cron(0 0 L * ? *)")j", false},
                   {R"j("cron(0 0 ? * 6#3 *)")j", false},
                   {R"j("cron(0 2 * * *)")j", true},        // five fields (Unix cron)
                   {R"j("cron(0 0 2 * * ? *)")j", true},    // seven fields (Quartz seconds)
                   {R"j("cron(60 2 * * ? *)")j", true},     // minute 60
                   {R"j("cron(0 24 * * ? *)")j", true},     // hour 24
                   {R"j("cron(0 2 * * * *)")j", true},      // neither day field is ?
                   {R"j("cron(0 2 ? * ? *)")j", true},      // both day fields are ?
                   {R"j("cron(0 2 * * ? 2200)")j", true},   // year past 2199
                   {R"j("cron(0  2 * * ? *)")j", true},     // two spaces
                   {R"j("0 2 * * ? *")j", true},            // no cron( )
                   {R"j("rate(1 day)")j", true},
                   {R"j("2026-12-01T02:00")j", true},
                   {R"j("")j", true},                       // IJ202 and IJ308
                   {"5", false},                          // IJ004 only
               },
               window);
}

TEST(IJ308MaintenanceWindowCron, EachWindowIsChecked) {
  std::string text = job_with(
      "\"schedulingConfig\": {\"maintenanceWindows\": [\n"
      "    {\"startTime\": \"cron(0 2 * * ? *)\", \"durationInMinutes\": 60},\n"
      "    {\"startTime\": \"cron(0 2 * * *)\", \"durationInMinutes\": 60}\n  ]}");
  EXPECT_EQ(spans(text, "IJ308"), std::vector<std::string>{"7:19-7:36"});
  EXPECT_EQ(pointer_of(text, "IJ308"), "/schedulingConfig/maintenanceWindows/1/startTime");
  EXPECT_EQ(messages(text, "IJ308"),
            std::vector<std::string>{"startTime \"cron(0 2 * * *)\" is not a valid AWS cron expression: expected 6 "
                                     "fields but found 5"});
}

TEST(IJ308MaintenanceWindowCron, EachDialectsSpelling) {
  EXPECT_FIRES("IJ308", record_with(R"j("schedulingConfig": {"maintenanceWindows": [{"startTime": "cron(0 2 * * *)", "durationInMinutes": 60}]})j"));
  std::string catalog = catalog_with(
      R"j("scheduling_config": {"maintenance_windows": [{"start_time": "cron(0 2 * * *)", "duration_in_minutes": 60}]})j");
  ASSERT_EQ(messages(catalog, "IJ308").size(), 1u);
  EXPECT_EQ(messages(catalog, "IJ308")[0].rfind("start_time \"cron(0 2 * * *)\"", 0), 0u);
  EXPECT_NOT_FIRES("IJ308", catalog_with(
      R"j("scheduling_config": {"maintenance_windows": [{"start_time": "cron(0 2 * * ? *)", "duration_in_minutes": 60}]})j"));
}

TEST(IJ308MaintenanceWindowCron, ScheduleStartTimeIsNotACron) {
  EXPECT_NOT_FIRES("IJ308", job_with(R"j("schedulingConfig": {"startTime": "2026-12-01T02:00"})j"));
}

}  // namespace
}  // namespace ijl::test
