// Reads an NDJSON stream in blocks of whole lines, so a file of any size is linted in
// bounded memory (a 1 GB export is never read whole).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace ijl {

class NdjsonReader {
 public:
  // Reads from `file` (not owned), in blocks of about `block_size` bytes.
  explicit NdjsonReader(std::FILE* file, std::size_t block_size = 1 << 20);

  // The next block of whole lines and the file line number of its first line; false at
  // the end of the stream or on a read error (see error()). A line longer than the block
  // size makes the block grow to hold it, up to 256 MiB; a longer line is an error.
  bool next(std::string_view& block, std::uint64_t& first_line);

  // Empty unless a read failed.
  const std::string& error() const { return error_; }

 private:
  std::FILE* file_;
  std::size_t block_size_;
  std::string buffer_;
  std::size_t consumed_ = 0;   // bytes of buffer_ handed out by the last next()
  std::uint64_t next_line_ = 1;
  bool eof_ = false;
  std::string error_;
};

}  // namespace ijl
