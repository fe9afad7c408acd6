// Hostile inputs through the real executable: each gets a defined result (a diagnostic, or
// exit 2 and a message) within bounded time (`timeout 20`: exit 124 fails the test) and
// memory (`ulimit -v`: 1 GiB of address space), and the linter never changes what it reads.
// Big inputs are made at test time in a temporary folder, never committed;
// docs/development.md ("Hostile input") lists the results.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "file_util.hpp"

namespace {

namespace fs = std::filesystem;

const std::string kNow = "--now 2026-11-27T00:00:00Z";
// A create-job request that passes every rule; tests append one more member.
const std::string kJobHead =
    R"({"jobId":"x","targets":["arn:aws:iot:us-east-1:123456789012:thing/a"],)"
    R"("documentSource":"https://s3.amazonaws.com/bucket/job.json")";

// The sanitizer build (scripts/sanitize.sh) runs the binary without the address-space limit.
const std::string kMemoryLimit = ijl::test::kAddressSanitizer ? "" : "ulimit -v 1048576 && ";

using ijl::test::quoted;
using ijl::test::slurp;
using ijl::test::spit;

std::string repeat(std::string_view s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

using ijl::test::Result;

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

class Hostile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = ijl::test::fresh_test_dir("ijl_hostile");
  }
  void TearDown() override {
    // a test may leave a folder without permissions behind
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir_, ec); !ec && it != fs::recursive_directory_iterator();
         it.increment(ec)) {
      if (!it->is_symlink()) fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
    }
    fs::remove_all(dir_);
  }

  // Runs the binary in dir_ under a 20 s timeout and a 1 GiB address-space limit, with no
  // config file, in the concise format unless `args` names one.
  std::string as_user_;  // a command prefix that drops root's privileges, when a test needs it

  Result run(const std::string& args) {
    fs::path out = dir_.parent_path() / (std::string(dir_.filename()) + ".out");
    fs::path err = dir_.parent_path() / (std::string(dir_.filename()) + ".err");
    // `args` may redirect stdin after the default </dev/null
    std::string cmd = "cd " + quoted(dir_.string()) + " && " + kMemoryLimit + "timeout 20 " + as_user_ + quoted(IJL_BINARY) +
                      " --no-config " + (has(args, "--format") ? "" : "--format concise ") + kNow + " >" + quoted(out.string()) + " 2>" +
                      quoted(err.string()) + " </dev/null " + args;
    Result r = ijl::test::run_captured(cmd, out, err);
    EXPECT_NE(r.code, 124) << "timed out: " << args;
    return r;
  }

  fs::path dir_;
};

TEST_F(Hostile, EmptyAndWhitespaceOnlyFiles) {
  spit(dir_ / "empty.json", "");
  spit(dir_ / "blank.json", "  \n\t\n");
  Result r = run("empty.json blank.json");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_TRUE(has(r.out, "empty.json:1:1: error IJ001 syntax: unexpected end of input")) << r.out;
  EXPECT_TRUE(has(r.out, "blank.json:3:1: error IJ001 syntax: unexpected end of input")) << r.out;
  EXPECT_EQ(r.err, "");

  // YAML and NDJSON: a stream of no documents (no records), as `[]` is a list of no jobs.
  spit(dir_ / "empty.yaml", "");
  spit(dir_ / "blank.yml", " \n\n");
  spit(dir_ / "empty.ndjson", "");
  spit(dir_ / "blank.ndjson", "\n  \n");
  r = run("--format text empty.yaml blank.yml empty.ndjson blank.ndjson");
  EXPECT_EQ(r.code, 0) << r.out << r.err;
  EXPECT_EQ(r.out, "All 4 files passed.\n");
}

