// Fixes: only the repairs that cannot change what was meant (a key in another spelling or
// case, an enum value in another case), as edits quoted the way the file quotes the token.
#include "rules/rule_test_util.hpp"

namespace ijl::test {
namespace {

// "CODE line:col-line:col -> text" for each edit of each fix, in diagnostic order.
std::string fixes(const std::string& text, const std::string& filename = "job.json") {
  auto r = lint(text, filename);
  std::string out;
  for (const auto& d : r.diagnostics) {
    if (!d.fix) continue;
    for (const auto& e : d.fix->edits) {
      out += std::string(d.rule->code) + " " + std::to_string(e.start.line) + ":" + std::to_string(e.start.column) +
             "-" + std::to_string(e.end.line) + ":" + std::to_string(e.end.column) + " -> " + e.text + " (" +
             d.fix->title + ")\n";
    }
  }
  return out;
}

TEST(Fixes, MisspeltKeys) {
  EXPECT_EQ(fixes(job_with(R"("targetselection": "SNAPSHOT")")),
            "IJ003 5:3-5:20 -> \"targetSelection\" (rename \"targetselection\" to \"targetSelection\")\n");
  EXPECT_EQ(fixes(job_with(R"("target_selection": "SNAPSHOT")")),
            "IJ003 5:3-5:21 -> \"targetSelection\" (rename \"target_selection\" to \"targetSelection\")\n");
  // YAML keeps the token's quoting
  EXPECT_EQ(fixes("jobID: a\ntargets: [x]\ndocument: '{}'\n", "job.yaml"),
            "IJ003 1:1-1:6 -> jobId (rename \"jobID\" to \"jobId\")\n");
  EXPECT_EQ(fixes("'jobID': a\ntargets: [x]\ndocument: '{}'\n", "job.yaml"),
            "IJ003 1:1-1:8 -> 'jobId' (rename \"jobID\" to \"jobId\")\n");
  // a guess is no fix: a typo, an abbreviation
  EXPECT_EQ(fixes(job_with(R"("tragets": [])")), "");
  EXPECT_EQ(fixes(job_with(R"("timeoutConfig": {"inProgressTimeoutMinutes": 5})")), "");
  // the field is there already: a rename would repeat it
  EXPECT_EQ(fixes(job_with(R"("JobId": "y")")), "");
}

TEST(Fixes, EnumCase) {
  EXPECT_EQ(fixes(job_with(R"("targetSelection": "snapshot")")),
            "IJ204 5:22-5:32 -> \"SNAPSHOT\" (replace \"snapshot\" with \"SNAPSHOT\")\n");
  EXPECT_EQ(fixes("jobId: a\ntargets: [x]\ndocument: '{}'\ntargetSelection: Continuous\n", "job.yaml"),
            "IJ204 4:18-4:28 -> CONTINUOUS (replace \"Continuous\" with \"CONTINUOUS\")\n");
  EXPECT_EQ(fixes(job_with(R"("targetSelection": "SNAPSHOTS")")), "");
}

}  // namespace
}  // namespace ijl::test
