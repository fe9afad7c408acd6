// File and shell helpers shared by the tests that run the built binary.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace ijl::test {

// Whether this build runs under AddressSanitizer (scripts/sanitize.sh): it reserves terabytes of
// address space and holds freed memory in quarantine, so address-space limits and peak-memory
// figures mean nothing there.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif
#else
inline constexpr bool kAddressSanitizer = false;
#endif

// `s` as one single-quoted shell word.
inline std::string quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void spit(const std::filesystem::path& p, std::string_view text) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

// An empty folder for the running test, below a per-process folder named `prefix`_PID,
// so that no config file above the build tree is ever found.
inline std::filesystem::path fresh_test_dir(const std::string& prefix) {
  const auto* test = ::testing::UnitTest::GetInstance()->current_test_info();
  auto dir = std::filesystem::path(::testing::TempDir()) / (prefix + "_" + std::to_string(::getpid())) / test->name();
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// What a run of the binary gave.
struct Result {
  int code = -1;  // the exit status; -1 when it did not exit (a signal)
  std::string out, err;
  double seconds = 0;
};

// Runs the shell command `cmd`, which sends stdout to `out` and stderr to `err`, and
// collects both (the files are removed).
inline Result run_captured(const std::string& cmd, const std::filesystem::path& out, const std::filesystem::path& err) {
  auto start = std::chrono::steady_clock::now();
  int status = std::system(cmd.c_str());
  Result r;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(out);
  r.err = slurp(err);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return r;
}

}  // namespace ijl::test