TEST_F(Hostile, DeepNestingIsASyntaxErrorAtTheLimit) {
  // 100,000 `[` never closed, then closed, a million, and deep inside a job's value: the
  // tree and the rules recurse, so the loader stops at the 1001st level.
  spit(dir_ / "open.json", repeat("[", 100000));
  spit(dir_ / "closed.json", repeat("[", 100000) + repeat("]", 100000));
  spit(dir_ / "million.json", repeat("[", 1000000) + repeat("]", 1000000));
  spit(dir_ / "objects.json", repeat("{\"a\":", 100000) + "1" + repeat("}", 100000));
  spit(dir_ / "in-job.json", kJobHead + ",\"extra\":" + repeat("[", 100000) + repeat("]", 100000) + "}");
  spit(dir_ / "records.ndjson", kJobHead + "}\n" + repeat("[", 100000) + "\n");
  Result r = run("open.json closed.json million.json objects.json in-job.json records.ndjson");
  EXPECT_EQ(r.code, 1) << r.err;
  const std::string too_deep = ": error IJ001 syntax: arrays and objects are nested more than 1000 deep\n";
  EXPECT_TRUE(has(r.out, "open.json:1:1001" + too_deep)) << r.out;
  EXPECT_TRUE(has(r.out, "closed.json:1:1001" + too_deep)) << r.out;
  EXPECT_TRUE(has(r.out, "million.json:1:1001" + too_deep)) << r.out;
  EXPECT_TRUE(has(r.out, "objects.json:1:5001" + too_deep)) << r.out;  // `{"a":` is 5 characters
  // the job's object is the first level
  EXPECT_TRUE(has(r.out, "in-job.json:1:" + std::to_string(kJobHead.size() + 10 + 999) + too_deep)) << r.out;
  EXPECT_TRUE(has(r.out, "records.ndjson:2:1001" + too_deep)) << r.out;
  EXPECT_EQ(r.err, "");

  // 1000 levels are still read: a list (the top level) of arrays is no job
  spit(dir_ / "limit.json", repeat("[", 1000) + repeat("]", 1000));
  r = run("limit.json");
  EXPECT_TRUE(has(r.out, "limit.json:1:2: error IJ006 not-a-job: ")) << r.out;
  EXPECT_FALSE(has(r.out, "IJ001")) << r.out;

  // YAML: yaml-cpp's own depth guard, flow and block style
  spit(dir_ / "flow.yaml", repeat("[", 100000) + repeat("]", 100000));
  std::string block;
  for (int i = 0; i < 3000; ++i) block += std::string(static_cast<std::size_t>(i), ' ') + "k:\n";
  spit(dir_ / "block.yaml", block);
  spit(dir_ / "seq.yaml", repeat("- ", 100000) + "x\n");
  r = run("flow.yaml block.yaml seq.yaml");
  EXPECT_EQ(r.code, 1) << r.err;
  const std::string yaml_deep = ": error IJ001 syntax: collections are nested too deeply\n";
  EXPECT_TRUE(has(r.out, "flow.yaml:") && has(r.out, yaml_deep)) << r.out;
  EXPECT_TRUE(has(r.out, "block.yaml:499:501" + yaml_deep)) << r.out;
  EXPECT_TRUE(has(r.out, "seq.yaml:1:1000" + yaml_deep)) << r.out;
  EXPECT_EQ(r.err, "");
}

TEST_F(Hostile, FiftyMegabyteString) {
  const std::string big(50'000'000, 'a');
  spit(dir_ / "description.json", kJobHead + ",\"description\":\"" + big + "\"}");
  spit(dir_ / "description.yaml", "jobId: x\ndocumentSource: https://s3.amazonaws.com/b/k\n"
                                  "targets: [arn:aws:iot:us-east-1:123456789012:thing/a]\ndescription: " + big + "\n");
  spit(dir_ / "string.json", "\"" + big + "\"");
  Result r = run("description.json string.json");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_TRUE(has(r.out, "description.json:1:" + std::to_string(kJobHead.size() + 16) +
                             ": error IJ202 length: description has 50000000 characters; allowed: at most 2028\n"))
      << r.out.substr(0, 1000);
  EXPECT_TRUE(has(r.out, "string.json:1:1: error IJ006 not-a-job: not an AWS IoT job: the document is a string\n"))
      << r.out.substr(0, 1000);
  EXPECT_EQ(r.err, "");
  r = run("description.yaml");  // yaml-cpp takes about 6 s here: a run of its own under the timeout
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_TRUE(has(r.out, "description.yaml:4:14: error IJ202 length: description has 50000000 characters"))
      << r.out.substr(0, 1000);
  EXPECT_EQ(r.err, "");
}

