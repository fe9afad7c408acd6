// Glob compilation and matching: `*`, `?`, `[...]` within a segment, `**` across segments.
#include "glob.hpp"

#include <algorithm>

namespace ijl {

namespace {

// The code point at `s[i]`, advancing `i`. File names need not be UTF-8: a byte that does
// not start a well-formed sequence is one character of its own.
char32_t next_char(std::string_view s, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  std::size_t len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
  if (len <= 1 || i + len > s.size()) {
    ++i;
    return b;
  }
  char32_t c = b & (0xFF >> (len + 1));
  for (std::size_t k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return b;
    }
    c = (c << 6) | (byte(i + k) & 0x3F);
  }
  i += len;
  return c;
}

}  // namespace

std::optional<Glob> Glob::compile(std::string_view pattern, std::string& error) {
  Glob g;
  g.pattern_ = std::string(pattern);
  std::string_view p = pattern;
  if (p.empty()) {
    error = "the pattern is empty";
    return std::nullopt;
  }
  bool anchored = false;
  if (p.substr(0, 2) == "./") {
    p.remove_prefix(2);
    anchored = true;
  } else if (p.front() == '/') {
    p.remove_prefix(1);
    anchored = true;
  }
  if (!p.empty() && p.back() == '/') p.remove_suffix(1);
  if (p.empty()) {
    error = "the pattern names no file";
    return std::nullopt;
  }

  Segment seg;
  bool double_star = false;  // two unescaped `*` in a row in this segment
  auto finish_segment = [&](std::size_t begin, std::size_t end) -> bool {
    std::string_view text = p.substr(begin, end - begin);
    if (text == "**") {
      seg = Segment{};
      seg.globstar = true;
    } else if (double_star) {
      error = "'**' must be a whole path segment, as in 'jobs/**/*.json'";
      return false;
    }
    if (!text.empty()) g.segments_.push_back(std::move(seg));  // `a//b` is `a/b`
    seg = Segment{};
    double_star = false;
    return true;
  };

  std::size_t seg_begin = 0;
  std::size_t i = 0;
  while (i < p.size()) {
    char c = p[i];
    if (c == '/') {
      if (!finish_segment(seg_begin, i)) return std::nullopt;
      seg_begin = ++i;
    } else if (c == '*') {
      if (!seg.tokens.empty() && seg.tokens.back().kind == Token::Kind::Star) {
        double_star = true;  // judged by finish_segment
      } else {
        seg.tokens.push_back(Token{Token::Kind::Star});
      }
      ++i;
    } else if (c == '?') {
      seg.tokens.push_back(Token{Token::Kind::Any});
      ++i;
    } else if (c == '\\') {
      if (i + 1 == p.size()) {
        error = "the pattern ends with an escaping '\\'";
        return std::nullopt;
      }
      ++i;
      seg.tokens.push_back(Token{Token::Kind::Literal, next_char(p, i)});
    } else if (c == '[') {
      Token t{Token::Kind::Class};
      std::size_t j = i + 1;
      if (j < p.size() && (p[j] == '!' || p[j] == '^')) {
        t.negated = true;
        ++j;
      }
      bool closed = false;
      bool first = true;
      while (j < p.size()) {
        if (p[j] == ']' && !first) {
          closed = true;
          ++j;
          break;
        }
        if (p[j] == '/') {
          error = "'/' cannot appear in a character class";
          return std::nullopt;
        }
        first = false;
        if (p[j] == '\\' && ++j == p.size()) break;
        char32_t lo = next_char(p, j);
        char32_t hi = lo;
        if (j + 1 < p.size() && p[j] == '-' && p[j + 1] != ']') {
          ++j;
          if (p[j] == '\\' && ++j == p.size()) break;
          hi = next_char(p, j);
          if (hi < lo) {
            error = "the character range in '" + std::string(p.substr(i, j - i)) + "' is reversed";
            return std::nullopt;
          }
        }
        t.ranges.push_back({lo, hi});
      }
      if (!closed) {
        error = "unclosed '[' (write '\\[' for a literal '[')";
        return std::nullopt;
      }
      seg.tokens.push_back(std::move(t));
      i = j;
    } else {
      seg.tokens.push_back(Token{Token::Kind::Literal, next_char(p, i)});
    }
  }
  if (!finish_segment(seg_begin, p.size())) return std::nullopt;

  if (!anchored && g.segments_.size() == 1) {
    Segment any_folder;
    any_folder.globstar = true;
    g.segments_.insert(g.segments_.begin(), std::move(any_folder));
  }
  for (Segment& seg : g.segments_) {
    const auto& tokens = seg.tokens;
    seg.star_suffix = !seg.globstar && !tokens.empty() && tokens[0].kind == Token::Kind::Star &&
                      std::all_of(tokens.begin() + 1, tokens.end(), [](const Token& t) {
                        return t.kind == Token::Kind::Literal && t.ch < 0x80;
                      });
    if (seg.star_suffix) {
      for (std::size_t t = 1; t < tokens.size(); ++t) seg.suffix += static_cast<char>(tokens[t].ch);
    }
  }
  return g;
}

