// yaml-cpp's events carry a start mark only (at a node's anchor or tag when it has one), so
// the builder finds where each token ends itself, and reads scalars by the YAML 1.2 core schema.
#include "yaml_loader.hpp"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <mutex>
#include <set>
#include <charconv>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <istream>
#include <limits>
#include <map>
#include <sstream>

#include "unicode.hpp"

namespace ijl {
namespace {

// Tags are few and repeat (`!Ref`, `!Sub`, `!!float`): one copy each, shared by all threads.
std::string_view intern(const std::string& tag) {
  static std::mutex lock;
  static std::set<std::string, std::less<>> tags;
  std::lock_guard<std::mutex> hold(lock);
  return *tags.insert(tag).first;
}


// Aliases may expand to at most this many nodes per file (an alias bomb must not blow memory).
constexpr std::size_t kMaxAliasNodes = 100000;

// A problem the builder finds itself (yaml-cpp accepts it, or it has no place in a job model).
struct Failure {
  std::uint32_t offset;
  std::string message;
};

bool is_break(char c) { return c == '\n' || c == '\r'; }
bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_space(char c) { return is_blank(c) || is_break(c); }
bool is_flow_indicator(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// ---- the core schema ----

enum class Form { Null, Bool, Int, Float, NonFinite, String };

// `digits` in base `radix` as a decimal string (any length), and as a double.
std::string to_decimal(std::string_view digits, int radix, double& value) {
  std::vector<int> out{0};  // little-endian decimal digits
  value = 0;
  for (char c : digits) {
    int d = is_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10;
    value = value * radix + d;
    int carry = d;
    for (int& x : out) {
      int v = x * radix + carry;
      x = v % 10;
      carry = v / 10;
    }
    while (carry) {
      out.push_back(carry % 10);
      carry /= 10;
    }
  }
  while (out.size() > 1 && out.back() == 0) out.pop_back();
  std::string s;
  for (auto it = out.rbegin(); it != out.rend(); ++it) s.push_back(static_cast<char>('0' + *it));
  return s;
}

bool all_of(std::string_view s, bool (*pred)(char)) {
  return !s.empty() && std::all_of(s.begin(), s.end(), pred);
}

// `s` is a JSON-like literal; strtod saturates out-of-range values where from_chars gives up.
double parse_double(const std::string& s) { return std::strtod(s.c_str(), nullptr); }

// Reads `v` by the YAML 1.2 core schema into `n`. Numbers get a JSON-like `text` that the
// precision and integer checks read as they read JSON literals: `+1` → `1`, `.5` → `0.5`,
// `1.` → `1.0`, `0x1F` and `0o17` → their decimal value (`31`, `15`).
Form resolve_core(const std::string& v, Node& n) {
  if (v.empty() || v == "~" || v == "null" || v == "Null" || v == "NULL") {
    n.kind = Kind::Null;
    return Form::Null;
  }
  if (v == "true" || v == "True" || v == "TRUE" || v == "false" || v == "False" || v == "FALSE") {
    n.kind = Kind::Bool;
    n.boolean = v[0] == 't' || v[0] == 'T';
    return Form::Bool;
  }
  std::string_view s = v;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'o' || s[1] == 'x')) {
    std::string_view digits = s.substr(2);
    bool ok = s[1] == 'o' ? all_of(digits, [](char c) { return c >= '0' && c <= '7'; })
                          : all_of(digits, [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
    if (ok) {
      n.kind = Kind::Number;
      n.text = to_decimal(digits, s[1] == 'o' ? 8 : 16, n.number);
      return Form::Int;
    }
  }
  std::string_view sign;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    sign = s.substr(0, 1);
    s.remove_prefix(1);
  }
  std::string_view rest = s;
  if (rest == ".inf" || rest == ".Inf" || rest == ".INF" ||
      (sign.empty() && (rest == ".nan" || rest == ".NaN" || rest == ".NAN"))) {
    n.kind = Kind::Number;
    n.text = v;  // as written: the type check fails every number field on it (docs/rules/IJ004.md)
    n.number = rest[1] == 'i' || rest[1] == 'I' ? (sign == "-" ? -HUGE_VAL : HUGE_VAL)
                                                 : std::numeric_limits<double>::quiet_NaN();
    return Form::NonFinite;
  }
  // [-+]? ( \.[0-9]+ | [0-9]+ ( \.[0-9]* )? ) ( [eE][-+]?[0-9]+ )?
  std::size_t i = 0;
  while (i < s.size() && is_digit(s[i])) ++i;
  std::string_view whole = s.substr(0, i);
  bool point = i < s.size() && s[i] == '.';
  std::string_view fraction;
  if (point) {
    std::size_t f = ++i;
    while (i < s.size() && is_digit(s[i])) ++i;
    fraction = s.substr(f, i - f);
  }
  std::string_view exponent = s.substr(i);
  if (whole.empty() && fraction.empty()) return Form::String;
  if (!exponent.empty()) {
    std::string_view e = exponent.substr(1);
    if (exponent[0] != 'e' && exponent[0] != 'E') return Form::String;
    if (!e.empty() && (e[0] == '-' || e[0] == '+')) e.remove_prefix(1);
    if (!all_of(e, is_digit)) return Form::String;
  }
  n.kind = Kind::Number;
  n.text.clear();
  if (sign == "-") n.text += '-';
  if (whole.empty()) {
    n.text += '0';
  } else {
    n.text.append(whole.data(), whole.size());
  }
  if (point) {
    n.text += '.';
    if (fraction.empty()) {
      n.text += '0';
    } else {
      n.text.append(fraction.data(), fraction.size());
    }
  }
  n.text.append(exponent.data(), exponent.size());
  n.number = parse_double(n.text);
  return point || !exponent.empty() ? Form::Float : Form::Int;
}

// ---- finding where tokens end ----

class Source {
 public:
  // `first`: where the text starts after a BOM
  Source(std::string_view s, std::uint32_t first) : s_(s), first_(first) {}
  std::uint32_t size() const { return static_cast<std::uint32_t>(s_.size()); }
  char at(std::uint32_t i) const { return i < s_.size() ? s_[i] : '\0'; }
  std::string_view view() const { return s_; }

