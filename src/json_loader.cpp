// nlohmann 3.11 gives no positions, so a counting iterator tells how far the lexer has read
// when each SAX event fires; token starts are found by skipping separators from the last end.
#include "json_loader.hpp"

#include <cmath>
#include <cstdlib>
#include <iterator>
#include <nlohmann/json.hpp>
#include <vector>

#include "unicode.hpp"
#ifdef IJL_SIMDJSON
#include "json_fast.hpp"
#endif

namespace ijl {
namespace {

// Wraps a byte pointer; every advance is recorded in a shared cursor.
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* p, const char** cursor) : p_(p), cursor_(cursor) {}
  reference operator*() const { return *p_; }
  CountingIterator& operator++() {
    ++p_;
    *cursor_ = p_;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator old = *this;
    ++*this;
    return old;
  }
  bool operator==(const CountingIterator& o) const { return p_ == o.p_; }
  bool operator!=(const CountingIterator& o) const { return p_ != o.p_; }

 private:
  const char* p_;
  const char** cursor_;
};

// Deeper nesting is IJ001: the tree and the rules recurse, and no job nests this deep.
constexpr std::size_t kMaxDepth = 1000;

bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// End of the number token at `i`, by RFC 8259's grammar, as nlohmann's lexer takes it:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?  (so `01` is the number 0, then 1).
std::size_t number_end(std::string_view t, std::size_t i) {
  if (i < t.size() && t[i] == '-') ++i;
  if (i < t.size() && t[i] == '0') {
    ++i;
  } else {
    while (i < t.size() && is_digit(t[i])) ++i;
  }
  if (i + 1 < t.size() && t[i] == '.' && is_digit(t[i + 1])) {
    i += 2;
    while (i < t.size() && is_digit(t[i])) ++i;
  }
  if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
    std::size_t j = i + 1;
    if (j < t.size() && (t[j] == '+' || t[j] == '-')) ++j;
    if (j < t.size() && is_digit(t[j])) {
      while (j < t.size() && is_digit(t[j])) ++j;
      i = j;
    }
  }
  return i;
}

// A number literal beyond the double range, as offsets into the text.
struct Huge {
  std::uint32_t begin, end;
};

// RFC 8259 allows any number literal, but nlohmann rejects one beyond the double range
// ("number overflow", error 406). This finds every such literal outside strings, in one pass.
std::vector<Huge> huge_numbers(std::string_view t) {
  std::vector<Huge> out;
  for (std::size_t i = 0; i < t.size();) {
    char c = t[i];
    if (c == '"') {
      for (++i; i < t.size() && t[i] != '"'; ++i) {
        if (t[i] == '\\') ++i;
      }
      ++i;
    } else if (c == '-' || is_digit(c)) {
      std::size_t end = number_end(t, i);
      if (end == i) end = i + 1;  // a lone '-'
      std::string_view literal = t.substr(i, end - i);
      // at most 309 digits without an exponent fit a double
      if (literal.find_first_of("eE") != std::string_view::npos || literal.size() > 309) {
        if (std::isinf(std::strtod(std::string(literal).c_str(), nullptr))) {
          out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end)});
        }
      }
      i = end;
    } else {
      ++i;
    }
  }
  return out;
}

// nlohmann's lexer appends every character of a token with string_t::push_back, and GCC
// leaves std::string's out of line (a call a character: 15% of the instructions of a NDJSON
// record). The parser's string type is this buffer instead, whose push_back inlines. It is
// the lexer's scratch only: the builder copies each token into the tree's std::string.
class TokenBuffer {
 public:
  using value_type = char;
  using size_type = std::size_t;
  using traits_type = std::char_traits<char>;
  using allocator_type = std::allocator<char>;
  using const_iterator = const char*;
  using iterator = char*;

  TokenBuffer() = default;
  // What nlohmann's binary readers (CBOR, BSON...) need to compile; JSON never uses them.
  TokenBuffer(const char* s) { append(std::string_view(s)); }  // NOLINT
  TokenBuffer(const std::string& s) { append(std::string_view(s)); }  // NOLINT
  TokenBuffer(std::size_t n, char c) {
    while (n-- > 0) push_back(c);
  }
  void append(const TokenBuffer& t) { append(t.view()); }
  void append(std::string_view v) {
    for (char c : v) push_back(c);
  }

