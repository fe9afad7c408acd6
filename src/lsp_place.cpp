// Finds the key path at a position by scanning the text, so that hover and completion work in
// a buffer that is halfway through an edit.
#include "lsp_place.hpp"

#include <algorithm>
#include <optional>

namespace ijl::lsp {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Numbers, literals, and a key typed without its quotes yet.
bool is_bare(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '+' ||
         c == '.' || c == '_';
}

// ---- JSON ----

struct Frame {
  bool object = false;
  Segment segment;         // how the container holding this one names it
  bool expect_key = true;  // object: after `{` or `,`
  std::string key;         // object: the key of the member being read
  std::vector<std::string> keys;
};

// Just past the closing quote of the string whose opening quote is at `begin`. An unterminated
// string ends at the end of its line: a string being typed must not swallow the rest of the file.
std::uint32_t string_end(std::string_view t, std::uint32_t begin, bool& closed) {
  closed = false;
  std::uint32_t i = begin + 1;
  for (; i < t.size(); ++i) {
    if (t[i] == '\\') {
      ++i;
    } else if (t[i] == '"') {
      closed = true;
      return i + 1;
    } else if (t[i] == '\n' || t[i] == '\r') {
      break;
    }
  }
  return static_cast<std::uint32_t>(std::min<std::size_t>(i, t.size()));
}

// A key's text: the common escapes undone (keys are ASCII names; `\u` escapes stay as written).
std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char c = s[++i];
    switch (c) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'u': out += "\\u"; break;
      default: out += c;
    }
  }
  return out;
}

std::uint32_t skip_space(std::string_view t, std::uint32_t i) {
  while (i < t.size() && is_space(t[i])) ++i;
  return i;
}

// The keys of the object that is open at `from` (at its top level) from there to its `}`: a
// string followed by `:` at depth 0.
void keys_after(std::string_view t, std::uint32_t from, std::vector<std::string>& out) {
  int depth = 0;
  for (std::uint32_t i = from; i < t.size();) {
    char c = t[i];
    if (c == '"') {
      bool closed = false;
      std::uint32_t end = string_end(t, i, closed);
      std::uint32_t next = skip_space(t, end);
      if (depth == 0 && closed && next < t.size() && t[next] == ':') out.push_back(unescape(t.substr(i + 1, end - i - 2)));
      i = end;
      continue;
    }
    if (c == '{' || c == '[') ++depth;
    if (c == '}' || c == ']') {
      if (depth == 0) return;
      --depth;
    }
    ++i;
  }
}

class JsonScan {
 public:
  JsonScan(std::string_view text, std::uint32_t offset, At at) : t_(text), offset_(offset), at_(at) {}

  Place run() {
    const auto n = static_cast<std::uint32_t>(t_.size());
    std::uint32_t i = 0;
    while (i < n) {
      const char c = t_[i];
      if (is_space(c)) {
        ++i;
        continue;
      }
      // a token that starts at the caret is not being typed; the character at a hover is
      if (at_ == At::Cursor ? i >= offset_ : i > offset_) break;
      if (c == '"') {
        bool closed = false;
        const std::uint32_t end = string_end(t_, i, closed);
        const std::uint32_t inner_end = closed ? end - 1 : end;
        const bool inside = at_ == At::Cursor ? offset_ > i && (closed ? offset_ < end : offset_ <= end)
                                              : offset_ >= i && offset_ < end;
        std::string text = unescape(t_.substr(i + 1, inner_end - (i + 1)));
        if (inside) return token({i, end}, std::move(text));
        note_key(std::move(text));
        i = end;
      } else if (is_bare(c)) {
        std::uint32_t end = i;
        while (end < n && is_bare(t_[end])) ++end;
        const bool inside = at_ == At::Cursor ? offset_ > i && offset_ <= end : offset_ >= i && offset_ < end;
        std::string text(t_.substr(i, end - i));
        if (inside) return token({i, end}, std::move(text));
        note_key(std::move(text));
        i = end;
      } else {
        if (at_ == At::Character && i == offset_) return {};  // punctuation is no key or value
        punctuation(c);
        ++i;
      }
    }
    if (stack_.empty() || at_ == At::Character) return {};
    Place p;
    p.token = {offset_, offset_};
    const Frame& f = stack_.back();
    p.path = path();
    if (f.object && f.expect_key) {
      p.slot = Slot::Key;
      p.present = f.keys;
      keys_after(t_, offset_, p.present);
    } else {
      p.slot = Slot::Value;
      p.path.push_back(f.object ? Segment{f.key} : Segment{"", true});
    }
    return p;
  }