  std::uint32_t line_end(std::uint32_t i) const {
    while (i < size() && !is_break(s_[i])) ++i;
    return i;
  }
  std::uint32_t next_line(std::uint32_t i) const {
    i = line_end(i);
    if (i < size() && s_[i] == '\r') ++i;
    if (i < size() && s_[i] == '\n') ++i;
    return i;
  }
  std::uint32_t line_start(std::uint32_t i) const {
    while (i > first_ && !is_break(s_[i - 1])) --i;
    return i;
  }
  bool starts_comment(std::uint32_t i) const { return at(i) == '#' && (i == 0 || is_space(s_[i - 1])); }

  // Past white space, line breaks and comments.
  std::uint32_t skip_separation(std::uint32_t i) const {
    while (i < size()) {
      if (is_space(s_[i])) {
        ++i;
      } else if (starts_comment(i)) {
        i = line_end(i);
      } else {
        break;
      }
    }
    return i;
  }

  // Past a node's anchor (`&a`) and tag (`!!str`); `props_end` = the end of the last one.
  std::uint32_t skip_properties(std::uint32_t i, bool flow, std::uint32_t& props_end) const {
    props_end = i;
    if (at(i) != '&' && at(i) != '!') return i;
    while (at(i) == '&' || at(i) == '!') {
      while (i < size() && !is_space(s_[i]) && !(flow && is_flow_indicator(s_[i]))) ++i;
      props_end = i;
      i = skip_separation(i);
    }
    return i;
  }

  std::uint32_t quoted_end(std::uint32_t begin) const {
    char q = s_[begin];
    for (std::uint32_t i = begin + 1; i < size(); ++i) {
      if (q == '"' && s_[i] == '\\') {
        ++i;
      } else if (s_[i] == q) {
        if (q == '\'' && at(i + 1) == '\'') {
          ++i;  // '' is an escaped quote
        } else {
          return i + 1;
        }
      }
    }
    // yaml-cpp accepts an unterminated quoted scalar that ends in a line break
    throw Failure{size(), "end of input inside a quoted scalar"};
  }

  // A plain scalar's first line, as far as its text goes (not a ` #` comment, not a `: `).
  std::uint32_t plain_end(std::uint32_t begin, const std::string& value, bool flow) const {
    if (s_.substr(begin, value.size()) == value) return begin + static_cast<std::uint32_t>(value.size());
    std::uint32_t end = begin;
    for (std::uint32_t i = begin; i < size() && !is_break(s_[i]); ++i) {
      char c = s_[i];
      if (c == '#' && i > begin && is_blank(s_[i - 1])) break;
      if (flow && is_flow_indicator(c)) break;
      if (c == ':' && (is_space(at(i + 1)) || i + 1 >= size() || (flow && is_flow_indicator(at(i + 1))))) break;
      if (!is_blank(c)) end = i + 1;
    }
    return end;
  }