// Classic wildcard matching: on a mismatch, let the last `*` swallow one more character.
bool Glob::match_segment(const std::vector<Token>& tokens, std::string_view name) {
  std::size_t t = 0, i = 0;
  std::size_t star_t = std::string_view::npos, star_i = 0;
  while (i < name.size() || t < tokens.size()) {
    if (t < tokens.size()) {
      const Token& tok = tokens[t];
      if (tok.kind == Token::Kind::Star) {
        star_t = t++;
        star_i = i;
        continue;
      }
      if (i < name.size()) {
        std::size_t next = i;
        char32_t c = next_char(name, next);
        bool ok = false;
        switch (tok.kind) {
          case Token::Kind::Literal: ok = c == tok.ch; break;
          case Token::Kind::Any: ok = true; break;
          case Token::Kind::Class: {
            bool in = false;
            for (const auto& r : tok.ranges) in = in || (r.first <= c && c <= r.last);
            ok = in != tok.negated;
            break;
          }
          case Token::Kind::Star: break;
        }
        if (ok) {
          ++t;
          i = next;
          continue;
        }
      }
    }
    if (star_t == std::string_view::npos || star_i >= name.size()) return false;
    next_char(name, star_i);
    t = star_t + 1;
    i = star_i;
  }
  return true;
}

bool Glob::segment_matches(const Segment& seg, std::string_view name) {
  return seg.star_suffix ? name.ends_with(seg.suffix) : match_segment(seg.tokens, name);
}

bool Glob::matches(std::string_view path) const {
  // `*.json` at any depth (`**` then a suffix), the default include: the last name decides
  if (segments_.size() == 2 && segments_[0].globstar && segments_[1].star_suffix) {
    while (!path.empty() && path.back() == '/') path.remove_suffix(1);
    const std::size_t slash = path.rfind('/');
    const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    return !name.empty() && segment_matches(segments_[1], name);
  }
  // Called for every file a walk finds: ordinary depths use the stack, not the heap.
  constexpr std::size_t kParts = 32, kCells = 512;
  std::string_view small_parts[kParts];
  std::vector<std::string_view> big_parts;
  std::size_t m = 0;
  auto add = [&](std::string_view part) {
    if (m < kParts) {
      small_parts[m] = part;
    } else {
      if (big_parts.empty()) big_parts.assign(small_parts, small_parts + kParts);
      big_parts.push_back(part);
    }
    ++m;
  };
  std::size_t begin = 0;
  for (std::size_t i = 0; i <= path.size(); ++i) {
    if (i == path.size() || path[i] == '/') {
      if (i > begin) add(path.substr(begin, i - begin));
      begin = i + 1;
    }
  }
  const std::string_view* parts = m <= kParts ? small_parts : big_parts.data();
  // can[k][s]: segments_[k..] match parts[s..]; filled from the end, so `**` costs no
  // backtracking however many there are.
  const std::size_t n = segments_.size();
  const std::size_t cells = (n + 1) * (m + 1);
  char small_can[kCells];
  std::vector<char> big_can;
  if (cells > kCells) big_can.resize(cells);
  char* can = cells > kCells ? big_can.data() : small_can;
  std::fill_n(can, cells, 0);
  auto at = [&](std::size_t k, std::size_t s) -> char& { return can[k * (m + 1) + s]; };
  at(n, m) = 1;
  for (std::size_t k = n; k-- > 0;) {
    for (std::size_t s = m + 1; s-- > 0;) {
      if (segments_[k].globstar) {
        at(k, s) = at(k + 1, s) || (s < m && at(k, s + 1));
      } else {
        at(k, s) = s < m && at(k + 1, s + 1) && segment_matches(segments_[k], parts[s]);
      }
    }
  }
  return at(0, 0);
}

}  // namespace ijl