 private:
  std::vector<Segment> path() const {
    std::vector<Segment> p;
    for (std::size_t k = 1; k < stack_.size(); ++k) p.push_back(stack_[k].segment);
    return p;
  }

  void punctuation(char c) {
    if (c == '{' || c == '[') {
      Frame f;
      f.object = c == '{';
      if (!stack_.empty()) f.segment = stack_.back().object ? Segment{stack_.back().key} : Segment{"", true};
      stack_.push_back(std::move(f));
    } else if (c == '}' || c == ']') {
      if (!stack_.empty()) stack_.pop_back();
    } else if (c == ',' && !stack_.empty()) {
      Frame& f = stack_.back();
      f.expect_key = true;
      f.key.clear();
    } else if (c == ':' && !stack_.empty()) {
      stack_.back().expect_key = false;
    }
  }

  void note_key(std::string text) {
    if (stack_.empty() || !stack_.back().object || !stack_.back().expect_key) return;
    stack_.back().key = text;
    stack_.back().keys.push_back(std::move(text));
  }

  Place token(Range range, std::string text) {
    Place p;
    if (stack_.empty()) return p;  // a bare scalar at the top: no field
    const Frame& f = stack_.back();
    p.path = path();
    p.token = range;
    p.text = std::move(text);
    if (f.object && f.expect_key) {
      p.slot = Slot::Key;
      const std::uint32_t next = skip_space(t_, range.end);
      p.colon_follows = next < t_.size() && t_[next] == ':';
      if (at_ == At::Cursor) {
        p.present = f.keys;
        keys_after(t_, range.end, p.present);
      }
    } else {
      p.slot = Slot::Value;
      p.path.push_back(f.object ? Segment{f.key} : Segment{"", true});
    }
    return p;
  }

  std::string_view t_;
  std::uint32_t offset_;
  At at_;
  std::vector<Frame> stack_;
};

// ---- YAML ----

// One line of block YAML, as far as the key path needs it. Columns are bytes from the line's
// start (YAML indents with spaces only).
struct Line {
  std::uint32_t begin = 0, end = 0;  // without the line break
  std::uint32_t indent = 0;
  bool blank = true;  // spaces or a comment only
  bool document_marker = false;  // `---` or `...`
  bool dash = false;  // a `- ` entry
  std::uint32_t dash_col = 0;
  std::uint32_t content = 0;  // column of what follows the indentation and any `- `
  bool has_key = false;
  std::string key;
  Range key_range, value_range;  // absolute; the value without a comment
  bool value_empty = true;       // nothing after the `:` but an anchor, a tag or a comment
};

// Where a comment starts: a `#` at `from` or after a blank, outside a quoted scalar.
std::uint32_t comment_start(std::string_view t, std::uint32_t from, std::uint32_t end) {
  char quote = 0;
  for (std::uint32_t i = from; i < end; ++i) {
    const char c = t[i];
    if (quote) {
      if (c == quote) {
        quote = 0;
      } else if (quote == '"' && c == '\\') {
        ++i;
      }
      continue;
    }
    const char before = i == from ? ' ' : t[i - 1];
    // a quote opens a scalar only where a token starts: not the apostrophe of `it's`
    if ((c == '"' || c == '\'') && std::string_view(" \t:[{,-").find(before) != std::string_view::npos) {
      quote = c;
    } else if (c == '#' && (before == ' ' || before == '\t')) {
      return i;
    }
  }
  return end;
}

