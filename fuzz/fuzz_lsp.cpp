// libFuzzer harness: the language server's message reader over a stream served in chunks of
// 1-64 bytes (byte 0), each frame classified as JSON-RPC; a message re-framed reads back the
// same; and the position conversions and key-path scans the requests run on a client's text.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_common.hpp"
#include "lsp_place.hpp"
#include "lsp_text.hpp"
#include "lsp_transport.hpp"

namespace {

using namespace ijl::lsp;

MessageReader::Source chunks(std::string_view input, std::size_t chunk, std::size_t& pos) {
  return [input, chunk, &pos](char* buffer, std::size_t size) -> std::size_t {
    const std::size_t n = std::min({size, chunk, input.size() - pos});
    std::copy_n(input.data() + pos, n, buffer);
    pos += n;
    return n;
  };
}

void check_frames(std::string_view input, std::size_t chunk) {
  std::size_t pos = 0;
  MessageReader reader(chunks(input, chunk, pos), 4096);
  std::size_t frames = 0;
  for (;;) {
    Frame f = reader.next();
    if (f.kind == Frame::Kind::End) break;
    // every frame but End consumes at least one byte: the loop ends
    ijl_fuzz::check(++frames <= input.size(), "more frames than bytes");
    if (f.kind != Frame::Kind::Message) {
      ijl_fuzz::check(!f.problem.empty(), "a bad frame without a reason");
      continue;
    }
    ijl_fuzz::check(f.body.size() <= 4096, "a body over the limit");
    Incoming in = parse_message(f.body);
    if (in.kind == Incoming::Kind::Invalid) {
      ijl_fuzz::check(in.error == error_code::kParseError || in.error == error_code::kInvalidRequest, "wrong error code");
    } else if (in.kind == Incoming::Kind::Request) {
      ijl_fuzz::check(in.id.is_string() || in.id.is_number_integer(), "a request id of another type");
    }
    // what the writer frames, the reader reads back
    std::string framed;
    MessageWriter writer([&](std::string_view bytes) {
      framed.append(bytes);
      return true;
    });
    if (in.kind != Incoming::Kind::Invalid) {
      writer.notify("x", nullptr);
      std::size_t again = 0;
      MessageReader back(chunks(framed, 7, again));
      Frame g = back.next();
      ijl_fuzz::check(g.kind == Frame::Kind::Message && parse_message(g.body).method == "x", "re-framed message lost");
    }
  }
}

void check_text(std::string_view text, std::uint32_t seed) {
  const TextLines lines(text);
  for (Encoding e : {Encoding::Utf8, Encoding::Utf16, Encoding::Utf32}) {
    for (std::uint32_t k = 0; k < 4; ++k) {
      const std::uint32_t offset = text.empty() ? 0 : (seed * (k + 1) * 2654435761u) % (text.size() + 1);
      const TextPosition p = lines.position(offset, e);
      const std::uint32_t back = lines.offset(p, e);
      ijl_fuzz::check(back <= text.size(), "offset past the end");
      ijl_fuzz::check(p.line < lines.line_count(), "line past the last");
      const TextPosition far{p.line + k, p.character * 3 + k};
      ijl_fuzz::check(lines.offset(far, e) <= text.size(), "clamped offset past the end");
      std::string edited(text);
      apply_change(edited, TextRange{p, far}, "é", e);
      ijl_fuzz::check(edited.size() <= text.size() + 2, "an edit grew the text by more than its replacement");
      for (At at : {At::Cursor, At::Character}) {
        for (const Place& place : {locate_json(text, offset, at), locate_yaml(text, offset, at)}) {
          ijl_fuzz::check(place.token.begin <= place.token.end && place.token.end <= text.size(), "token outside the text");
        }
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 1) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data + 1), size - 1);
  check_frames(input, 1 + data[0] % 64);
  check_text(input, data[0]);
  return 0;
}
