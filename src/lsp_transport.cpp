// Content-Length framing and JSON-RPC message classification, strict where the spec is and
// bounded in memory whatever the input.
#include "lsp_transport.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>

namespace ijl::lsp {
namespace {

// A header line longer than this is malformed (real ones are under 100 bytes).
constexpr std::size_t kMaxHeaderLine = 8192;
constexpr std::size_t kMaxHeaderLines = 64;
constexpr std::size_t kChunk = std::size_t{1} << 16;

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

MessageReader::MessageReader(Source source, std::size_t max_body) : source_(std::move(source)), max_body_(max_body) {}

bool MessageReader::fill() {
  if (pos_ > 0 && pos_ == buffer_.size()) {
    buffer_.clear();
    pos_ = 0;
  } else if (pos_ > kChunk) {
    buffer_.erase(0, pos_);
    pos_ = 0;
  }
  const std::size_t old = buffer_.size();
  buffer_.resize(old + kChunk);
  const std::size_t got = source_(buffer_.data() + old, kChunk);
  buffer_.resize(old + got);
  return got > 0;
}

// One line without its `\n` (and a `\r` before it). A line over the limit is consumed to its
// end without being kept, and `too_long` set. False: the input ended first.
bool MessageReader::read_line(std::string& line, bool& too_long) {
  line.clear();
  too_long = false;
  for (;;) {
    const std::size_t nl = buffer_.find('\n', pos_);
    const std::size_t end = nl == std::string::npos ? buffer_.size() : nl;
    if (!too_long) {
      line.append(buffer_, pos_, end - pos_);
      if (line.size() > kMaxHeaderLine) {
        too_long = true;
        line.clear();
      }
    }
    pos_ = end;
    if (nl != std::string::npos) {
      ++pos_;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return true;
    }
    if (!fill()) return false;
  }
}

Frame MessageReader::next() {
  Frame frame;
  std::optional<std::size_t> length;
  std::string line;
  std::size_t lines = 0;
  for (;;) {
    bool too_long = false;
    if (!read_line(line, too_long)) return {Frame::Kind::End, {}, {}};
    if (!too_long && line.empty()) {
      if (lines == 0) continue;  // a stray line break between messages
      break;
    }
    ++lines;
    if (!frame.problem.empty()) continue;  // already malformed: read on to the blank line
    if (too_long) {
      frame.problem = "header line longer than " + std::to_string(kMaxHeaderLine) + " bytes";
      continue;
    }
    if (lines > kMaxHeaderLines) {
      frame.problem = "more than " + std::to_string(kMaxHeaderLines) + " header lines";
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string::npos) {
      frame.problem = "header line without a colon";
      continue;
    }
    if (lower(trim(std::string_view(line).substr(0, colon))) != "content-length") continue;  // Content-Type: utf-8 only
    const std::string_view value = trim(std::string_view(line).substr(colon + 1));
    std::size_t n = 0;
    auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (value.empty() || ec != std::errc() || p != value.data() + value.size()) {
      frame.problem = "Content-Length is not a number";
    } else if (length && *length != n) {
      frame.problem = "two different Content-Length headers";
    } else {
      length = n;
    }
  }
  if (frame.problem.empty() && !length) frame.problem = "no Content-Length header";
  if (!frame.problem.empty()) {
    frame.kind = Frame::Kind::BadHeader;
    return frame;
  }
  if (*length > max_body_) {
    // skipped in chunks, never held
    std::size_t left = *length;
    while (left > 0) {
      if (pos_ == buffer_.size() && !fill()) return {Frame::Kind::End, {}, {}};
      const std::size_t take = std::min(left, buffer_.size() - pos_);
      pos_ += take;
      left -= take;
    }
    frame.kind = Frame::Kind::TooLarge;
    frame.problem = "message of " + std::to_string(*length) + " bytes is over the limit of " +
                    std::to_string(max_body_) + " bytes";
    return frame;
  }
  const std::size_t buffered = std::min(*length, buffer_.size() - pos_);
  frame.body.assign(buffer_, pos_, buffered);
  pos_ += buffered;
  // the rest straight into the body: a 50 MB document is not copied through the buffer
  std::size_t have = buffered;
  frame.body.resize(*length);
  while (have < *length) {
    const std::size_t got = source_(frame.body.data() + have, *length - have);
    if (got == 0) return {Frame::Kind::End, {}, {}};
    have += got;
  }
  frame.kind = Frame::Kind::Message;
  return frame;
}

Incoming parse_message(std::string_view body) {
  Incoming in;
  in.error = error_code::kInvalidRequest;
  json m = json::parse(body, nullptr, false);
  if (m.is_discarded()) {
    in.error = error_code::kParseError;
    in.problem = "the message is not valid JSON";
    return in;
  }
  if (!m.is_object()) {
    in.problem = m.is_array() ? "batches are not supported" : "a message must be a JSON object";
    return in;
  }
  const auto id = m.find("id");
  const bool id_ok = id != m.end() && (id->is_number_integer() || id->is_string());
  if (id_ok) in.id = *id;
  const auto version = m.find("jsonrpc");
  if (version == m.end() || *version != "2.0") {
    in.problem = "\"jsonrpc\" must be \"2.0\"";
    return in;
  }
  const auto method = m.find("method");
  if (method == m.end()) {
    if (id != m.end() && (m.contains("result") || m.contains("error"))) {
      in.kind = Incoming::Kind::Response;
      return in;
    }
    in.problem = "a message needs a method, or a result or an error";
    return in;
  }
  if (!method->is_string()) {
    in.problem = "\"method\" must be a string";
    return in;
  }
  if (id != m.end() && !id_ok) {
    in.problem = "\"id\" must be an integer or a string";
    return in;
  }
  const auto params = m.find("params");
  if (params != m.end() && !params->is_object() && !params->is_array()) {
    in.problem = "\"params\" must be an object or an array";
    return in;
  }
  in.kind = id_ok ? Incoming::Kind::Request : Incoming::Kind::Notification;
  in.method = method->get<std::string>();
  if (params != m.end()) in.params = std::move(*params);
  in.error = 0;
  return in;
}

void MessageWriter::send(const json& message) {
  // a diagnostic message quotes the file: never let a stray byte stop the message
  const std::string body = message.dump(-1, ' ', false, json::error_handler_t::replace);
  const std::string header = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
  std::lock_guard lock(mutex_);
  if (broken_) return;
  broken_ = !sink_(header) || !sink_(body);
}

void MessageWriter::respond(const json& id, json result) {
  send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}});
}

void MessageWriter::fail(const json& id, int code, const std::string& message) {
  send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
}

void MessageWriter::notify(const std::string& method, json params) {
  json message = {{"jsonrpc", "2.0"}, {"method", method}};
  if (!params.is_null()) message["params"] = std::move(params);  // JSON-RPC: params absent, never null
  send(message);
}

}  // namespace ijl::lsp