Line parse_line(std::string_view t, std::uint32_t begin, std::uint32_t end) {
  Line l;
  l.begin = begin;
  l.end = end;
  std::uint32_t i = begin;
  while (i < end && t[i] == ' ') ++i;
  l.indent = i - begin;
  std::string_view rest = t.substr(begin, end - begin);
  if (l.indent == 0 && (rest.substr(0, 3) == "---" || rest.substr(0, 3) == "...") &&
      (rest.size() == 3 || rest[3] == ' ' || rest[3] == '\t')) {
    l.document_marker = true;
    return l;
  }
  if (i == end || t[i] == '#') return l;
  l.blank = false;
  while (i < end && t[i] == '-' && (i + 1 == end || t[i + 1] == ' ')) {
    if (!l.dash) l.dash_col = i - begin;
    l.dash = true;
    ++i;
    while (i < end && t[i] == ' ') ++i;
  }
  l.content = i - begin;
  if (i == end || t[i] == '{' || t[i] == '[' || t[i] == '#') return l;
  // the key: quoted, or plain up to `: ` (or a `:` ending the line)
  std::uint32_t key_end = end, colon = end;
  if (t[i] == '"' || t[i] == '\'') {
    const char q = t[i];
    std::uint32_t j = i + 1;
    for (; j < end; ++j) {
      if (q == '"' && t[j] == '\\') {
        ++j;
      } else if (t[j] == q) {
        if (q == '\'' && j + 1 < end && t[j + 1] == '\'') {
          ++j;
          continue;
        }
        break;
      }
    }
    if (j >= end) return l;
    key_end = j + 1;
    std::uint32_t k = key_end;
    while (k < end && t[k] == ' ') ++k;
    if (k < end && t[k] == ':') colon = k;
  } else {
    const std::uint32_t stop = comment_start(t, i, end);
    for (std::uint32_t j = i; j < stop; ++j) {
      if (t[j] == ':' && (j + 1 == end || t[j + 1] == ' ' || t[j + 1] == '\t')) {
        colon = j;
        key_end = j;
        while (key_end > i && t[key_end - 1] == ' ') --key_end;
        break;
      }
    }
  }
  if (colon == end) {
    // a scalar entry (`- value`) or a key being typed: its extent is the value's
    const std::uint32_t stop = comment_start(t, i, end);
    std::uint32_t e = stop;
    while (e > i && (t[e - 1] == ' ' || t[e - 1] == '\t')) --e;
    l.value_range = {i, e};
    return l;
  }
  l.has_key = true;
  l.key_range = {i, key_end};
  std::string_view k = t.substr(i, key_end - i);
  if (!k.empty() && (k.front() == '"' || k.front() == '\'')) k = k.substr(1, k.size() - 2);
  l.key = unescape(k);
  std::uint32_t v = colon + 1;
  while (v < end && (t[v] == ' ' || t[v] == '\t')) ++v;
  const std::uint32_t stop = comment_start(t, v, end);
  std::uint32_t e = stop;
  while (e > v && (t[e - 1] == ' ' || t[e - 1] == '\t')) --e;
  l.value_range = {v, e};
  // `key: &anchor` or `key: !!map` still opens a collection on the lines below
  std::string_view value = t.substr(v, e - v);
  l.value_empty = value.empty() || ((value.front() == '&' || value.front() == '!') && value.find(' ') == std::string_view::npos);
  return l;
}