TEST_F(Hostile, ExtremeNumbers) {
  const std::string digits400(400, '9');
  const std::string before_timeout = kJobHead + R"(,"timeoutConfig":{"inProgressTimeoutInMinutes":)";
  const std::string before_threshold = kJobHead + R"(,"abortConfig":{"criteriaList":[{"failureType":"FAILED",)"
                                                  R"("action":"CANCEL","minNumberOfExecutedThings":1,"thresholdPercentage":)";
  auto timeout = [&](const std::string& n) { return before_timeout + n + "}}"; };
  auto threshold = [&](const std::string& n) { return before_threshold + n + "}]}}"; };
  spit(dir_ / "huge.json", timeout("1e999"));
  spit(dir_ / "minus-huge.json", timeout("-1e999"));
  spit(dir_ / "minus-zero.json", timeout("-0"));
  spit(dir_ / "tiny.json", timeout("1e-400"));
  spit(dir_ / "digits.json", timeout(digits400));
  spit(dir_ / "threshold-huge.json", threshold("1e999"));
  spit(dir_ / "threshold-minus-huge.json", threshold("-1e999"));
  spit(dir_ / "threshold-minus-zero.json", threshold("-0"));
  spit(dir_ / "threshold-tiny.json", threshold("1e-400"));
  // a number beyond the double range where no limit applies: an unknown field's value (IJ003
  // only), a record's lastUpdatedAt (after createdAt); the file is linted past it
  spit(dir_ / "unknown-huge.json", kJobHead + R"(,"bogus":1e999,"description":"\u0007"})");
  spit(dir_ / "record-huge.json",
       R"({"job":{"jobId":"x","createdAt":1795168800,"lastUpdatedAt":1e999}})");
  const std::string col = std::to_string(before_timeout.size() + 1);
  const std::string tcol = std::to_string(before_threshold.size() + 1);
  Result r = run("huge.json minus-huge.json minus-zero.json tiny.json digits.json threshold-huge.json "
                 "threshold-minus-huge.json threshold-minus-zero.json threshold-tiny.json unknown-huge.json "
                 "record-huge.json");
  EXPECT_EQ(r.code, 1) << r.err;
  // beyond the double range (RFC 8259 allows any literal): judged as written, at the value
  EXPECT_FALSE(has(r.out, "IJ001")) << r.out;
  EXPECT_TRUE(has(r.out, "huge.json:1:" + col + ": error IJ004 wrong-type: inProgressTimeoutInMinutes must be an integer, "
                                                "not 1e999\n"))
      << r.out;
  EXPECT_TRUE(has(r.out, "minus-huge.json:1:" + col +
                             ": error IJ004 wrong-type: inProgressTimeoutInMinutes must be an integer, not -1e999\n"))
      << r.out;
  EXPECT_TRUE(has(r.out, "digits.json:1:" + col + ": error IJ004 wrong-type: inProgressTimeoutInMinutes " + digits400 +
                             " is outside the signed 64-bit integer range\n"))
      << r.out;
  EXPECT_TRUE(has(r.out, "threshold-huge.json:1:" + tcol +
                             ": error IJ201 out-of-range: thresholdPercentage 1e999 is outside 0..100\n"))
      << r.out;
  EXPECT_TRUE(has(r.out, "threshold-minus-huge.json:1:" + tcol +
                             ": error IJ201 out-of-range: thresholdPercentage -1e999 is outside 0..100\n"))
      << r.out;
  EXPECT_TRUE(has(r.out, "unknown-huge.json:1:" + std::to_string(kJobHead.size() + 2) +
                             ": error IJ003 unknown-field: unknown field \"bogus\" in create-job"))
      << r.out;
  EXPECT_TRUE(has(r.out, "unknown-huge.json:1:" + std::to_string(kJobHead.size() + 30) + ": error IJ203 pattern"))
      << r.out;  // linted past the number
  EXPECT_FALSE(has(r.out, "record-huge.json")) << r.out;
  // -0 is 0; 1e-400 is no integer and has 400 decimal places
  EXPECT_TRUE(has(r.out, "minus-zero.json:1:" + col +
                             ": error IJ104 in-progress-timeout: inProgressTimeoutInMinutes -0 is outside 1..10080\n"))
      << r.out;
  EXPECT_TRUE(has(r.out, "tiny.json:1:" + col +
                             ": error IJ004 wrong-type: inProgressTimeoutInMinutes must be an integer, not 1e-400\n"))
      << r.out;
  EXPECT_FALSE(has(r.out, "threshold-minus-zero.json")) << r.out;  // 0 is in 0..100
  EXPECT_TRUE(has(r.out, "threshold-tiny.json:1:" + tcol +
                             ": error IJ101 threshold-precision: thresholdPercentage 1e-400 has 400 decimal places"))
      << r.out;
  EXPECT_EQ(r.err, "");
}

