// Golden tests of the `sarif` reporter (SARIF 2.1.0) on the shared fixture set, and the
// parts a viewer depends on: the rule table, rule indices and artifact URIs.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "report.hpp"
#include "report_fixture.hpp"

namespace ijl {
namespace {

using namespace report_fixture;

TEST(SarifReport, Fixture) {
  // The rule table holds each rule that reported, in code order; columns count code points.
  const std::string expected = R"({
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "iotjob-lint",
          "version": ")" IJL_VERSION R"(",
          "semanticVersion": ")" IJL_VERSION R"(",
          "rules": [
            {
              "id": "IJ001",
              "name": "syntax",
              "shortDescription": {
                "text": "The file is not valid JSON"
              },
              "fullDescription": {
                "text": "Nothing else can be checked."
              },
              "help": {
                "text": "# IJ001 syntax\n\nDefault severity: error\n\nThe file is not valid JSON\n\n## Why\n\nNothing else can be checked.\n\n## Fails (as `job.json`)\n\n```json\n```\n\n## Passes (as `job.json`)\n\n```json\n```\n",
                "markdown": "# IJ001 syntax\n\nDefault severity: error\n\nThe file is not valid JSON\n\n## Why\n\nNothing else can be checked.\n\n## Fails (as `job.json`)\n\n```json\n```\n\n## Passes (as `job.json`)\n\n```json\n```\n"
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "IJ003",
              "name": "unknown-field",
              "shortDescription": {
                "text": "A field AWS does not know"
              },
              "fullDescription": {
                "text": "AWS rejects it."
              },
              "help": {
                "text": "# IJ003 unknown-field\n\nDefault severity: warning\n\nA field AWS does not know\n\n## Why\n\nAWS rejects it.\n\n## Fails (as `job.json`)\n\n```json\n```\n\n## Passes (as `job.json`)\n\n```json\n```\n",
                "markdown": "# IJ003 unknown-field\n\nDefault severity: warning\n\nA field AWS does not know\n\n## Why\n\nAWS rejects it.\n\n## Fails (as `job.json`)\n\n```json\n```\n\n## Passes (as `job.json`)\n\n```json\n```\n"
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "IJ103",
              "name": "presigned-url-expiry",
              "shortDescription": {
                "text": "expiresInSec is outside 60..3600"
              },
              "fullDescription": {
                "text": "AWS rejects \"other\" values."
              },
              "help": {
                "text": "# IJ103 presigned-url-expiry\n\nDefault severity: error\n\nexpiresInSec is outside 60..3600\n\n## Why\n\nAWS rejects \"other\" values.\n\n## Fails (as `job.json`)\n\n```json\n```\n\n## Passes (as `job.json`)\n\n```json\n```\n",
                "markdown": "# IJ103 presigned-url-expiry\n\nDefault severity: error\n\nexpiresInSec is outside 60..3600\n\n## Why\n\nAWS rejects \"other\" values.\n\n## Fails (as `job.json`)\n\n```json\n```\n\n## Passes (as `job.json`)\n\n```json\n```\n"
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "IJ202",
              "name": "length",
              "shortDescription": {
                "text": "A string or list is too long"
              },
              "fullDescription": {
                "text": "AWS limits lengths."
              },
              "help": {
                "text": "# IJ202 length\n\nDefault severity: error\n\nA string or list is too long\n\n## Why\n\nAWS limits lengths.\n\n## Fails (as `job.json`)\n\n```json\n```\n\n## Passes (as `job.json`)\n\n```json\n```\n",
                "markdown": "# IJ202 length\n\nDefault severity: error\n\nA string or list is too long\n\n## Why\n\nAWS limits lengths.\n\n## Fails (as `job.json`)\n\n```json\n```\n\n## Passes (as `job.json`)\n\n```json\n```\n"
              },
              "defaultConfiguration": {
                "level": "error"
              }
            }
          ]
        }
      },
      "results": [
        {
          "ruleId": "IJ001",
          "ruleIndex": 0,
          "level": "error",
          "message": {
            "text": "unexpected '}'; expected a string"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "jobs/broken.json"
                },
                "region": {
                  "startLine": 3,
                  "startColumn": 1,
                  "endLine": 3,
                  "endColumn": 2
                }
              }
            }
          ],
          "properties": {
            "pointer": ""
          }
        },
        {
          "ruleId": "IJ202",
          "ruleIndex": 3,
          "level": "warning",
          "message": {
            "text": "description \"Grüße aus Köln 🌍\" is longer than 10"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "jobs/gr%C3%BC%C3%9Fe.json"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 17,
                  "endLine": 2,
                  "endColumn": 35
                }
              }
            }
          ],
          "properties": {
            "pointer": "/description"
          }
        },
        {
          "ruleId": "IJ103",
          "ruleIndex": 2,
          "level": "error",
          "message": {
            "text": "expiresInSec 30 is outside 60..3600"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "jobs/gr%C3%BC%C3%9Fe.json"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 53,
                  "endLine": 2,
                  "endColumn": 55
                }
              }
            }
          ],
          "properties": {
            "pointer": "/expiresInSec"
          }
        },
        {
          "ruleId": "IJ202",
          "ruleIndex": 3,
          "level": "error",
          "message": {
            "text": "list \"a/b~c\" has a tab\there, a bell \u0007, a backslash \\, 100%: and\na line break"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "jobs/say%20%22hi%22,%20100%25%3A%5C.json"
                },
                "region": {
                  "startLine": 1,
                  "startColumn": 20,
                  "endLine": 2,
                  "endColumn": 5
                }
              }
            }
          ],
          "properties": {
            "pointer": "/tags/a~1b~0c"
          }
        },
        {
          "ruleId": "IJ003",
          "ruleIndex": 1,
          "level": "note",
          "message": {
            "text": "nothing to see at the end of a line"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "jobs/say%20%22hi%22,%20100%25%3A%5C.json"
                },
                "region": {
                  "startLine": 1,
                  "startColumn": 21,
                  "endLine": 1,
                  "endColumn": 21
                }
              }
            }
          ],
          "properties": {
            "pointer": ""
          }
        },
        {
          "ruleId": "IJ003",
          "ruleIndex": 1,
          "level": "warning",
          "message": {
            "text": "unknown field \"x\" in job"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "fleet.ndjson"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 21,
                  "endLine": 2,
                  "endColumn": 24
                }
              }
            }
          ],
          "properties": {
            "pointer": "/job/x",
            "record": 2
          }
        }
      ],
      "columnKind": "unicodeCodePoints"
    }
  ]
}
)";
  EXPECT_EQ(render_report(ReportFormat::Sarif, fixture(), {}), expected);
}