// The lines of a text: `\n`, `\r\n` or a lone `\r` ends one.
std::vector<Range> split_lines(std::string_view t) {
  std::vector<Range> lines;
  std::uint32_t start = 0;
  for (std::uint32_t i = 0; i < t.size(); ++i) {
    if (t[i] == '\n' || t[i] == '\r') {
      lines.push_back({start, i});
      if (t[i] == '\r' && i + 1 < t.size() && t[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  lines.push_back({start, static_cast<std::uint32_t>(t.size())});
  return lines;
}

class YamlScan {
 public:
  YamlScan(std::string_view text, std::uint32_t offset, At at)
      : t_(text), offset_(std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text.size()))), at_(at),
        ranges_(split_lines(text)) {}

  Place run() {
    std::size_t here = 0;
    while (here + 1 < ranges_.size() && ranges_[here + 1].begin <= offset_) ++here;
    if (auto flow = flow_document(here)) return *flow;
    const Line line = line_at(here);
    if (line.document_marker) return {};
    const std::uint32_t comment = comment_start(t_, line.begin + line.indent, line.end);
    if (offset_ > comment || (at_ == At::Character && offset_ == comment)) return {};  // in a comment
    const std::uint32_t col = offset_ - line.begin;
    Place p;
    std::uint32_t key_col = line.content;
    if (at_ == At::Character) {
      if (line.has_key && contains(line.key_range)) {
        p.slot = Slot::Key;
        p.token = line.key_range;
        p.text = line.key;
      } else if (!line.blank && contains(line.value_range) && (line.has_key || line.dash)) {
        p.slot = Slot::Value;
        p.token = line.value_range;
        p.text = std::string(t_.substr(p.token.begin, p.token.end - p.token.begin));
      } else {
        return {};
      }
    } else if (line.has_key && line.key_range.end < offset_ && t_.find(':', line.key_range.end) < offset_) {
      p.slot = Slot::Value;  // after `key:`: its value is being typed
      p.token = offset_ >= line.value_range.begin && offset_ <= line.value_range.end ? line.value_range : Range{offset_, offset_};
      p.text = std::string(t_.substr(p.token.begin, p.token.end - p.token.begin));
    } else {
      p.slot = Slot::Key;
      if (line.blank || col <= line.content) {
        if (!line.blank && col < line.content && !line.dash) return {};  // in the indentation before a key
        key_col = line.blank ? col : line.content;
        p.token = {offset_, offset_};
        if (!line.blank && col == line.content) p.token = word_from(line.begin + line.content, line);
      } else {
        p.token = word_from(line.begin + line.content, line);
      }
      p.text = std::string(t_.substr(p.token.begin, p.token.end - p.token.begin));
      p.colon_follows = line.has_key && p.token.begin == line.key_range.begin;
      if (p.colon_follows) p.text = line.key;
    }
    const bool dash = !line.blank && line.dash && line.dash_col < key_col;
    std::vector<std::string>* present = at_ == At::Cursor && p.slot == Slot::Key ? &p.present : nullptr;
    auto path = ancestors(here, key_col, dash ? std::optional<std::uint32_t>(line.dash_col) : std::nullopt, present);
    if (!path) return {};
    p.path = std::move(*path);
    // a `- value` entry: `path` ends with the entry already
    if (p.slot == Slot::Value && line.has_key) p.path.push_back({line.key});
    if (present) siblings_below(here, key_col, *present);
    return p;
  }

 private:
  bool contains(Range r) const { return offset_ >= r.begin && offset_ < r.end; }

  Line line_at(std::size_t k) const { return parse_line(t_, ranges_[k].begin, ranges_[k].end); }

  // The key being typed from `from`: up to the key's end or the end of the word at the caret.
  Range word_from(std::uint32_t from, const Line& line) const {
    if (line.has_key && from == line.key_range.begin) return line.key_range;
    std::uint32_t e = std::max(from, offset_);
    while (e < line.end && !is_space(t_[e]) && t_[e] != ':') ++e;
    return {from, e};
  }

  // The first line of the document holding line `here`; a flow collection there makes the
  // document JSON-like, read by the JSON scan.
  std::optional<Place> flow_document(std::size_t here) const {
    std::size_t first = here;
    while (first > 0 && !line_at(first - 1).document_marker) --first;
    for (std::size_t k = first; k <= here && k < ranges_.size(); ++k) {
      Line l = line_at(k);
      if (l.blank) continue;
      const char c = t_[l.begin + l.indent];
      if (l.dash || (c != '{' && c != '[')) return std::nullopt;
      const std::uint32_t base = l.begin + l.indent;
      if (offset_ < base) return Place{};
      std::size_t last = here;
      while (last + 1 < ranges_.size() && !line_at(last + 1).document_marker) ++last;
      Place p = locate_json(t_.substr(base, ranges_[last].end - base), offset_ - base, at_);
      p.token.begin += base;
      p.token.end += base;
      return p;
    }
    return std::nullopt;
  }

  // The path from the document's root to the mapping whose keys are at column `col` on line
  // `here` (an entry of a list when `dash`). nullopt: the lines above do not nest as YAML would.
  std::optional<std::vector<Segment>> ancestors(std::size_t here, std::uint32_t col, std::optional<std::uint32_t> dash,
                                                std::vector<std::string>* present) const {
    std::vector<Segment> reversed;
    // in_list: looking for the key that holds the list whose `- ` is at list_col
    bool in_list = dash.has_value();
    std::uint32_t list_col = dash.value_or(0);
    if (in_list) reversed.push_back({"", true});
    bool own_mapping = true;  // still in the mapping at `col`: its keys are siblings
    for (std::size_t k = here; k-- > 0;) {
      const Line l = line_at(k);
      if (l.document_marker) break;
      if (l.blank) continue;
      if (in_list) {
        if (l.indent > list_col || (l.indent == list_col && l.dash)) continue;  // an earlier entry, or inside one
        if (!l.has_key || !l.value_empty || l.content > list_col) return std::nullopt;
        own_mapping = false;
        enter(l, reversed, col, in_list, list_col);
        continue;
      }
      if (l.indent > col || (l.indent == col && l.dash)) continue;
      if (l.indent == col || (l.content == col && l.dash)) {
        if (own_mapping && present && l.has_key) present->push_back(l.key);
        if (l.dash) {  // the first key of the entry whose mapping this is
          reversed.push_back({"", true});
          in_list = true;
          list_col = l.dash_col;
        }
        continue;
      }
      if (l.content >= col || !l.has_key || !l.value_empty) return std::nullopt;
      own_mapping = false;
      enter(l, reversed, col, in_list, list_col);
    }
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
  }

  // `l` holds what was below it: its key, and the entry it is in when it starts with `- `.
  static void enter(const Line& l, std::vector<Segment>& reversed, std::uint32_t& col, bool& in_list,
                    std::uint32_t& list_col) {
    reversed.push_back({l.key});
    col = l.content;
    in_list = l.dash;
    if (l.dash) {
      reversed.push_back({"", true});
      list_col = l.dash_col;
    }
  }

  void siblings_below(std::size_t here, std::uint32_t col, std::vector<std::string>& present) const {
    for (std::size_t k = here + 1; k < ranges_.size(); ++k) {
      const Line l = line_at(k);
      if (l.document_marker) return;
      if (l.blank || l.indent > col) continue;
      if (l.indent < col || l.dash) return;
      if (l.has_key) present.push_back(l.key);
    }
  }

  std::string_view t_;
  std::uint32_t offset_;
  At at_;
  std::vector<Range> ranges_;
};

}  // namespace

Place locate_json(std::string_view text, std::uint32_t offset, At at) {
  return JsonScan(text, std::min<std::uint32_t>(offset, static_cast<std::uint32_t>(text.size())), at).run();
}

Place locate_yaml(std::string_view text, std::uint32_t offset, At at) { return YamlScan(text, offset, at).run(); }

}  // namespace ijl::lsp
