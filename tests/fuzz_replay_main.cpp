// Replays the fuzz reproducers of one harness through that harness's LLVMFuzzerTestOneInput,
// built without libFuzzer, so the test suite (and its sanitizer build) runs every finding in
// testdata/fuzz-crashes/ again. A broken invariant aborts and a sanitizer report fails the
// test; a hang runs into the test's timeout, after the line naming the file.
// Usage: fuzz_replay_HARNESS DIR   (replays DIR/HARNESS-*; IJL_FUZZ_HARNESS names the harness)
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s DIR\n", argv[0]);
    return 2;
  }
  std::istringstream list(IJL_FUZZ_HARNESSES);
  const std::vector<std::string> harnesses{std::istream_iterator<std::string>(list), {}};

  // A file whose name starts with no harness would be replayed by none: that is a failure.
  int status = 0;
  std::vector<fs::path> mine;
  for (const fs::directory_entry& e : fs::directory_iterator(argv[1])) {
    const std::string name = e.path().filename().string();
    const std::string harness = name.substr(0, name.find('-'));
    if (name.find('-') == std::string::npos ||
        std::find(harnesses.begin(), harnesses.end(), harness) == harnesses.end()) {
      std::fprintf(stderr, "%s: not named HARNESS-..., so no harness replays it\n", name.c_str());
      status = 1;
    } else if (harness == IJL_FUZZ_HARNESS) {
      mine.push_back(e.path());
    }
  }
  std::sort(mine.begin(), mine.end());

  LLVMFuzzerInitialize(&argc, &argv);
  for (const fs::path& p : mine) {
    std::ifstream in(p, std::ios::binary);
    const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in.good() && !in.eof()) {
      std::fprintf(stderr, "cannot read %s\n", p.c_str());
      return 1;
    }
    std::fprintf(stderr, "replaying %s (%zu bytes)\n", p.filename().c_str(), bytes.size());
    // A heap copy of exactly the input's size, as libFuzzer passes it, so that AddressSanitizer
    // catches a read one byte past the end.
    std::unique_ptr<std::uint8_t[]> data(new std::uint8_t[bytes.size()]);
    std::copy(bytes.begin(), bytes.end(), data.get());
    LLVMFuzzerTestOneInput(data.get(), bytes.size());
  }
  std::printf("fuzz_%s: %zu reproducers replayed\n", IJL_FUZZ_HARNESS, mine.size());
  return status;
}
