// Reading whole files: read_path with and without the walk's word that the file is regular
// (one read into a 64 KiB buffer kept per thread, no fstat) must give the same bytes at
// every size around that buffer, and the same refusal beyond the size cap.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "file_util.hpp"
#include "runner.hpp"

namespace ijl {
namespace {

namespace fs = std::filesystem;

class Read : public ::testing::Test {
 protected:
  void SetUp() override { dir_ = test::fresh_test_dir("ijl_read"); }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(std::size_t size) {
    std::string bytes(size, 'x');
    for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>('a' + i * 7 % 26);
    std::ofstream(dir_ / "f.json", std::ios::binary) << bytes;
    return bytes;
  }
  fs::path dir_;
};

TEST_F(Read, RegularAndGeneralReadsAgreeAroundTheBuffer) {
  for (std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{65535}, std::size_t{65536}, std::size_t{65537},
                           std::size_t{131072}, std::size_t{300000}}) {
    const std::string bytes = write(size);
    std::string reason;
    auto general = read_path((dir_ / "f.json").string(), reason, false);
    auto regular = read_path((dir_ / "f.json").string(), reason, true);
    ASSERT_TRUE(general && regular) << size << ": " << reason;
    EXPECT_TRUE(*general == bytes) << size;
    EXPECT_TRUE(*regular == bytes) << size;
  }
}

TEST_F(Read, RegularReadKeepsTheSizeCap) {
  // a sparse file: 256 MiB and one byte, on disk almost nothing
  {
    std::ofstream f(dir_ / "f.json", std::ios::binary);
    f.seekp((std::streamoff{256} << 20));
    f.put('x');
  }
  for (bool regular : {false, true}) {
    std::string reason;
    EXPECT_FALSE(read_path((dir_ / "f.json").string(), reason, regular)) << regular;
    EXPECT_EQ(reason, "the file is larger than 256 MiB, the limit for JSON and YAML files") << regular;
  }
}

TEST_F(Read, AMissingFileSaysWhy) {
  std::string reason;
  EXPECT_FALSE(read_path((dir_ / "none.json").string(), reason, true));
  EXPECT_EQ(reason, "No such file or directory");
}

}  // namespace
}  // namespace ijl
