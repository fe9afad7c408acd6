// The one streaming pipeline end to end: memory does not grow with the number of findings in
// any format, NDJSON streams from stdin too, stdin is capped like a file, a lone carriage
// return keeps NDJSON records on their own lines, related locations in a later block,
// json-lines and --statistics.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "file_util.hpp"

namespace ijl {
namespace {

namespace fs = std::filesystem;
using test::quoted;
using test::Result;
using test::slurp;
using test::spit;

class Streaming : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = test::fresh_test_dir("ijl_streaming"); }
  void TearDown() override { fs::remove_all(dir_); }

  Result run(const std::string& args, const std::string& stdin_redirect = "") {
    fs::path out = dir_ / ".out", err = dir_ / ".err";
    std::string cmd = "cd " + quoted(dir_.string()) + " && " + quoted(IJL_BINARY) + " --no-config " + args + " >" +
                      quoted(out.string()) + " 2>" + quoted(err.string()) + " " + stdin_redirect;
    return test::run_captured(cmd, out, err);
  }

  // `n` catalog records with one finding each (IJ203: a space in job_id).
  fs::path records(std::size_t n, const std::string& name) {
    fs::path p = dir_ / name;
    std::ofstream f(p, std::ios::binary);
    for (std::size_t i = 0; i < n; ++i) {
      f << R"({"account_id": "123456789012", "job": {"job_id": "fw )" << i << R"("}})" << "\n";
    }
    return p;
  }

  fs::path dir_;
};

// The peak resident memory of the runs so far (children waited for, grandchildren included).
long peak_rss_kb() {
  rusage u{};
  getrusage(RUSAGE_CHILDREN, &u);
  return u.ru_maxrss;
}

class StreamingFormat : public Streaming, public ::testing::WithParamInterface<std::string> {};

// Four times the findings must not cost four times the memory: each file's findings are
// written as soon as they are known. (Held until the end, 200,000 findings took 230 MB with
// `concise` and 1.8 GB with `sarif`.)
TEST_P(StreamingFormat, MemoryDoesNotGrowWithFindings) {
  if (test::kAddressSanitizer) GTEST_SKIP() << "peak memory means nothing under AddressSanitizer";
  const std::string format = GetParam();
  records(50'000, "small.ndjson");
  records(200'000, "large.ndjson");
  const std::string args = "--format " + format + " -o /dev/null ";
  ASSERT_EQ(run(args + "small.ndjson").code, 1);
  const long small = peak_rss_kb();
  Result r = run(args + "large.ndjson");
  ASSERT_EQ(r.code, 1) << r.err;
  const long large = peak_rss_kb();
  EXPECT_LT(large, small + 16 * 1024) << format << ": " << small << " KB for 50,000 findings, " << large
                                      << " KB for 200,000";
  // NDJSON read from stdin streams the same way; the companion takes it (docs/fleet-audits.md),
  // whose allocator keeps more, so it is measured against itself (the peak so far is the
  // larger of the two's)
  r = run(args + "--stdin-filename small.ndjson", "< small.ndjson");
  ASSERT_EQ(r.code, 1) << r.err;
  const long small_stdin = peak_rss_kb();
  r = run(args + "--stdin-filename large.ndjson", "< large.ndjson");
  ASSERT_EQ(r.code, 1) << r.err;
  EXPECT_LT(peak_rss_kb(), small_stdin + 16 * 1024) << format << " from stdin";
}

INSTANTIATE_TEST_SUITE_P(EveryFormat, StreamingFormat,
                         ::testing::Values("text", "concise", "json", "json-lines", "sarif", "github", "gitlab", "junit"),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name) c = c == '-' ? '_' : c;
                           return name;
                         });

TEST_F(Streaming, StdinIsCappedLikeAFile) {
  Result r = run("--stdin-filename big.json", "< /dev/zero");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "iotjob-lint: cannot read stdin: the file is larger than 256 MiB, the limit for JSON and YAML files\n");
}

