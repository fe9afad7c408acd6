// simdjson On-Demand into the project's Node tree. simdjson gives no offset per token: every
// range comes from pointer arithmetic on the input (a token's raw text, the location after a
// container's last child). Numbers are converted here, not by simdjson (3.0.1 misreads long
// fractions, upstream issue 2093).
#include "json_fast.hpp"

#include <simdjson.h>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <string>
#include <vector>

namespace ijl {
namespace {

namespace od = simdjson::ondemand;

constexpr std::size_t kMaxDepth = 1000;  // as the precise path: deeper is IJ001

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// RFC 8259's number grammar, then the double as the precise path has it (strtod's rounding,
// 0 for an underflow, an integer zero as +0). False beyond the double range (1e400): the
// precise path keeps such literals.
bool json_number(std::string_view t, double& out) {
  std::size_t i = 0, n = t.size();
  if (i < n && t[i] == '-') ++i;
  if (i == n) return false;
  if (t[i] == '0') {
    ++i;
  } else if (t[i] >= '1' && t[i] <= '9') {
    while (i < n && is_digit(t[i])) ++i;
  } else {
    return false;
  }
  bool integer = true;
  if (i < n && t[i] == '.') {
    integer = false;
    if (++i == n || !is_digit(t[i])) return false;
    while (i < n && is_digit(t[i])) ++i;
  }
  if (i < n && (t[i] == 'e' || t[i] == 'E')) {
    integer = false;
    ++i;
    if (i < n && (t[i] == '+' || t[i] == '-')) ++i;
    if (i == n || !is_digit(t[i])) return false;
    while (i < n && is_digit(t[i])) ++i;
  }
  if (i != n) return false;
  auto [p, ec] = std::from_chars(t.data(), t.data() + n, out);
  if (ec == std::errc::result_out_of_range) {
    // libstdc++ calls an underflow to zero out of range too; decide as strtod does
    std::string copy(t);
    out = std::strtod(copy.c_str(), nullptr);
    if (!std::isfinite(out)) return false;
  } else if (ec != std::errc() || p != t.data() + n) {
    return false;
  }
  if (integer && out == 0) out = 0.0;  // -0 is read as the integer 0
  return true;
}

class Builder {
 public:
  Builder(std::string_view text, std::uint32_t base, od::document& doc) : text_(text), base_(base), doc_(doc) {}

  bool root(Node& out) {
    od::json_type t;
    std::string_view raw;
    if (doc_.type().get(t) || doc_.raw_json_token().get(raw)) return false;
    const std::uint32_t start = offset(raw.data());
    if (t == od::json_type::object) {
      od::object obj;
      if (doc_.get_object().get(obj) || !object(obj, start, 1, out)) return false;
    } else if (t == od::json_type::array) {
      od::array arr;
      if (doc_.get_array().get(arr) || !array(arr, start, 1, out)) return false;
    } else {
      return false;  // root scalars: simdjson 3.0.1 accepts `nulll` there
    }
    const char* at;
    return doc_.current_location().get(at) == simdjson::OUT_OF_BOUNDS;  // nothing after the root
  }

  void reset() {
    for (auto& s : scratch_) {
      s.members.clear();
      s.items.clear();
    }
  }

 private:
  // Children gather per depth and move into their parent once, as the precise path does.
  struct Scratch {
    std::vector<Member> members;
    std::vector<Node> items;
  };

  std::uint32_t offset(const char* p) const { return static_cast<std::uint32_t>(p - text_.data()); }
  std::uint32_t token_end(std::string_view raw) const {  // raw tokens carry trailing whitespace
    std::size_t n = raw.size();
    while (n > 0 && is_ws(raw[n - 1])) --n;
    return offset(raw.data()) + static_cast<std::uint32_t>(n);
  }
  std::uint32_t container_end() {
    const char* at;
    std::size_t i = doc_.current_location().get(at) ? text_.size() : offset(at);
    while (i > 0 && is_ws(text_[i - 1])) --i;
    return static_cast<std::uint32_t>(i);
  }
  // asked twice a member: inline, with the growth out of line
  [[gnu::always_inline]] Scratch& scratch(std::size_t depth) {
    if (scratch_.size() < depth) [[unlikely]] grow(depth);
    return scratch_[depth - 1];
  }
  [[gnu::noinline]] static void grow(std::size_t depth) { scratch_.resize(depth); }

