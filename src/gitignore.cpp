// git's .gitignore pattern semantics: parsing a line, compiling it, matching a path.
#include "gitignore.hpp"

#include <algorithm>

namespace ijl {

namespace {

bool ascii_upper(int c) { return c >= 'A' && c <= 'Z'; }
bool ascii_lower(int c) { return c >= 'a' && c <= 'z'; }
bool ascii_digit(int c) { return c >= '0' && c <= '9'; }
bool ascii_alpha(int c) { return ascii_upper(c) || ascii_lower(c); }
// git's isspace: no \v or \f, in config files and in `[[:space:]]` alike
bool git_space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
char ascii_tolower(int c) { return static_cast<char>(ascii_upper(c) ? c - 'A' + 'a' : c); }

// `[[:name:]]`, by git's own ctype table: ASCII only, whatever the locale.
std::optional<std::bitset<256>> posix_class(std::string_view name) {
  bool (*test)(int) = nullptr;
  if (name == "alnum") test = [](int c) { return ascii_alpha(c) || ascii_digit(c); };
  else if (name == "alpha") test = ascii_alpha;
  else if (name == "blank") test = [](int c) { return c == ' ' || c == '\t'; };
  else if (name == "cntrl") test = [](int c) { return c < 0x20 || c == 0x7F; };
  else if (name == "digit") test = ascii_digit;
  else if (name == "graph") test = [](int c) { return c > 0x20 && c < 0x7F; };
  else if (name == "lower") test = ascii_lower;
  else if (name == "print") test = [](int c) { return c >= 0x20 && c < 0x7F; };
  else if (name == "punct") test = [](int c) { return c > 0x20 && c < 0x7F && !ascii_alpha(c) && !ascii_digit(c); };
  else if (name == "space") test = git_space;
  else if (name == "upper") test = ascii_upper;
  else if (name == "xdigit") test = [](int c) { return ascii_digit(c) || (ascii_alpha(c) && ascii_tolower(c) <= 'f'); };
  if (!test) return std::nullopt;
  std::bitset<256> set;
  for (int c = 0; c < 0x80; ++c) set[c] = test(c);
  return set;
}

}  // namespace

std::optional<IgnorePattern> IgnorePattern::parse(std::string_view line, std::size_t line_no) {
  line = line.substr(0, line.find('\0'));  // git holds the line as a C string
  if (line.empty() || line.front() == '#') return std::nullopt;
  // Trailing spaces go unless escaped; a final lone `\` keeps the line whole.
  std::size_t trailing = std::string_view::npos;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line[i] == ' ') {
      if (trailing == std::string_view::npos) trailing = i;
      continue;
    }
    trailing = std::string_view::npos;
    if (line[i] == '\\' && ++i == line.size()) break;
  }
  std::string_view p = line.substr(0, trailing);
  if (p.empty()) return std::nullopt;

  IgnorePattern pat;
  pat.text_ = std::string(p);
  pat.line_ = line_no;
  if (p.front() == '!') {
    pat.negated_ = true;
    p.remove_prefix(1);
  }
  if (!p.empty() && p.back() == '/') {
    pat.dir_only_ = true;
    p.remove_suffix(1);
  }
  // Any `/` left, even escaped or inside `[...]`, anchors the pattern (git looks at bytes).
  pat.anchored_ = p.find('/') != std::string_view::npos;
  if (!pat.anchored_) {
    pat.wild_ = compile(p);
    return pat;
  }
  if (p.front() == '/') p.remove_prefix(1);
  // git compares the lead before the first wildcard byte literally and hands only the rest
  // to its wildmatch, where a `**` at the start counts as a whole segment: so `a**/z`
  // matches `az`, `a/z` and `ab/c/z`, as git's own check-ignore says.
  std::size_t lead = std::min(p.find_first_of("*?[\\"), p.size());
  pat.prefix_ = std::string(p.substr(0, lead));
  pat.wild_ = compile(p.substr(lead));
  return pat;
}