  // always_inline: the lexer's scan functions are too large for GCC to inline it otherwise
  [[gnu::always_inline]] void push_back(char c) {
    if (size_ + 1 >= buf_.size()) [[unlikely]] grow();
    buf_[size_++] = c;
  }
  void clear() { size_ = 0; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // NUL-terminated: the lexer hands it to strtod and strtoull
  const char* data() const {
    if (buf_.empty()) return "";
    buf_[size_] = '\0';
    return buf_.data();
  }
  const char* c_str() const { return data(); }
  const char* begin() const { return buf_.data(); }
  const char* end() const { return buf_.data() + size_; }
  std::string_view view() const { return {buf_.data(), size_}; }

 private:
  [[gnu::noinline]] void grow() { buf_.resize(std::max<std::size_t>(64, buf_.size() * 2)); }
  mutable std::string buf_;
  std::size_t size_ = 0;
};

using ParseJson = nlohmann::basic_json<std::map, std::vector, TokenBuffer>;

class Builder : public nlohmann::json_sax<ParseJson> {
 public:
  // `huge`: the literals of `original` that `text` replaces by `0` and spaces (see load_json).
  Builder(std::string_view text, std::uint32_t base, const char** cursor, std::string_view original = {},
          std::vector<Huge> huge = {})
      : text_(text), original_(original.empty() ? text : original), base_(base), cursor_(cursor), huge_(std::move(huge)) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") last_end_ = 3;
    for (auto& level : scratch_) {  // a parse that failed left its open containers' children
      level.members.clear();
      level.items.clear();
    }
  }
  ~Builder() {
    for (auto& level : scratch_) {  // keep what an ordinary document needs, not a huge one's
      if (level.members.capacity() > kKeptScratch) std::vector<Member>().swap(level.members);
      if (level.items.capacity() > kKeptScratch) std::vector<Node>().swap(level.items);
    }
  }
  Builder(const Builder&) = delete;
  Builder& operator=(const Builder&) = delete;

