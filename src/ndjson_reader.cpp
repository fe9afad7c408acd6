// Block reader for NDJSON: hands out whole lines, carries a partial last line over.
#include "ndjson_reader.hpp"

#include "source.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace ijl {

constexpr std::size_t kMaxLine = std::size_t{256} << 20;

NdjsonReader::NdjsonReader(std::FILE* file, std::size_t block_size) : file_(file), block_size_(block_size) {}

bool NdjsonReader::next(std::string_view& block, std::uint64_t& first_line) {
  buffer_.erase(0, consumed_);
  consumed_ = 0;
  std::size_t searched = 0;  // bytes of buffer_ known to hold no newline: a long line is scanned once
  for (;;) {
    std::size_t nl = std::string_view(buffer_).substr(searched).rfind('\n');
    if (nl == std::string::npos) {
      searched = buffer_.size();
      // one record is parsed whole, into a tree several times its size (cli.cpp caps JSON files alike)
      if (buffer_.size() > kMaxLine) {
        error_ = "line " + std::to_string(next_line_) + " is longer than 256 MiB";
        return false;
      }
    } else {
      nl += searched;
    }
    if (nl != std::string::npos && (buffer_.size() >= block_size_ || eof_)) {
      consumed_ = eof_ ? buffer_.size() : nl + 1;
      break;
    }
    if (eof_) {
      if (buffer_.empty()) return false;
      consumed_ = buffer_.size();  // a last line without a newline
      break;
    }
    std::size_t old = buffer_.size();
    buffer_.resize(old + block_size_);
    std::size_t got = std::fread(buffer_.data() + old, 1, block_size_, file_);
    buffer_.resize(old + got);
    if (got < block_size_) {
      if (std::ferror(file_)) {
        error_ = std::strerror(errno ? errno : EIO);
        return false;
      }
      eof_ = true;
    }
  }
  block = std::string_view(buffer_.data(), consumed_);
  first_line = next_line_;
  for (const char* p = block.data(), *end = p + block.size();
       (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))); ++p) {
    ++next_line_;
  }
  // a block ends with `\n`, or at the end of the stream where no `\n` follows
  next_line_ += lone_carriage_returns(block, false);
  return true;
}

}  // namespace ijl