IgnorePattern::Wild IgnorePattern::compile(std::string_view p) {
  Wild w;
  auto never = [&w] {
    w.steps.clear();
    w.classes.clear();
    w.never = true;
    return w;
  };
  std::size_t i = 0;
  while (i < p.size()) {
    char c = p[i];
    if (c == '*') {
      std::size_t j = p.find_first_not_of('*', i);
      if (j == std::string_view::npos) j = p.size();
      // `**` spans folders only as a whole segment; before an escaped `\/` it may not match
      // nothing (git's wildmatch tries the empty case only before a plain `/`).
      if (j - i >= 2 && (i == 0 || p[i - 1] == '/')) {
        if (j == p.size()) {
          w.steps.push_back({Op::AnyRun});
          i = j;
          continue;
        }
        if (p[j] == '/') {
          w.steps.insert(w.steps.end(), {{Op::Folders}, {Op::AnyRun}, {Op::Byte, '/'}});
          i = j + 1;
          continue;
        }
        if (p.substr(j, 2) == "\\/") {
          w.steps.push_back({Op::AnyRun});
          i = j;
          continue;
        }
      }
      w.steps.push_back({Op::Star});
      i = j;
    } else if (c == '?') {
      w.steps.push_back({Op::AnyByte});
      ++i;
    } else if (c == '\\') {
      if (i + 1 == p.size()) return never();  // git compares it with the end of the name
      w.steps.push_back({Op::Byte, static_cast<unsigned char>(p[i + 1])});
      i += 2;
    } else if (c == '[') {
      // A `]` right after `[` or `[!`/`[^` is a member; `-` makes a range only between two
      // members; `[:name:]` is a POSIX class, and `[:` without its `:]` a plain `[`.
      std::size_t k = i + 1;
      bool negate = k < p.size() && (p[k] == '!' || p[k] == '^');
      if (negate) ++k;
      std::bitset<256> set;
      int prev = -1;  // the last single member, which may start a range
      for (bool first = true;; first = false) {
        if (k >= p.size()) return never();
        unsigned char m = p[k];
        if (m == ']' && !first) {
          ++k;
          break;
        }
        if (m == '\\') {
          if (++k >= p.size()) return never();
          m = p[k++];
          set.set(m);
          prev = m;
        } else if (m == '-' && prev >= 0 && k + 1 < p.size() && p[k + 1] != ']') {
          unsigned char last = p[++k];
          if (last == '\\' && ++k >= p.size()) return never();
          last = p[k++];
          for (int b = prev; b <= last; ++b) set.set(b);
          prev = -1;
        } else if (m == '[' && k + 1 < p.size() && p[k + 1] == ':') {
          std::size_t close = p.find(']', k + 2);
          if (close == std::string_view::npos) return never();
          if (close >= k + 3 && p[close - 1] == ':') {
            auto cls = posix_class(p.substr(k + 2, close - k - 3));
            if (!cls) return never();
            set |= *cls;
            prev = -1;
            k = close + 1;
          } else {
            set.set('[');
            prev = '[';
            ++k;
          }
        } else {
          set.set(m);
          prev = m;
          ++k;
        }
      }
      if (negate) set.flip();
      set.reset('/');
      w.steps.push_back({Op::Class, static_cast<std::uint32_t>(w.classes.size())});
      w.classes.push_back(set);
      i = k;
    } else {
      w.steps.push_back({Op::Byte, static_cast<unsigned char>(c)});
      ++i;
    }
  }
  return w;
}

// Runs the steps as a nondeterministic automaton: state k means "steps before k matched".
// Linear in the name times the pattern, so no pattern can make it backtrack for long.
bool IgnorePattern::run(const Wild& w, std::string_view text) {
  if (w.never) return false;
  const std::vector<Step>& s = w.steps;
  const std::size_t n = s.size();
  std::vector<char> cur(n + 1), next(n + 1);
  // Star and AnyRun may match nothing, and Folders may skip its group; these moves without
  // a byte all go forward, so one pass in order follows them all.
  auto close = [&](std::vector<char>& set) {
    for (std::size_t k = 0; k < n; ++k) {
      if (!set[k]) continue;
      if (s[k].op == Op::Star || s[k].op == Op::AnyRun || s[k].op == Op::Folders) set[k + 1] = 1;
      if (s[k].op == Op::Folders) set[k + 3] = 1;
    }
  };
  cur[0] = 1;
  close(cur);
  for (char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    std::fill(next.begin(), next.end(), 0);
    bool alive = false;
    for (std::size_t k = 0; k < n; ++k) {
      if (!cur[k]) continue;
      bool stay = false, advance = false;
      switch (s[k].op) {
        case Op::Byte: advance = c == s[k].arg; break;
        case Op::AnyByte: advance = c != '/'; break;
        case Op::Class: advance = w.classes[s[k].arg][c]; break;
        case Op::Star: stay = c != '/'; break;
        case Op::AnyRun: stay = true; break;
        case Op::Folders: break;
      }
      if (stay) next[k] = 1;
      if (advance) next[k + 1] = 1;
      alive = alive || stay || advance;
    }
    if (!alive) return false;
    close(next);
    cur.swap(next);
  }
  return cur[n] != 0;
}

bool IgnorePattern::matches(std::string_view rel, bool is_dir) const {
  if (dir_only_ && !is_dir) return false;
  if (!anchored_) {
    std::size_t slash = rel.rfind('/');
    return run(wild_, slash == std::string_view::npos ? rel : rel.substr(slash + 1));
  }
  if (rel.substr(0, prefix_.size()) != prefix_) return false;
  return run(wild_, rel.substr(prefix_.size()));
}

}  // namespace ijl