  bool null() override { return scalar(Kind::Null); }
  bool boolean(bool v) override {
    Node& n = add(Kind::Bool);
    n.boolean = v;
    return true;
  }
  bool number_integer(number_integer_t v) override { return number(static_cast<double>(v)); }
  bool number_unsigned(number_unsigned_t v) override { return number(static_cast<double>(v)); }
  bool number_float(number_float_t v, const string_t&) override { return number(v); }
  bool string(string_t& v) override {
    Node& n = add(Kind::String);
    n.text = v.view();
    return true;
  }
  bool binary(binary_t&) override { return false; }
  bool start_object(std::size_t) override { return open(Kind::Object); }
  bool key(string_t& k) override {
    std::uint32_t start = token_start();
    std::uint32_t end = consumed();
    last_end_ = end;
    open_members().push_back(Member{std::string(k.view()), {base_ + start, base_ + end}, Node{}});
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(Kind::Array); }
  bool end_array() override { return close(); }

  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    std::string what = ex.what();
    // "...: syntax error while parsing value - invalid literal; last read: 'tru'"
    auto dash = what.find(" - ");
    std::string reason = dash == std::string::npos ? what : what.substr(dash + 3);
    auto colon = what.find("]");
    if (dash == std::string::npos && colon != std::string::npos) reason = what.substr(colon + 2);
    std::uint32_t offset;
    if (reason.find("last read:") != std::string::npos || ex.id == 406) {
      // a lexer error: the lexer stopped on the offending byte
      offset = position == 0 ? 0 : static_cast<std::uint32_t>(position - 1);
      if (ex.id == 406) offset = token_start();
    } else if (reason.find("unexpected end of input") != std::string::npos) {
      offset = static_cast<std::uint32_t>(text_.size());
    } else {
      // a parser error: the unexpected token starts after the last accepted one
      offset = token_start();
    }
    if (offset > text_.size()) offset = static_cast<std::uint32_t>(text_.size());
    huge_error_ = ex.id == 406;
    error_ = LoadError{base_ + offset, explain(reason, offset)};
    return false;
  }

  Node take_root() { return std::move(root_); }
  LoadError error() const { return error_; }
  // The parse stopped at a number beyond the double range.
  bool stopped_at_huge_number() const { return huge_error_; }

 private:
  // nlohmann's wording, plus the strict-JSON rule a user most likely broke.
  std::string explain(std::string reason, std::uint32_t offset) const {
    // the lexer's "last read" echoes a whole token, often a line or more: the position says it better
    auto last = reason.find("; last read: '");
    auto quote = reason.rfind('\'');
    if (last != std::string::npos && quote > last + 13) reason.erase(last, quote - last + 1);
    char c = offset < text_.size() ? text_[offset] : '\0';
    if (c == '/') return "comments are not allowed in JSON (" + reason + ")";
    if (c == '\'') return "strings must use double quotes in JSON (" + reason + ")";
    if (text_.compare(offset, 3, "NaN") == 0 || text_.compare(offset, 8, "Infinity") == 0 ||
        text_.compare(offset, 9, "-Infinity") == 0) {
      return "NaN and Infinity are not valid JSON numbers (" + reason + ")";
    }
    if ((c == '}' || c == ']') && last_end_ < offset) {
      std::uint32_t i = offset;
      while (i > last_end_ && is_ws(text_[i - 1])) --i;
      if (i > last_end_ && text_[i - 1] == ',') return "trailing comma before '" + std::string(1, c) + "' (" + reason + ")";
    }
    // after a value where `,` or the closing bracket was expected
    if (reason.rfind("unexpected", 0) == 0 &&
        (reason.find("expected '}'") != std::string::npos || reason.find("expected ']'") != std::string::npos) &&
        c != '\0') {
      return "missing comma (" + reason + ")";
    }
    return reason;
  }

  std::uint32_t consumed() const { return static_cast<std::uint32_t>(*cursor_ - text_.data()); }

  // The next token begins after whitespace and at most one `,` or `:`.
  std::uint32_t token_start() const {
    std::uint32_t i = last_end_;
    while (i < text_.size() && is_ws(text_[i])) ++i;
    if (i < text_.size() && (text_[i] == ',' || text_[i] == ':')) {
      ++i;
      while (i < text_.size() && is_ws(text_[i])) ++i;
    }
    return i;
  }

  Node& add(Kind kind) {
    std::uint32_t start = token_start();
    std::uint32_t end = consumed();
    if (kind == Kind::Number) {
      // the lexer reads one byte past a number; the literal is the run of number bytes
      end = static_cast<std::uint32_t>(number_end(text_, start));
      if (next_huge_ < huge_.size() && huge_[next_huge_].begin == start) end = huge_[next_huge_].end;
    }
    last_end_ = end;
    Node* n;
    if (stack_.empty()) {
      n = &root_;
    } else if (stack_.back()->kind == Kind::Object) {
      n = &open_members().back().value;
    } else {
      n = &open_items().emplace_back();
    }
    n->kind = kind;
    n->range = {base_ + start, base_ + end};
    return *n;
  }

  bool scalar(Kind kind) {
    add(kind);
    return true;
  }

  bool number(double v) {
    Node& n = add(Kind::Number);
    n.number = v;
    n.text.assign(original_.data() + (n.range.begin - base_), n.range.end - n.range.begin);
    if (next_huge_ < huge_.size() && huge_[next_huge_].begin == n.range.begin - base_) {
      // the literal as written; the type check and the limit rules judge it (an integer field
      // takes no 1e400, a maximum is exceeded), and as a double it is infinite
      n.number = n.text[0] == '-' ? -HUGE_VAL : HUGE_VAL;
      ++next_huge_;
    }
    return true;
  }

  bool open(Kind kind) {
    if (stack_.size() >= kMaxDepth) {
      error_ = LoadError{base_ + token_start(), "arrays and objects are nested more than " + std::to_string(kMaxDepth) +
                                                    " deep"};
      return false;
    }
    Node& n = add(kind);
    stack_.push_back(&n);
    if (scratch_.size() < stack_.size()) scratch_.resize(stack_.size());
    return true;
  }

  // Children of the open containers gather in scratch vectors kept from object to object;
  // on close they move into a vector of exactly their number (one allocation a container).
  struct Scratch {
    std::vector<Member> members;
    std::vector<Node> items;
  };
  std::vector<Member>& open_members() { return scratch_[stack_.size() - 1].members; }
  std::vector<Node>& open_items() { return scratch_[stack_.size() - 1].items; }

  bool close() {
    std::uint32_t start = token_start();
    last_end_ = start + 1;
    Node& n = *stack_.back();
    n.range.end = base_ + last_end_;
    Scratch& open = scratch_[stack_.size() - 1];
    if (n.kind == Kind::Object) {
      n.members.reserve(open.members.size());
      std::move(open.members.begin(), open.members.end(), std::back_inserter(n.members));
      open.members.clear();
    } else {
      n.items.reserve(open.items.size());
      std::move(open.items.begin(), open.items.end(), std::back_inserter(n.items));
      open.items.clear();
    }
    stack_.pop_back();
    return true;
  }

  std::string_view text_;
  std::string_view original_;  // the file's text: it differs from text_ only in huge_
  std::uint32_t base_;
  const char** cursor_;
  std::vector<Huge> huge_;
  std::size_t next_huge_ = 0;
  bool huge_error_ = false;
  std::uint32_t last_end_ = 0;
  Node root_;
  std::vector<Node*> stack_;
  // one per open container, by depth; kept from document to document on each thread
  static thread_local std::vector<Scratch> scratch_;
  static constexpr std::size_t kKeptScratch = 4096;
  LoadError error_;
};