  bool object(od::object& obj, std::uint32_t start, std::size_t depth, Node& n) {
    if (depth > kMaxDepth) return false;
    n.kind = Kind::Object;
    n.range.begin = base_ + start;
    std::size_t first = scratch(depth).members.size();
    for (auto f : obj) {
      od::field field;
      if (std::move(f).get(field)) return false;
      const char* key_raw = field.key().raw();
      od::value v = field.value();
      std::string_view raw = v.raw_json_token();
      const std::uint32_t value_start = offset(raw.data());
      // the key token ends at its closing quote, before `:` and any spaces
      std::uint32_t k = value_start;
      while (k > 0 && text_[k - 1] != ':') --k;
      --k;
      while (k > 0 && is_ws(text_[k - 1])) --k;
      const std::uint32_t kb = offset(key_raw) - 1;
      std::string_view body = text_.substr(kb + 1, k - kb - 2);
      // built in place: deeper values use other depths' vectors, which leave this one's
      // elements where they are
      Member& m = scratch(depth).members.emplace_back();
      if (std::memchr(body.data(), '\\', body.size()) == nullptr) {
        m.key.assign(body);
      } else {
        std::string_view unescaped;
        if (field.unescaped_key().get(unescaped)) return false;
        m.key.assign(unescaped);
      }
      m.key_range = {base_ + kb, base_ + k};
      if (!value(v, raw, value_start, depth + 1, m.value)) return false;
    }
    Scratch& s = scratch(depth);
    n.members.reserve(s.members.size() - first);
    std::move(s.members.begin() + static_cast<std::ptrdiff_t>(first), s.members.end(), std::back_inserter(n.members));
    s.members.resize(first);
    n.range.end = base_ + container_end();
    return true;
  }

  bool array(od::array& arr, std::uint32_t start, std::size_t depth, Node& n) {
    if (depth > kMaxDepth) return false;
    n.kind = Kind::Array;
    n.range.begin = base_ + start;
    std::size_t first = scratch(depth).items.size();
    for (auto item : arr) {
      od::value v;
      if (item.get(v)) return false;
      std::string_view raw = v.raw_json_token();
      Node& child = scratch(depth).items.emplace_back();
      if (!value(v, raw, offset(raw.data()), depth + 1, child)) return false;
    }
    Scratch& s = scratch(depth);
    n.items.reserve(s.items.size() - first);
    std::move(s.items.begin() + static_cast<std::ptrdiff_t>(first), s.items.end(), std::back_inserter(n.items));
    s.items.resize(first);
    n.range.end = base_ + container_end();
    return true;
  }

  bool value(od::value& v, std::string_view raw, std::uint32_t start, std::size_t depth, Node& n) {
    od::json_type t;
    if (v.type().get(t)) return false;
    switch (t) {
      case od::json_type::object: {
        od::object obj;
        return !v.get_object().get(obj) && object(obj, start, depth, n);
      }
      case od::json_type::array: {
        od::array arr;
        return !v.get_array().get(arr) && array(arr, start, depth, n);
      }
      case od::json_type::string: {
        const std::uint32_t end = token_end(raw);
        std::string_view body = text_.substr(start + 1, end - start - 2);
        if (std::memchr(body.data(), '\\', body.size()) == nullptr) {
          od::raw_json_string ignored;  // consumes the token; stage 1 validated its bytes
          if (v.get_raw_json_string().get(ignored)) return false;
          n.text.assign(body);
        } else {
          std::string_view unescaped;
          if (v.get_string().get(unescaped)) return false;
          n.text.assign(unescaped);
        }
        n.kind = Kind::String;
        n.range = {base_ + start, base_ + end};
        return true;
      }
      case od::json_type::number: {
        const std::uint32_t end = token_end(raw);
        std::string_view literal = text_.substr(start, end - start);
        if (!json_number(literal, n.number)) return false;
        n.kind = Kind::Number;
        n.text.assign(literal);
        n.range = {base_ + start, base_ + end};
        return true;
      }
      case od::json_type::boolean: {
        if (v.get_bool().get(n.boolean)) return false;
        n.kind = Kind::Bool;
        n.range = {base_ + start, base_ + token_end(raw)};
        return true;
      }
      case od::json_type::null: {
        bool is_null = false;
        if (v.is_null().get(is_null) || !is_null) return false;
        n.kind = Kind::Null;
        n.range = {base_ + start, base_ + token_end(raw)};
        return true;
      }
    }
    return false;
  }

  std::string_view text_;
  std::uint32_t base_;
  od::document& doc_;
  static thread_local std::vector<Scratch> scratch_;
};

thread_local std::vector<Builder::Scratch> Builder::scratch_;

}  // namespace

bool load_json_fast(std::string_view text, std::uint32_t base, Node& out) {
  thread_local od::parser parser;
  thread_local std::string padded;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") {  // simdjson does not skip a BOM
    text.remove_prefix(3);
    base += 3;
  }
  std::size_t first = 0;
  while (first < text.size() && is_ws(text[first])) ++first;
  if (first == text.size() || (text[first] != '{' && text[first] != '[')) return false;
  // On-Demand reads up to SIMDJSON_PADDING bytes past the end: a padded copy of the slice
  padded.resize(text.size() + simdjson::SIMDJSON_PADDING);
  std::memcpy(padded.data(), text.data(), text.size());
  std::memset(padded.data() + text.size(), ' ', simdjson::SIMDJSON_PADDING);
  od::document doc;
  if (parser.iterate(padded.data(), text.size(), padded.size()).get(doc)) return false;
  Node root;
  Builder builder(std::string_view(padded.data(), text.size()), base, doc);
  if (!builder.root(root)) {
    builder.reset();  // the precise path takes over; what a failed parse gathered goes
    return false;
  }
  out = std::move(root);
  return true;
}

}  // namespace ijl