  // A block scalar's header: `|` or `>` with its indentation and chomping indicators.
  std::uint32_t block_header_end(std::uint32_t begin, int& indent_indicator) const {
    std::uint32_t i = begin + 1;
    indent_indicator = 0;
    while (i < size() && (s_[i] == '-' || s_[i] == '+' || (s_[i] >= '1' && s_[i] <= '9'))) {
      if (is_digit(s_[i])) indent_indicator = s_[i] - '0';
      ++i;
    }
    return i;
  }

  // Where a block scalar's content ends (the start of the first line that is not in it).
  // `parent` is the indentation of the collection holding it (-1 at the top level).
  std::uint32_t block_content_end(std::uint32_t begin, int parent) const {
    int indicator = 0;
    block_header_end(begin, indicator);
    std::uint32_t i = next_line(begin);
    int content = indicator ? parent + indicator : -1;
    std::uint32_t end = i;
    while (i < size()) {
      std::uint32_t j = i;
      while (j < size() && s_[j] == ' ') ++j;
      int indent = static_cast<int>(j - i);
      std::uint32_t k = j;
      while (k < size() && is_blank(s_[k])) ++k;
      bool blank = k >= size() || is_break(s_[k]);
      if (!blank) {
        if (content < 0) content = indent > parent ? indent : parent + 1;
        if (indent < content) break;
        if (indent == 0 && (s_.substr(i, 3) == "---" || s_.substr(i, 3) == "...") && is_space(at(i + 3))) break;
      }
      i = next_line(i);
      end = i;
    }
    return end;
  }

  std::uint32_t alias_end(std::uint32_t begin) const {
    std::uint32_t i = begin + 1;
    while (i < size() && !is_space(s_[i]) && !is_flow_indicator(s_[i])) ++i;
    return i;
  }

  // The closing bracket of a flow collection whose last token ended at `from`.
  std::uint32_t flow_close(std::uint32_t from) const {
    for (std::uint32_t i = from; i < size(); ++i) {
      if (s_[i] == ']' || s_[i] == '}') return i;
      if (starts_comment(i)) i = line_end(i);
    }
    return size();
  }

  // Where an empty value sits: just past the `:`, `-` or `?` that introduced it.
  std::uint32_t empty_value_at(std::uint32_t from, std::uint32_t limit) const {
    std::uint32_t p = from;
    for (std::uint32_t i = from; i < limit && i < size();) {
      char c = s_[i];
      if (is_space(c)) {
        ++i;
      } else if (starts_comment(i)) {
        i = line_end(i);
      } else if (c == ':' || c == '-' || c == '?') {
        p = ++i;
      } else {
        break;
      }
    }
    return p;
  }

  // The length of an explicit null token (`~`, `null`, `Null`, `NULL`) at `i`, or 0.
  std::uint32_t null_token(std::uint32_t i) const {
    for (std::string_view t : {"~", "null", "Null", "NULL"}) {
      if (s_.substr(i, t.size()) != t) continue;
      char next = at(i + static_cast<std::uint32_t>(t.size()));
      if (i + t.size() >= size() || is_space(next) || next == ',' || next == ']' || next == '}' || next == ':') {
        return static_cast<std::uint32_t>(t.size());
      }
    }
    return 0;
  }

  std::uint32_t char_end(std::uint32_t i) const {
    if (i >= size()) return i;
    ++i;
    while (i < size() && (static_cast<unsigned char>(s_[i]) & 0xC0) == 0x80) ++i;
    return i;
  }

 private:
  std::string_view s_;
  std::uint32_t first_;
};

// An anchored node: a scalar is kept by value, a collection by its path from the root.
struct Anchor {
  bool is_path = false;
  std::vector<std::uint32_t> path;
  Node scalar;
  std::string raw;  // a scalar's value as yaml-cpp read it (its text as a key)
};

std::size_t count_nodes(const Node& n, std::size_t limit) {
  std::size_t c = 1;
  for (const auto& it : n.items) {
    if (c > limit) break;
    c += count_nodes(it, limit - c);
  }
  for (const auto& m : n.members) {
    if (c > limit) break;
    c += count_nodes(m.value, limit - c);
  }
  return c;
}

class Builder : public YAML::EventHandler {
 public:
  Builder(const Source& src, std::uint32_t bom, std::vector<Node>& documents)
      : src_(src), bom_(bom), documents_(documents) {}

