// Tests for src/suppression.hpp: the comment grammar, and suppression through the engine.
#include "suppression.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "test_util.hpp"
#include "yaml_loader.hpp"

namespace ijl {
namespace {

Suppressions parse(const std::string& text) {
  YamlLoadResult r = load_yaml(text);
  LineIndex lines(text);
  return parse_suppressions(text, r.comments, lines);
}

TEST(Suppression, ParsesLineAndFileDirectives) {
  Suppressions s = parse(
      "a: 1  # iotjob-lint: disable=IJ106,IJ302\n"
      "# iotjob-lint: disable-file=IJ1 , schedule-window  -- reviewed in PR 12\n"
      "b: 2 #iotjob-lint:disable=IJ004\n"
      "c: \"# iotjob-lint: disable=IJ203\"\n"
      "d: |\n"
      "  # iotjob-lint: disable-file=IJ309\n"
      "e: 3 # see iotjob-lint: disable=IJ201\n"
      "f: 4 # iotjob-lint: enable=IJ201\n");
  EXPECT_EQ(s.file, (std::vector<std::string>{"IJ1", "schedule-window"}));
  using Line = std::pair<std::uint32_t, std::string>;
  EXPECT_EQ(s.lines, (std::vector<Line>{{1, "IJ106"}, {1, "IJ302"}, {3, "IJ004"}}));
}

// ---- through the engine ----

std::string job(const std::string& extra) {
  return "jobId: fw-1\n"
         "targets: [\"arn:aws:iot:us-east-1:123456789012:thinggroup/sensors\"]\n"
         "documentSource: https://s3.amazonaws.com/bucket/job.json\n" +
         extra;
}

std::vector<std::string> codes(const std::string& yaml) { return test::codes(test::lint(yaml, "job.yaml")); }

const std::string kSchedule =
    "schedulingConfig:\n"
    "  startTime: 2026-11-27T00:10\n"  // IJ108: less than 30 minutes after --now
    "  endBehavior: CANCEL\n";          // IJ302: no endTime

TEST(Suppression, WithoutCommentsEverythingIsReported) {
  EXPECT_EQ(codes(job(kSchedule)), (std::vector<std::string>{"IJ108", "IJ302"}));
}

TEST(Suppression, LineCommentSuppressesDiagnosticsStartingOnItsLine) {
  std::string text = job(
      "schedulingConfig:\n"
      "  startTime: 2026-11-27T00:10  # iotjob-lint: disable=IJ108\n"
      "  endBehavior: CANCEL\n");
  EXPECT_EQ(codes(text), std::vector<std::string>{"IJ302"});
  // on another line it does nothing
  text = job(
      "schedulingConfig:  # iotjob-lint: disable=IJ108\n"
      "  startTime: 2026-11-27T00:10\n"
      "  endBehavior: CANCEL  # iotjob-lint: disable=IJ302,IJ108\n");
  EXPECT_EQ(codes(text), std::vector<std::string>{"IJ108"});
  // by name and by prefix
  text = job(
      "schedulingConfig:\n"
      "  startTime: 2026-11-27T00:10  # iotjob-lint: disable=schedule-relative-to-now\n"
      "  endBehavior: CANCEL  # iotjob-lint: disable=IJ3\n");
  EXPECT_TRUE(codes(text).empty());
}

TEST(Suppression, FileCommentSuppressesEverywhere) {
  EXPECT_EQ(codes("# iotjob-lint: disable-file=IJ302\n" + job(kSchedule)), std::vector<std::string>{"IJ108"});
  EXPECT_EQ(codes(job(kSchedule) + "# iotjob-lint: disable-file=IJ108, IJ302\n"), std::vector<std::string>{});
  // in every document of a stream
  std::string stream = "# iotjob-lint: disable-file=IJ103\n" + job("presignedUrlConfig: {expiresInSec: 30}\n") +
                       "---\n" + job("presignedUrlConfig: {expiresInSec: 4000}\n");
  EXPECT_EQ(codes(stream), std::vector<std::string>{});
}

TEST(Suppression, SuppressingNothingIsNotAnError) {
  // a code that does not fire, an unknown code, an unknown name: nothing is reported for them
  std::string text = job(
      "description: fine  # iotjob-lint: disable=IJ202,IJ999,no-such-rule\n"
      "# iotjob-lint: disable-file=IJ107\n");
  FileReport r = test::lint(text, "job.yaml");
  EXPECT_TRUE(r.diagnostics.empty()) << test::describe(r);
}

TEST(Suppression, TextThatOnlyLooksLikeAComment) {
  // inside a quoted or block scalar a `#` is text (a block scalar's header line takes comments)
  std::string text = job(
      "description: \"# iotjob-lint: disable-file=IJ108,IJ302\"\n"
      "notes: |  # iotjob-lint: disable=IJ003\n"
      "  # iotjob-lint: disable-file=IJ108,IJ302\n" +
      kSchedule);
  EXPECT_EQ(codes(text), (std::vector<std::string>{"IJ108", "IJ302"}));
}

TEST(Suppression, SyntaxErrorsAreNeverSuppressed) {
  EXPECT_EQ(codes("# iotjob-lint: disable-file=IJ001,IJ0\na: b: c\n"), std::vector<std::string>{"IJ001"});
}

TEST(Suppression, JsonHasNoSuppression) {
  // a JSON string that looks like a directive is just a string
  std::string text = test::job_with("\"description\": \"# iotjob-lint: disable-file=IJ103\",\n"
                                    "  \"presignedUrlConfig\": {\"expiresInSec\": 30}");
  EXPECT_EQ(test::count(test::lint(text, "job.json"), "IJ103"), 1);
}

}  // namespace
}  // namespace ijl
