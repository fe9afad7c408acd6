// Tests for src/lsp_transport.hpp: Content-Length framing, malformed headers, JSON-RPC classification.
#include "lsp_transport.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace ijl::lsp {
namespace {

// Every frame of `input`, served `chunk` bytes at a time.
std::vector<Frame> frames(const std::string& input, std::size_t chunk = 1, std::size_t max_body = kMaxMessageBody) {
  std::size_t pos = 0;
  MessageReader reader(
      [&](char* buffer, std::size_t size) {
        const std::size_t n = std::min({size, chunk, input.size() - pos});
        std::copy_n(input.data() + pos, n, buffer);
        pos += n;
        return n;
      },
      max_body);
  std::vector<Frame> out;
  for (;;) {
    out.push_back(reader.next());
    if (out.back().kind == Frame::Kind::End) return out;
  }
}

std::string framed(const std::string& body) { return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body; }

TEST(LspTransport, ReadsMessagesBackToBackInAnyChunking) {
  const std::string input = framed(R"({"a":1})") + "content-length:  10 \r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n" +
                            R"({"b":"é"})" + framed("{}");
  for (std::size_t chunk : {1, 3, 1000}) {
    auto f = frames(input, chunk);
    ASSERT_EQ(f.size(), 4u) << chunk;
    EXPECT_EQ(f[0].body, R"({"a":1})");
    EXPECT_EQ(f[1].body, R"({"b":"é"})");
    EXPECT_EQ(f[2].body, "{}");
    EXPECT_EQ(f[3].kind, Frame::Kind::End);
  }
}

TEST(LspTransport, MalformedHeadersAreReportedAndReadingGoesOn) {
  struct Case {
    std::string header;
    std::string problem;
  };
  const Case cases[] = {
      {"Content-Type: x\r\n\r\n", "no Content-Length header"},
      {"Content-Length: ten\r\n\r\n", "Content-Length is not a number"},
      {"Content-Length: -1\r\n\r\n", "Content-Length is not a number"},
      {"Content-Length: 99999999999999999999999\r\n\r\n", "Content-Length is not a number"},
      {"Content-Length: 2\r\nContent-Length: 3\r\n\r\n", "two different Content-Length headers"},
      {"garbage\r\n\r\n", "header line without a colon"},
      {std::string(10000, 'x') + "\r\n\r\n", "header line longer than 8192 bytes"},
  };
  for (const auto& c : cases) {
    auto f = frames(c.header + framed(R"({"ok":1})"), 5);
    ASSERT_EQ(f.size(), 3u) << c.header.substr(0, 40);
    EXPECT_EQ(f[0].kind, Frame::Kind::BadHeader);
    EXPECT_EQ(f[0].problem, c.problem);
    EXPECT_EQ(f[1].body, R"({"ok":1})");
  }
}

TEST(LspTransport, AnOversizedBodyIsSkippedUnread) {
  auto f = frames(framed(std::string(100, ' ')) + framed("{}"), 7, 50);
  ASSERT_EQ(f.size(), 3u);
  EXPECT_EQ(f[0].kind, Frame::Kind::TooLarge);
  EXPECT_EQ(f[0].problem, "message of 100 bytes is over the limit of 50 bytes");
  EXPECT_EQ(f[1].body, "{}");
}

TEST(LspTransport, InputEndingMidMessageEndsReading) {
  auto f = frames("Content-Length: 10\r\n\r\n{\"a\"");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].kind, Frame::Kind::End);
  EXPECT_EQ(frames("Content-Len").size(), 1u);
}

TEST(LspTransport, ClassifiesByJsonRpcRules) {
  auto request = parse_message(R"({"jsonrpc":"2.0","id":7,"method":"m","params":{"x":1}})");
  EXPECT_EQ(request.kind, Incoming::Kind::Request);
  EXPECT_EQ(request.id, 7);
  EXPECT_EQ(request.params["x"], 1);
  EXPECT_EQ(parse_message(R"({"jsonrpc":"2.0","id":"s","method":"m"})").kind, Incoming::Kind::Request);
  EXPECT_EQ(parse_message(R"({"jsonrpc":"2.0","method":"m"})").kind, Incoming::Kind::Notification);
  EXPECT_EQ(parse_message(R"({"jsonrpc":"2.0","id":1,"result":null})").kind, Incoming::Kind::Response);

  struct Bad {
    const char* body;
    int code;
    const char* id;  // as JSON
  };
  const Bad bad[] = {
      {"{\"jsonrpc\":", error_code::kParseError, "null"},
      {"[1]", error_code::kInvalidRequest, "null"},
      {"42", error_code::kInvalidRequest, "null"},
      {R"({"id":1,"method":"m"})", error_code::kInvalidRequest, "1"},
      {R"({"jsonrpc":"1.0","id":1,"method":"m"})", error_code::kInvalidRequest, "1"},
      {R"({"jsonrpc":"2.0","id":1,"method":3})", error_code::kInvalidRequest, "1"},
      {R"({"jsonrpc":"2.0","id":true,"method":"m"})", error_code::kInvalidRequest, "null"},
      {R"({"jsonrpc":"2.0","id":2,"method":"m","params":"x"})", error_code::kInvalidRequest, "2"},
      {R"({"jsonrpc":"2.0","id":3})", error_code::kInvalidRequest, "3"},
  };
  for (const auto& b : bad) {
    auto in = parse_message(b.body);
    EXPECT_EQ(in.kind, Incoming::Kind::Invalid) << b.body;
    EXPECT_EQ(in.error, b.code) << b.body;
    EXPECT_EQ(in.id.dump(), b.id) << b.body;
    EXPECT_FALSE(in.problem.empty()) << b.body;
  }
}

TEST(LspTransport, ANotificationWithoutParamsHasNone) {
  std::string out;
  MessageWriter writer([&](std::string_view bytes) {
    out.append(bytes);
    return true;
  });
  writer.notify("exit", nullptr);
  EXPECT_EQ(out, framed(R"({"jsonrpc":"2.0","method":"exit"})"));
  EXPECT_EQ(parse_message(R"({"jsonrpc":"2.0","method":"exit"})").kind, Incoming::Kind::Notification);
}

TEST(LspTransport, WriterFramesAndStopsAfterTheSinkFails) {
  std::string out;
  int calls = 0;
  MessageWriter writer([&](std::string_view bytes) {
    ++calls;
    out.append(bytes);
    return calls < 3;
  });
  writer.respond(1, "é");
  const std::string body = R"({"id":1,"jsonrpc":"2.0","result":"é"})";
  EXPECT_EQ(out, framed(body));
  writer.notify("n", nullptr);  // the sink fails on its header: nothing more is written
  writer.notify("n", nullptr);
  EXPECT_EQ(calls, 3);
}

}  // namespace
}  // namespace ijl::lsp