  const std::vector<Range>& literals() const { return literals_; }
  std::uint32_t offset(const YAML::Mark& m) const {
    if (m.is_null() || m.pos < 0) return src_.size();
    return std::min<std::uint32_t>(bom_ + static_cast<std::uint32_t>(m.pos), src_.size());
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    // yaml-cpp 0.7 can stall on a bad token (a lone `,`), starting empty documents at the
    // same place forever: that is a syntax error
    std::uint32_t at = offset(mark);
    if (at == last_doc_start_ && last_doc_empty_) throw Failure{at, "unexpected character"};
    last_doc_start_ = at;
    root_ = Node{};
    has_root_ = false;
    stack_.clear();
    anchors_.clear();
    last_end_ = std::max(last_end_, offset(mark));
  }

  void OnDocumentEnd() override {
    bool empty = root_.kind == Kind::Null && root_.range.begin == root_.range.end;
    last_doc_empty_ = !has_root_ || empty;
    if (has_root_ && !empty) documents_.push_back(std::move(root_));
    root_ = Node{};
  }

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    std::uint32_t at = offset(mark), props_end = 0;
    std::uint32_t begin = src_.skip_properties(at, in_flow(), props_end);
    std::uint32_t len = src_.null_token(begin);
    // an empty value's mark is the next token's: a `null` there that is a key is not this value
    if (len && !at_key()) {
      std::uint32_t after = begin + len;
      while (is_blank(src_.at(after))) ++after;
      if (src_.at(after) == ':') len = 0;
    }
    Node n;
    n.kind = Kind::Null;
    if (len) {
      n.range = {begin, begin + len};
    } else {
      std::uint32_t p = src_.empty_value_at(last_end_, at);
      n.range = {p, p};
    }
    std::string raw = len ? std::string(src_.view().substr(begin, len)) : std::string();
    place_scalar(std::move(n), raw, anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    std::uint32_t begin = offset(mark);
    Range r{begin, src_.alias_end(begin)};
    std::string name(src_.view().substr(begin, r.end - begin));
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) throw Failure{begin, "alias " + name + " refers to a node that contains it"};
    const Anchor& a = it->second;
    if (at_key()) {
      if (a.is_path) throw Failure{begin, "a mapping key must be a scalar, not " + name};
      add_key(a.raw, r);
      return;
    }
    const Node& target = a.is_path ? resolve(a.path) : a.scalar;
    std::size_t budget = kMaxAliasNodes - alias_nodes_;
    std::size_t count = count_nodes(target, budget);
    if (count > budget) {
      throw Failure{begin, "too many nodes: aliases expand to more than " + std::to_string(kMaxAliasNodes) + " nodes"};
    }
    alias_nodes_ += count;
    Node copy = target;  // copied before slot() may grow the vector that holds the target
    copy.range = r;
    slot() = std::move(copy);
    last_end_ = std::max(last_end_, r.end);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    std::uint32_t at = offset(mark), props_end = 0;
    bool flow = in_flow();
    std::uint32_t begin = src_.skip_properties(at, flow, props_end);
    char c = src_.at(begin);
    // `key: !!str` with nothing after the tag: what follows the tag belongs to another node
    bool detached = value.empty() && props_end != at &&
                    (begin >= src_.size() || src_.line_end(props_end) < begin || is_flow_indicator(c));
    Node n;
    bool plain = false;
    if (detached) {
      n.range = {props_end, props_end};
      plain = true;
    } else if (c == '"' || c == '\'') {
      n.range = {begin, src_.quoted_end(begin)};
      literals_.push_back(n.range);
    } else if ((c == '|' || c == '>') && tag != "?") {
      int indicator = 0;
      n.range = {begin, src_.block_header_end(begin, indicator)};
      std::uint32_t content_end = src_.block_content_end(begin, stack_.empty() ? -1 : stack_.back().indent);
      literals_.push_back({src_.next_line(begin), content_end});  // the header line takes a comment
      last_end_ = std::max(last_end_, content_end);
    } else {
      n.range = {begin, src_.plain_end(begin, value, flow)};
      plain = true;
    }
    type_scalar(n, tag, value, plain);
    if (tag != "?" && tag != "!") n.tag = intern(tag);
    place_scalar(std::move(n), value, anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(mark, Kind::Array, anchor, style, tag);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(mark, Kind::Object, anchor, style, tag);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    Node* node;
    bool flow;
    bool expect_key;
    int indent;  // column of a block collection's first character
    YAML::anchor_t anchor;
  };