TEST_F(Hostile, InvalidUtf8AndNulBytes) {
  const std::string head = kJobHead + ",\"description\":\"ab";
  const std::string at = std::to_string(head.size() + 1);  // the column of the bad byte
  spit(dir_ / "ff.json", head + "\xff\"}");
  spit(dir_ / "overlong.json", head + "\xc0\xaf\"}");         // `/` in two bytes
  spit(dir_ / "cesu.json", head + "\xed\xa0\x80\"}");          // U+D800 encoded as UTF-8
  spit(dir_ / "truncated.json", head + "\xe2\x82\"}");         // a 3-byte sequence cut short
  spit(dir_ / "escaped-surrogate.json", head + "\\ud800\"}");  // a lone high surrogate
  spit(dir_ / "low-surrogate.json", head + "\\udc00\"}");
  spit(dir_ / "nul-in-string.json", head + std::string(1, '\0') + "\"}");
  spit(dir_ / "nul-escaped.json", head + "\\u0000\"}");
  spit(dir_ / "nul-after.json", kJobHead + "}\n" + std::string(1, '\0') + "garbage");
  spit(dir_ / "bad.yaml", "jobId: x\ndescription: \"ab\xff\"\n");
  spit(dir_ / "surrogate.yaml", "jobId: x\ndescription: \"\\ud800\"\n");
  spit(dir_ / "nul.yaml", std::string("jobId: x\ndescription: a\0b\n", 26));
  Result r = run("*.json *.yaml");
  EXPECT_EQ(r.code, 1) << r.err;
  const std::string utf8 = ": error IJ001 syntax: the file is not valid UTF-8\n";
  EXPECT_TRUE(has(r.out, "ff.json:1:" + at + utf8)) << r.out;
  EXPECT_TRUE(has(r.out, "overlong.json:1:" + at + utf8)) << r.out;
  EXPECT_TRUE(has(r.out, "cesu.json:1:" + at + utf8)) << r.out;
  EXPECT_TRUE(has(r.out, "truncated.json:1:" + at + utf8)) << r.out;
  EXPECT_TRUE(has(r.out, "escaped-surrogate.json:1:" + std::to_string(head.size() + 7) +
                             ": error IJ001 syntax: invalid string: surrogate U+D800..U+DBFF must be followed by"))
      << r.out;
  EXPECT_TRUE(has(r.out, "low-surrogate.json:1:" + std::to_string(head.size() + 6) +
                             ": error IJ001 syntax: invalid string: surrogate U+DC00..U+DFFF must follow"))
      << r.out;
  EXPECT_TRUE(has(r.out, "nul-in-string.json:1:" + at +
                             ": error IJ001 syntax: invalid string: control character U+0000 (NUL) must be escaped"))
      << r.out;
  // escaped, it is a string's character: the pattern rule's business
  EXPECT_TRUE(has(r.out, "nul-escaped.json:1:" + std::to_string(kJobHead.size() + 16) +
                             ": error IJ203 pattern: description \"ab\\u0000\" has U+0000"))
      << r.out;
  // nlohmann_json stops at a NUL outside a string as at the end: what follows must not pass unread
  EXPECT_TRUE(has(r.out, "nul-after.json:2:1: error IJ001 syntax: a NUL byte outside a string (is the file UTF-16?)\n"))
      << r.out;
  EXPECT_TRUE(has(r.out, "bad.yaml:2:17" + utf8)) << r.out;
  EXPECT_TRUE(has(r.out, "surrogate.yaml:2:") && has(r.out, ": error IJ001 syntax: invalid unicode: 55296\n")) << r.out;
  EXPECT_TRUE(has(r.out, "nul.yaml:2:15: error IJ001 syntax: control character U+0000 is not allowed in YAML\n"))
      << r.out;
  EXPECT_EQ(r.err, "");
}