// A lone `\r` ends a line (JSON takes it for whitespace): the record after it starts a line
// further down, and its findings come after the first record's.
TEST_F(Streaming, LoneCarriageReturnKeepsRecordsOnTheirLines) {
  spit(dir_ / "cr.ndjson",
       "{\"job\": {\"job_id\": \"a\"},\r\"account_id\": \"x\"}\n"
       "{\"job\": {\"job_id\": \"b c\"}, \"account_id\": \"123456789012\"}\r\n"
       "{\"job\": {\"job_id\": \"d e\"}, \"account_id\": \"123456789012\"}\n");
  Result r = run("--format json-lines cr.ndjson");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out,
            R"({"path":"cr.ndjson","dialect":"catalog","code":"IJ406","name":"account-id","severity":"error","message":"account_id \"x\" is not twelve digits: it has 1 characters","pointer":"/account_id","range":{"start":{"line":2,"column":15},"end":{"line":2,"column":18}},"record":1})"
            "\n"
            R"({"path":"cr.ndjson","dialect":"catalog","code":"IJ203","name":"pattern","severity":"error","message":"job_id \"b c\" has U+0020 at character 2; only A-Z a-z 0-9 _ - are allowed","pointer":"/job/job_id","range":{"start":{"line":3,"column":20},"end":{"line":3,"column":25}},"record":3})"
            "\n"
            R"({"path":"cr.ndjson","dialect":"catalog","code":"IJ203","name":"pattern","severity":"error","message":"job_id \"d e\" has U+0020 at character 2; only A-Z a-z 0-9 _ - are allowed","pointer":"/job/job_id","range":{"start":{"line":4,"column":20},"end":{"line":4,"column":25}},"record":4})"
            "\n");
}

// A finding's related location in a record of a later block (blocks are 1 MiB) is placed by
// the file's lines, in every format that shows it, with its source line under `text`'s note.
TEST_F(Streaming, RelatedLocationsInALaterBlockCarryTheFileLines) {
  {
    std::ofstream f(dir_ / "fleet.ndjson", std::ios::binary);
    for (int i = 0; i < 25000; ++i) f << R"({"account_id": "123456789012", "job": {"job_id": "fw-1"}})" << "\n";
    f << R"({"account_id": "123456789012", "job": {"job_id": "fw-1", "job_id": "fw-2"}})" << "\n";
  }
  Result r = run("--format json-lines fleet.ndjson");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out,
            R"({"path":"fleet.ndjson","dialect":"catalog","code":"IJ002","name":"duplicate-key","severity":"error","message":"duplicate key \"job_id\"","pointer":"/job/job_id","range":{"start":{"line":25001,"column":58},"end":{"line":25001,"column":66}},"record":25001,"related":[{"message":"first defined here","pointer":"/job/job_id","range":{"start":{"line":25001,"column":40},"end":{"line":25001,"column":48}}}]})"
            "\n");
  r = run("--format text -q fleet.ndjson");
  EXPECT_EQ(r.out,
            "fleet.ndjson:25001:58: error IJ002 duplicate-key: duplicate key \"job_id\"\n"
            "      |\n"
            "25001 | {\"account_id\": \"123456789012\", \"job\": {\"job_id\": \"fw-1\", \"job_id\": \"fw-2\"}}\n"
            "      |                                                          ^^^^^^^^\n"
            "fleet.ndjson:25001:40: note: first defined here\n"
            "      |\n"
            "25001 | {\"account_id\": \"123456789012\", \"job\": {\"job_id\": \"fw-1\", \"job_id\": \"fw-2\"}}\n"
            "      |                                        ^^^^^^^^\n");
}

TEST_F(Streaming, StatisticsCountPerRule) {
  records(3, "a.ndjson");
  spit(dir_ / "b.json", R"({"jobId": "x y", "targets": [], "document": "{"})");
  Result r = run("--statistics a.ndjson b.json");
  EXPECT_EQ(r.code, 1);
  EXPECT_EQ(r.out,
            "4  IJ203  pattern\n"
            "1  IJ202  length\n"
            "1  IJ309  inline-document-json\n");
  r = run("--statistics --format json a.ndjson b.json");
  EXPECT_EQ(r.out,
            "[\n"
            "  {\"code\": \"IJ203\", \"name\": \"pattern\", \"count\": 4},\n"
            "  {\"code\": \"IJ202\", \"name\": \"length\", \"count\": 1},\n"
            "  {\"code\": \"IJ309\", \"name\": \"inline-document-json\", \"count\": 1}\n"
            "]\n");
  r = run("--statistics --format json " + quoted((dir_ / "missing").string()) + " --allow-no-jobs");
  EXPECT_EQ(r.out, "[]\n");
  // --fail-on still decides the exit code
  EXPECT_EQ(run("--statistics --fail-on never a.ndjson").code, 0);
}

}  // namespace
}  // namespace ijl