TEST(SarifReport, EmptyRun) {
  EXPECT_EQ(render_sarif(RunReport{}), R"({
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "iotjob-lint",
          "version": ")" IJL_VERSION R"(",
          "semanticVersion": ")" IJL_VERSION R"(",
          "rules": []
        }
      },
      "results": [],
      "columnKind": "unicodeCodePoints"
    }
  ]
}
)");
}

TEST(SarifReport, DescribesEveryRuleThatRanAndIndexesResultsIntoThem) {
  RunReport run;
  run.rules = {&kLength, &kSyntax, &kUnknown};  // IJ103 did not run but reports below
  run.files.push_back(file("jobs/clean.json", Dialect::CreateJob, kClean, {}));
  run.files.push_back(file("a.json", Dialect::CreateJob, kUnicode,
                           {at(kExpiry, Severity::Error, kUnicode, "30", 2, "expiresInSec 30 is outside 60..3600"),
                            at(kLength, Severity::Info, kUnicode, "\"Grüße", 24, "too long")}));
  auto sarif = nlohmann::json::parse(render_sarif(run));
  const auto& rules = sarif["runs"][0]["tool"]["driver"]["rules"];
  std::vector<std::string> ids;
  for (const auto& r : rules) ids.push_back(r["id"]);
  EXPECT_EQ(ids, (std::vector<std::string>{"IJ001", "IJ003", "IJ103", "IJ202"}));
  const auto& results = sarif["runs"][0]["results"];
  ASSERT_EQ(results.size(), 2u);
  for (const auto& r : results) EXPECT_EQ(rules[r["ruleIndex"].get<std::size_t>()]["id"], r["ruleId"]);
  // A result carries this run's severity; the rule table keeps the rule's default.
  EXPECT_EQ(results[1]["level"], "note");
  EXPECT_EQ(rules[3]["defaultConfiguration"]["level"], "error");
  EXPECT_EQ(rules[1]["defaultConfiguration"]["level"], "warning");
}

std::string uri_of(const std::string& path) {
  RunReport run;
  run.files.push_back(file(path, Dialect::CreateJob, kClean, {at(kUnknown, Severity::Error, kClean, "\"jobId\"", 7, "m")}));
  auto sarif = nlohmann::json::parse(render_sarif(run));
  return sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
}

TEST(SarifReport, PathsBecomeUriReferences) {
  EXPECT_EQ(uri_of("jobs/rollout.json"), "jobs/rollout.json");
  EXPECT_EQ(uri_of("./jobs/rollout.json"), "jobs/rollout.json");
  EXPECT_EQ(uri_of("././a.json"), "a.json");
  EXPECT_EQ(uri_of("../up/it's_(1)+~-v2.json"), "../up/it's_(1)+~-v2.json");
  EXPECT_EQ(uri_of("jobs/a b#c?d[e].json"), "jobs/a%20b%23c%3Fd%5Be%5D.json");
  EXPECT_EQ(uri_of("c:x.json"), "c%3Ax.json");  // not the scheme `c`
  EXPECT_EQ(uri_of("Köln.json"), "K%C3%B6ln.json");
  EXPECT_EQ(uri_of("bad\xfe.json"), "bad%FE.json");  // any byte, UTF-8 or not
  EXPECT_EQ(uri_of("/srv/jobs/a b.json"), "file:///srv/jobs/a%20b.json");
  EXPECT_EQ(uri_of("-"), "stdin");
}

TEST(SarifReport, BytesThatAreNotUtf8BecomeReplacementCharacters) {
  RunReport run;
  run.files.push_back(file("a.json", Dialect::CreateJob, kClean,
                           {at(kSyntax, Severity::Error, kClean, "{", 1, "invalid byte \xff")}));
  auto sarif = nlohmann::json::parse(render_sarif(run));
  EXPECT_EQ(sarif["runs"][0]["results"][0]["message"]["text"], "invalid byte \uFFFD");
}

}  // namespace
}  // namespace ijl