TEST_F(Hostile, Utf16File) {
  // `{"jobId":"x"}` in UTF-16: with a byte order mark, and little-endian without one
  std::string le, be;
  for (char c : std::string(R"({"jobId":"x"})")) {
    le += std::string{c, '\0'};
    be += std::string{'\0', c};
  }
  spit(dir_ / "bom-le.json", "\xff\xfe" + le);
  spit(dir_ / "bom-be.json", "\xfe\xff" + be);
  spit(dir_ / "le.json", le);
  spit(dir_ / "bom-le.yaml", "\xff\xfe" + le);
  Result r = run("bom-le.json bom-be.json le.json bom-le.yaml");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_TRUE(has(r.out, "bom-le.json:1:1: error IJ001 syntax: the file is not valid UTF-8\n")) << r.out;
  EXPECT_TRUE(has(r.out, "bom-be.json:1:1: error IJ001 syntax: the file is not valid UTF-8\n")) << r.out;
  EXPECT_TRUE(has(r.out, "le.json:1:2: error IJ001 syntax: a NUL byte outside a string (is the file UTF-16?)\n"))
      << r.out;
  EXPECT_TRUE(has(r.out, "bom-le.yaml:1:1: error IJ001 syntax: the file is not valid UTF-8\n")) << r.out;
}

TEST_F(Hostile, DirectoryNamedAsAFile) {
  // a folder named like a job file is a folder: walked, named or found while walking
  spit(dir_ / "jobs.json" / "inner.json", kJobHead + ",\"bogus\":1}");
  Result r = run("jobs.json");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_EQ(r.out, "jobs.json/inner.json:1:" + std::to_string(kJobHead.size() + 2) +
                       ": error IJ003 unknown-field: unknown field \"bogus\" in create-job\n");
  EXPECT_EQ(r.err, "");
  r = run(".");
  EXPECT_EQ(r.code, 1) << r.err;
  EXPECT_TRUE(has(r.out, "jobs.json/inner.json:1:")) << r.out;
  EXPECT_EQ(r.err, "");
}

