// The LSP base protocol: JSON-RPC 2.0 messages framed by a `Content-Length` header, read
// from a byte source and written whole, one at a time, to a byte sink.
#pragma once

#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace ijl::lsp {

using json = nlohmann::json;

// JSON-RPC and LSP error codes.
namespace error_code {
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerNotInitialized = -32002;
}  // namespace error_code

// A message body may be this large: a 256 MiB document (the linter's file cap) with room for
// its JSON escapes.
inline constexpr std::size_t kMaxMessageBody = std::size_t{512} << 20;

struct Frame {
  enum class Kind : std::uint8_t {
    Message,    // `body` holds the message
    BadHeader,  // the header block was malformed (`problem` says how); what follows it is read as a new message
    TooLarge,   // the body was over the limit and was skipped unread
    End,        // the input ended (possibly in the middle of a message)
  };
  Kind kind = Kind::End;
  std::string body;
  std::string problem;
};

class MessageReader {
 public:
  // Fills up to `size` bytes of `buffer`; 0 at the end of the input.
  using Source = std::function<std::size_t(char* buffer, std::size_t size)>;
  explicit MessageReader(Source source, std::size_t max_body = kMaxMessageBody);

  Frame next();

 private:
  bool fill();
  bool read_line(std::string& line, bool& too_long);

  Source source_;
  std::size_t max_body_;
  std::string buffer_;
  std::size_t pos_ = 0;
};

// What a message body is, by JSON-RPC's rules.
struct Incoming {
  enum class Kind : std::uint8_t { Request, Notification, Response, Invalid };
  Kind kind = Kind::Invalid;
  json id;  // Request: a number or a string; Invalid: the id when one could be read, else null
  std::string method;
  json params;  // an object, an array or null
  int error = 0;  // Invalid: kParseError or kInvalidRequest
  std::string problem;
};

Incoming parse_message(std::string_view body);

// Serialises and frames messages; safe to call from several threads. After the sink fails
// (the client is gone) every message is dropped.
class MessageWriter {
 public:
  using Sink = std::function<bool(std::string_view bytes)>;
  explicit MessageWriter(Sink sink) : sink_(std::move(sink)) {}

  void send(const json& message);
  void respond(const json& id, json result);
  void fail(const json& id, int code, const std::string& message);
  void notify(const std::string& method, json params);

 private:
  Sink sink_;
  std::mutex mutex_;
  bool broken_ = false;
};

}  // namespace ijl::lsp