  bool in_flow() const { return !stack_.empty() && stack_.back().flow; }
  bool at_key() const { return !stack_.empty() && stack_.back().node->is_object() && stack_.back().expect_key; }

  // Where the next value goes: the root, a new list item, or the value of the last key.
  Node& slot() {
    if (stack_.empty()) {
      has_root_ = true;
      return root_;
    }
    Frame& f = stack_.back();
    if (f.node->is_object()) {
      f.expect_key = true;
      return f.node->members.back().value;
    }
    f.node->items.emplace_back();
    return f.node->items.back();
  }

  void add_key(std::string key, Range r) {
    Frame& f = stack_.back();
    f.node->members.push_back(Member{std::move(key), r, Node{}});
    f.expect_key = false;
    last_end_ = std::max(last_end_, r.end);
  }

  void place_scalar(Node n, const std::string& raw, YAML::anchor_t anchor) {
    if (anchor != YAML::NullAnchor) {
      Anchor& a = anchors_[anchor];
      a = Anchor{};
      a.scalar = n;
      a.raw = raw;
    }
    last_end_ = std::max(last_end_, n.range.end);
    if (at_key()) {
      add_key(raw, n.range);
    } else {
      slot() = std::move(n);
    }
  }

  // The core schema for plain scalars; `!!str`, `!!int`, `!!float`, `!!bool`, `!!null` are
  // honoured; other tags (`!Ref`, `!!binary`) are ignored.
  void type_scalar(Node& n, const std::string& tag, const std::string& value, bool plain) {
    static constexpr std::string_view core = "tag:yaml.org,2002:";
    std::string_view t = tag;
    if (t.substr(0, core.size()) == core) {
      std::string_view name = t.substr(core.size());
      if (name == "int" || name == "float" || name == "bool" || name == "null") {
        Form f = resolve_core(value, n);
        bool fits = name == "int"     ? f == Form::Int
                    : name == "float" ? (f == Form::Int || f == Form::Float || f == Form::NonFinite)
                    : name == "bool"  ? f == Form::Bool
                                      : f == Form::Null;
        if (!fits) throw Failure{n.range.begin, "\"" + value + "\" is not a valid !!" + std::string(name)};
        return;
      }
      if (name == "str") plain = false;
    } else if (tag == "!") {
      plain = false;  // quoted, block, or the non-specific tag `!`
    }
    if (!plain || resolve_core(value, n) == Form::String) {
      n.kind = Kind::String;
      n.text = value;
      n.number = 0;
      n.boolean = false;
    }
  }

  void open(const YAML::Mark& mark, Kind kind, YAML::anchor_t anchor, YAML::EmitterStyle::value style,
            const std::string& tag) {
    bool flow = style == YAML::EmitterStyle::Flow;
    std::uint32_t props_end = 0;
    std::uint32_t begin = src_.skip_properties(offset(mark), in_flow(), props_end);
    if (at_key()) {
      throw Failure{begin, std::string("a mapping key must be a scalar, not a ") +
                               (kind == Kind::Object ? "mapping" : "sequence")};
    }
    Node& n = slot();
    n.kind = kind;
    n.range = {begin, flow ? begin + 1 : src_.char_end(begin)};
    if (tag != "?" && tag != "!") n.tag = intern(tag);
    int indent = static_cast<int>(begin - src_.line_start(begin));
    stack_.push_back(Frame{&n, flow, true, indent, anchor});
  }

  void close() {
    Frame f = stack_.back();
    stack_.pop_back();
    if (f.flow) {
      std::uint32_t bracket = src_.flow_close(std::max(last_end_, f.node->range.begin + 1));
      f.node->range.end = std::min(bracket + 1, src_.size());
      last_end_ = f.node->range.end;
    }
    if (f.anchor != YAML::NullAnchor) {
      Anchor& a = anchors_[f.anchor];
      a = Anchor{};
      a.is_path = true;
      for (const Frame& p : stack_) {
        a.path.push_back(static_cast<std::uint32_t>(p.node->is_object() ? p.node->members.size() - 1
                                                                        : p.node->items.size() - 1));
      }
    }
  }