TEST_F(Hostile, OneLineWithTwentyThousandFindings) {
  // a minified file is one line: each finding on it must not cost the whole line again
  // (positions, excerpts), or 20,000 findings on 270 KB take gigabytes
  std::string line = kJobHead;
  for (int i = 0; i < 20000; ++i) line += ",\"k" + std::to_string(i) + "\":1";
  line += "}";
  spit(dir_ / "wide.json", line);
  spit(dir_ / "wide.ndjson", line + "\n");
  for (const char* format : {"text", "json"}) {
    Result r = run(std::string("--format ") + format + " wide.json wide.ndjson");
    EXPECT_EQ(r.code, 1) << format << ": " << r.err;
    std::size_t n = 0;
    for (auto at = r.out.find("unknown field \\\"k"); at != std::string::npos; at = r.out.find("unknown field \\\"k", at + 1)) ++n;
    for (auto at = r.out.find("unknown field \"k"); at != std::string::npos; at = r.out.find("unknown field \"k", at + 1)) ++n;
    EXPECT_EQ(n, 40000u) << format;
  }
  Result r = run("--format text wide.json");
  EXPECT_TRUE(has(r.out, "wide.json:1:" + std::to_string(kJobHead.size() + 2) + ": error IJ003 unknown-field: unknown field \"k0\" in create-job\n")) << r.out.substr(0, 500);
}

TEST_F(Hostile, EndlessDeviceStopsAtTheSizeCap) {
  // a device has no size to check up front: reading stops at the same 256 MiB cap
  if (!fs::exists("/dev/zero")) GTEST_SKIP() << "no /dev/zero";
  Result r = run("/dev/zero");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "iotjob-lint: cannot read /dev/zero: the file is larger than 256 MiB, the limit for JSON and YAML files\n");
}

