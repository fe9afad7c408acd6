// Golden tests of the `github` reporter (GitHub Actions workflow commands) on the shared
// fixture set, and its escaping checked against the runner's own unescaping.
#include <gtest/gtest.h>

#include "report.hpp"
#include "report_fixture.hpp"

namespace ijl {
namespace {

using namespace report_fixture;

TEST(GithubReport, Fixture) {
  const std::string expected =
      "::error file=jobs/broken.json,line=3,col=1,endLine=3,endColumn=2,title=IJ001 syntax::unexpected '}'; expected a string\n"
      "::warning file=jobs/grüße.json,line=2,col=17,endLine=2,endColumn=35,title=IJ202 length::description \"Grüße aus Köln 🌍\" is longer than 10\n"
      "::error file=jobs/grüße.json,line=2,col=53,endLine=2,endColumn=55,title=IJ103 presigned-url-expiry::expiresInSec 30 is outside 60..3600\n"
      "::error file=jobs/say \"hi\"%2C 100%25%3A\\.json,line=1,col=20,endLine=2,endColumn=5,title=IJ202 length::list \"a/b~c\" has a tab\there, a bell \uFFFD, a backslash \\, 100%25: and%0Aa line break\n"
      "::notice file=jobs/say \"hi\"%2C 100%25%3A\\.json,line=1,col=21,endLine=1,endColumn=21,title=IJ003 unknown-field::nothing to see at the end of a line\n"
      "::error file=jobs/twice.json,line=10,col=3,endLine=10,endColumn=10,title=IJ002 duplicate-key::duplicate key \"jobId\"\n"
      "::warning file=fleet.ndjson,line=2,col=21,endLine=2,endColumn=24,title=IJ003 unknown-field::unknown field \"x\" in job\n";
  EXPECT_EQ(render_report(ReportFormat::Github, fixture(), {}), expected);
  EXPECT_EQ(render_github(RunReport{}), "");
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (std::size_t i = s.find(from); i != std::string::npos; i = s.find(from, i + to.size())) s.replace(i, from.size(), to);
}

// What the Actions runner does to a command (ActionCommand.TryParseV2): split the
// properties at `,`, each at its first `=`, then undo the escapes in this order.
struct Parsed {
  std::string command, file, title, message;
};

Parsed parse_like_the_runner(std::string line) {
  Parsed p;
  if (!line.empty() && line.back() == '\n') line.pop_back();
  std::size_t end = line.find("::", 2);
  std::string info = line.substr(2, end - 2);
  p.message = line.substr(end + 2);
  for (auto [from, to] : {std::pair{"%0D", "\r"}, {"%0A", "\n"}, {"%25", "%"}}) replace_all(p.message, from, to);
  std::size_t space = info.find(' ');
  p.command = info.substr(0, space);
  std::string props = info.substr(space + 1);
  for (std::size_t start = 0; start <= props.size();) {
    std::size_t comma = props.find(',', start);
    if (comma == std::string::npos) comma = props.size();
    std::string prop = props.substr(start, comma - start);
    std::size_t eq = prop.find('=');
    std::string value = prop.substr(eq + 1);
    for (auto [from, to] : {std::pair{"%0D", "\r"}, {"%0A", "\n"}, {"%3A", ":"}, {"%2C", ","}, {"%25", "%"}}) {
      replace_all(value, from, to);
    }
    if (prop.substr(0, eq) == "file") p.file = value;
    if (prop.substr(0, eq) == "title") p.title = value;
    start = comma + 1;
  }
  return p;
}

TEST(GithubReport, EscapingSurvivesTheRunnersParser) {
  for (std::string text : {"plain", "a,b:c", "100% sure", "%0A is not a line break", "%25 %3A %2C", "two\r\nlines",
                           "::error::not a command", "a=b,c=d"}) {
    RunReport run;
    run.files.push_back(
        file("jobs/" + text + ".json", Dialect::CreateJob, kClean, {at(kUnknown, Severity::Info, kClean, "{", 1, text)}));
    std::string out = render_github(run);
    ASSERT_EQ(out.find('\n'), out.size() - 1) << out;  // one line per diagnostic, whatever the text
    Parsed p = parse_like_the_runner(out);
    EXPECT_EQ(p.command, "notice");
    EXPECT_EQ(p.file, "jobs/" + text + ".json");
    EXPECT_EQ(p.title, "IJ003 unknown-field");
    EXPECT_EQ(p.message, text);
  }
}

TEST(GithubReport, ControlCharactersCannotDriveTheLog) {
  RunReport run;
  run.files.push_back(file("a\x1b[31m.json", Dialect::CreateJob, kClean,
                           {at(kUnknown, Severity::Error, kClean, "{", 1, "bell \x07, tab \t, escape \x1b[2J")}));
  EXPECT_EQ(render_github(run),
            "::error file=a\uFFFD[31m.json,line=1,col=1,endLine=1,endColumn=2,title=IJ003 unknown-field::"
            "bell \uFFFD, tab \t, escape \uFFFD[2J\n");
}

}  // namespace
}  // namespace ijl