  const Node& resolve(const std::vector<std::uint32_t>& path) const {
    const Node* n = &root_;
    for (std::uint32_t i : path) n = n->is_object() ? &n->members[i].value : &n->items[i];
    return *n;
  }

  const Source& src_;
  std::uint32_t bom_;
  std::vector<Node>& documents_;
  Node root_;
  bool has_root_ = false;
  std::vector<Frame> stack_;
  std::map<YAML::anchor_t, Anchor> anchors_;
  std::vector<Range> literals_;  // quoted and block scalars: a `#` inside is text, not a comment
  std::uint32_t last_end_ = 0;
  std::uint32_t last_doc_start_ = static_cast<std::uint32_t>(-1);
  bool last_doc_empty_ = false;
  std::size_t alias_nodes_ = 0;
};

// Every `#` at a line start or after white space, outside quoted and block scalars.
std::vector<Range> find_comments(const Source& src, std::uint32_t from, std::vector<Range> literals) {
  std::sort(literals.begin(), literals.end(), [](Range a, Range b) { return a.begin < b.begin; });
  std::vector<Range> out;
  std::size_t k = 0;
  for (std::uint32_t i = from; i < src.size(); ++i) {
    while (k < literals.size() && literals[k].end <= i) ++k;
    if (k < literals.size() && literals[k].begin <= i) {
      i = literals[k].end - 1;
      continue;
    }
    if (src.at(i) == '#' && (i == from || is_space(src.at(i - 1)))) {
      std::uint32_t end = src.line_end(i);
      out.push_back({i, end});
      i = end;
    }
  }
  return out;
}

// YAML 1.2 streams are printable: no C0 control other than tab and line breaks, no DEL, no
// C1 control other than NEL, no U+FFFE/U+FFFF. (A NUL would also make yaml-cpp guess UTF-16.)
std::size_t first_non_printable(std::string_view s, char32_t& cp) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
      cp = b;
      return i;
    }
    if (b == 0xC2 && i + 1 < s.size()) {
      auto c = static_cast<unsigned char>(s[i + 1]);
      if (c >= 0x80 && c <= 0x9F && c != 0x85) {
        cp = c;
        return i;
      }
    }
    if (b == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE) {
      cp = 0xFFFE + (static_cast<unsigned char>(s[i + 2]) & 1);
      return i;
    }
  }
  return std::string_view::npos;
}

// An istream over bytes we keep alive, without copying them again.
class ViewBuf : public std::streambuf {
 public:
  explicit ViewBuf(std::string& s) { setg(s.data(), s.data(), s.data() + s.size()); }
};

}  // namespace

YamlLoadResult load_yaml(std::string_view text) {
  YamlLoadResult result;
  std::size_t bad = first_invalid_utf8(text);
  if (bad != std::string_view::npos) {
    result.error = {static_cast<std::uint32_t>(bad), "the file is not valid UTF-8"};
    return result;
  }
  char32_t cp = 0;
  std::size_t control = first_non_printable(text, cp);
  if (control != std::string_view::npos) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "control character U+%04X is not allowed in YAML", static_cast<unsigned>(cp));
    result.error = {static_cast<std::uint32_t>(control), buf};
    return result;
  }
  // yaml-cpp knows `\n` and `\r\n` only; a lone `\r` (also a line break in YAML) becomes `\n`,
  // which keeps every byte offset
  std::string bytes(text);
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\r' && (i + 1 == bytes.size() || bytes[i + 1] != '\n')) bytes[i] = '\n';
  }
  std::uint32_t bom = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;  // yaml-cpp's marks skip it
  Source src(bytes, bom);
  ViewBuf buf(bytes);
  std::istream in(&buf);
  Builder builder(src, bom, result.documents);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
    result.ok = true;
  } catch (const YAML::DeepRecursion& e) {
    result.error = {builder.offset(e.mark), "collections are nested too deeply"};  // yaml-cpp says "bad file"
  } catch (const YAML::Exception& e) {
    result.error = {builder.offset(e.mark), e.msg};
  } catch (const Failure& f) {
    result.error = {f.offset, f.message};
  }
  result.comments = find_comments(src, bom, builder.literals());
  return result;
}

}  // namespace ijl