TEST_F(Hostile, FileThatOpensButCannotBeRead) {
  // Tests run as root, which chmod 000 does not stop; /proc/self/mem opens, and reading
  // its first page (never mapped) fails with EIO: a read error after a good open.
  if (!fs::exists("/proc/self/mem")) GTEST_SKIP() << "no /proc";
  spit(dir_ / "ok.json", kJobHead + "}");
  Result r = run("/proc/self/mem ok.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "iotjob-lint: cannot read /proc/self/mem: Input/output error\n");
  EXPECT_EQ(r.out, "");  // ok.json is clean and still linted
}

TEST_F(Hostile, FileWithoutReadPermission) {
  // root reads a file whatever its mode: run the linter as nobody (CI runs as root)
  if (::geteuid() == 0) {
    if (!fs::exists("/usr/bin/setpriv")) GTEST_SKIP() << "running as root without setpriv to drop privileges";
    as_user_ = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
  }
  spit(dir_ / "secret.json", kJobHead + "}");
  fs::permissions(dir_ / "secret.json", fs::perms::none);
  Result r = run("secret.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "iotjob-lint: cannot read secret.json: Permission denied\n");
}

TEST_F(Hostile, SymlinkLoopUnderAWalkedFolder) {
  spit(dir_ / "w" / "a.json", kJobHead + ",\"bogus\":1}");
  fs::create_directory_symlink("..", dir_ / "w" / "up");         // a folder loop: not followed
  fs::create_directory_symlink(".", dir_ / "w" / "here");
  fs::create_symlink("self.json", dir_ / "w" / "self.json");    // a file loop: cannot be read
  fs::create_symlink("ping.yaml", dir_ / "w" / "pong.yaml");
  fs::create_symlink("pong.yaml", dir_ / "w" / "ping.yaml");
  fs::create_symlink("loop.txt", dir_ / "w" / "loop.txt");      // not a job file name: ignored
  Result r = run("w");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "w/a.json:1:" + std::to_string(kJobHead.size() + 2) +
                       ": error IJ003 unknown-field: unknown field \"bogus\" in create-job\n");
  EXPECT_EQ(r.err,
            "iotjob-lint: cannot read w/ping.yaml: Too many levels of symbolic links\n"
            "iotjob-lint: cannot read w/pong.yaml: Too many levels of symbolic links\n"
            "iotjob-lint: cannot read w/self.json: Too many levels of symbolic links\n");
  // named, the loop is a path that cannot be read
  r = run("w/self.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "iotjob-lint: cannot read w/self.json: Too many levels of symbolic links\n");
}

TEST_F(Hostile, FileThatVanishesDuringTheWalk) {
  // A file deleted between the listing and the read cannot be timed from a test; a dangling
  // symlink is the same to the linter: listed by the walk, gone when opened. Either way:
  // exit 2 and a message naming it; the other files are still linted.
  spit(dir_ / "w" / "a.json", kJobHead + ",\"bogus\":1}");
  fs::create_symlink("deleted.json", dir_ / "w" / "b.json");
  fs::create_symlink("deleted.txt", dir_ / "w" / "c.txt");  // not a job file name: ignored
  Result r = run("w");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(has(r.out, "w/a.json:1:")) << r.out;
  EXPECT_EQ(r.err, "iotjob-lint: cannot read w/b.json: No such file or directory\n");
  r = run("w/b.json");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "iotjob-lint: cannot read w/b.json: No such file or directory\n");
}

TEST_F(Hostile, TwoGigabyteSparseFile) {
  // 2 GiB of NUL bytes at no disk cost. JSON and YAML are read whole, so files over
  // 256 MiB are refused before reading; NDJSON is read in blocks, and a line over 256 MiB
  // is refused once read that far.
  for (const char* name : {"sparse.json", "sparse.yaml", "sparse.ndjson"}) {
    int fd = ::open((dir_ / name).c_str(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(::ftruncate(fd, off_t{2} << 30), 0);
    ::close(fd);
  }
  Result r = run("sparse.json sparse.yaml");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "iotjob-lint: cannot read sparse.json: the file is larger than 256 MiB, the limit for JSON and YAML files\n"
            "iotjob-lint: cannot read sparse.yaml: the file is larger than 256 MiB, the limit for JSON and YAML files\n");
  EXPECT_LT(r.seconds, 5) << "the file must not be read";
  r = run("sparse.ndjson");
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "iotjob-lint: cannot read sparse.ndjson: line 1 is longer than 256 MiB\n");
}

TEST_F(Hostile, NeverModifiesWhatItReads) {
  spit(dir_ / "w" / "clean.json", kJobHead + "}");
  spit(dir_ / "w" / "broken.json", kJobHead + ",\"bogus\":1.999,}");
  spit(dir_ / "w" / "job.yaml", "jobId: x  # iotjob-lint: disable=IJ005\ntargets: []\n");
  spit(dir_ / "w" / "fleet.ndjson", kJobHead + "}\n{\"jobId\":\n");
  spit(dir_ / "w" / "deep" / "nested.json", repeat("[", 5000));
  spit(dir_ / "w" / "utf16.json", std::string("\xff\xfe{\0}\0", 6));
  spit(dir_ / "w" / ".iotjob-lint.json", R"({"ignore": ["IJ003"]})");
  const auto past = fs::file_time_type::clock::now() - std::chrono::hours(24 * 400);
  std::map<fs::path, std::pair<std::string, fs::file_time_type>> before;
  for (const auto& e : fs::recursive_directory_iterator(dir_ / "w")) {
    if (!e.is_regular_file()) continue;
    fs::last_write_time(e.path(), past);
    before[e.path()] = {slurp(e.path()), fs::last_write_time(e.path())};
  }
  fs::last_write_time(dir_ / "w", past);
  ASSERT_EQ(before.size(), 7u);
  for (const char* args : {"w", "--format json -j 1 w", "--format sarif -j 4 w", "--format github w",
                                  "--format text -o report.txt w", "w/*.json w/*.yaml w/*.ndjson",
                                  "--stdin-filename w/broken.json - <w/broken.json"}) {
    Result r = run(args);
    EXPECT_NE(r.code, 0) << args;  // every run finds something
  }
  for (const auto& [path, seen] : before) {
    EXPECT_EQ(slurp(path), seen.first) << path;
    EXPECT_EQ(fs::last_write_time(path), seen.second) << path;
  }
  EXPECT_EQ(fs::last_write_time(dir_ / "w"), past) << "nothing was created or removed in the folder";
}

}  // namespace