thread_local std::vector<Builder::Scratch> Builder::scratch_;

}  // namespace

namespace {
#ifdef IJL_SIMDJSON
FastJsonLoader fast_loader = load_json_fast;
#else
FastJsonLoader fast_loader = nullptr;
#endif
}  // namespace

LoadResult load_json(std::string_view text, std::uint32_t base) {
  // the fast path takes every well-formed document; the rest come here for IJ001's message
  if (fast_loader) {
    LoadResult fast;
    if (fast_loader(text, base, fast.root)) {
      fast.ok = true;
      return fast;
    }
  }
  return load_json_precise(text, base);
}

void use_fast_json(FastJsonLoader loader) { fast_loader = loader; }

bool fast_json_built() { return fast_loader != nullptr; }

LoadResult load_json_precise(std::string_view text, std::uint32_t base) {
  LoadResult result;
  std::size_t bad = first_invalid_utf8(text);
  if (bad != std::string_view::npos) {
    result.error = {base + static_cast<std::uint32_t>(bad), "the file is not valid UTF-8"};
    return result;
  }
  // One parse, and a second only when the first stopped at a number beyond the double range:
  // then each such number is written as `0` and spaces, so every offset stays, and the builder
  // puts the literal back. One call site keeps nlohmann's lexer inlined (it is half the time).
  std::string patched;
  std::vector<Huge> huge;
  for (int attempt = 0; attempt < 2; ++attempt) {
    std::string_view bytes = attempt == 0 ? text : std::string_view(patched);
    const char* cursor = bytes.data();
    Builder builder(bytes, base, &cursor, text, std::move(huge));
    CountingIterator first(bytes.data(), &cursor);
    CountingIterator last(bytes.data() + bytes.size(), &cursor);
    result.ok = ParseJson::sax_parse(first, last, &builder);
    if (result.ok) {
      result.root = builder.take_root();
      break;
    }
    result.error = builder.error();
    if (attempt > 0 || !builder.stopped_at_huge_number()) break;
    huge = huge_numbers(text);
    if (huge.empty()) break;
    patched.assign(text);
    for (const Huge& h : huge) {
      patched.replace(h.begin, h.end - h.begin, h.end - h.begin, ' ');
      patched[h.begin] = '0';
    }
  }
  // nlohmann's lexer takes a NUL byte outside a string for the end of input: what follows
  // would pass unread. (Inside a string it is an error of its own, at the NUL.)
  std::size_t nul = text.find('\0');
  if (nul != std::string_view::npos && (result.ok || result.error.offset > base + nul)) {
    result.ok = false;
    result.root = Node{};
    result.error = {base + static_cast<std::uint32_t>(nul), "a NUL byte outside a string (is the file UTF-16?)"};
  }
  return result;
}

const Member* Node::find(std::string_view key) const {
  for (auto it = members.rbegin(); it != members.rend(); ++it) {
    if (it->key == key) return &*it;
  }
  return nullptr;
}

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::Null: return "null";
    case Kind::Bool: return "boolean";
    case Kind::Number: return "number";
    case Kind::String: return "string";
    case Kind::Array: return "array";
    case Kind::Object: return "object";
  }
  return "value";
}

}  // namespace ijl
