#include "companion.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "engine.hpp"
#include "json_loader.hpp"

namespace ijl {
namespace {

constexpr const char* kEnv = "IOTJOB_LINT_COMPANION";
constexpr const char* kName = "iotjob-lint-simdjson";

std::uint64_t ndjson_bytes(const std::vector<Input>& inputs) {
  std::uint64_t total = 0;
  for (const Input& in : inputs) {
    if (in.kind != Input::Kind::Lint || format_for_path(in.display) != InputFormat::Ndjson) continue;
    if (in.is_stdin) return kCompanionBytes;  // an export piped in: its size is unknown
    struct stat st {};
    if (::stat(in.path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) total += static_cast<std::uint64_t>(st.st_size);
  }
  return total;
}

std::string own_dir() {
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf);
  if (n <= 0 || static_cast<std::size_t>(n) >= sizeof buf) return {};
  std::string path(buf, static_cast<std::size_t>(n));
  return path.substr(0, path.rfind('/'));
}

}  // namespace

std::optional<std::string> companion_for(const std::vector<Input>& inputs) {
  if (fast_json_built()) return std::nullopt;
  const char* env = std::getenv(kEnv);
  if (env && std::strcmp(env, "off") == 0) return std::nullopt;
  if (ndjson_bytes(inputs) < kCompanionBytes) return std::nullopt;
  std::string dir = own_dir();
  if (dir.empty()) return std::nullopt;
  for (std::string candidate : {dir + "/" + kName, dir + "/../libexec/iotjob-lint/" + kName}) {
    if (::access(candidate.c_str(), X_OK) == 0) return candidate;
  }
  return std::nullopt;
}

void exec_companion(const std::string& companion, char** argv) {
  std::fflush(nullptr);
  // the companion parses fast already; the variable is for a misbuilt one, which must not loop
  ::setenv(kEnv, "off", 1);
  ::execv(companion.c_str(), argv);
  ::unsetenv(kEnv);  // exec failed: this process lints, as it would without a companion
}

}  // namespace ijl
