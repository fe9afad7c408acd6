// git's ignore rules: pattern matching, a work tree's ignore files, core.excludesFile.
#include "gitignore.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <system_error>
#include <utility>

namespace ijl {

namespace fs = std::filesystem;

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

// The whole of a regular file, or nullopt. O_NONBLOCK so that a FIFO cannot hang us.
std::optional<std::string> read_regular(const fs::path& file, bool follow_links) {
  int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | (follow_links ? 0 : O_NOFOLLOW));
  if (fd < 0) return std::nullopt;
  struct stat st;
  std::optional<std::string> out;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
    out.emplace();
    char buf[65536];
    for (;;) {
      ssize_t got = ::read(fd, buf, sizeof buf);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) out.reset();
      if (got <= 0) break;
      out->append(buf, static_cast<std::size_t>(got));
    }
  }
  ::close(fd);
  return out;
}

std::string_view without_bom(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text;
}

std::string_view trim_line_ends(std::string_view text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

const char* env(const char* name) { return std::getenv(name); }

// git's reading of a boolean variable: empty, false, no, off and 0 are false.
bool env_true(const char* name) {
  const char* v = env(name);
  if (!v) return false;
  std::string s;
  for (const char* p = v; *p; ++p) s += ascii_tolower(static_cast<unsigned char>(*p));
  if (s.empty() || s == "false" || s == "no" || s == "off") return false;
  bool number = std::all_of(s.begin(), s.end(), [](char c) { return ascii_digit(c); });
  return !number || s.find_first_not_of('0') != std::string::npos;
}

// Sets `out` to each core.excludesFile value in the git config text, so the last one wins.
// git's syntax: `[section]` or `[section "sub"]` headers (a subsection makes it another
// section), `key = value`, `#`/`;` comments, "quotes", the escapes \" \\ \n \t \b, and a
// backslash before a line break to continue. Section and key names are case-insensitive.
// include and includeIf are not followed. git refuses a malformed file; we keep what came
// before the fault.
void scan_config(std::string_view text, std::optional<std::string>& out) {
  text = without_bom(text);
  std::size_t i = 0;
  bool eof = false;
  // the end of the text reads as a line break, and so does "\r\n", as in git
  auto next = [&]() -> int {
    if (i >= text.size()) {
      eof = true;
      return '\n';
    }
    int c = static_cast<unsigned char>(text[i++]);
    if (c == '\r' && i < text.size() && text[i] == '\n') c = text[i++];
    return c;
  };
  auto key_char = [](int c) { return ascii_alpha(c) || ascii_digit(c) || c == '-'; };

  // Reads a value after its `=`, up to the end of the line; nullopt for git's errors.
  auto value = [&]() -> std::optional<std::string> {
    std::string v;
    bool quoted = false, comment = false;
    std::size_t spaces = 0;  // each unquoted blank inside a value becomes one space
    for (;;) {
      int c = next();
      if (c == '\n') {
        if (quoted) return std::nullopt;
        return v;
      }
      if (comment) continue;
      if (git_space(c) && !quoted) {
        if (!v.empty()) ++spaces;
        continue;
      }
      if (!quoted && (c == '#' || c == ';')) {
        comment = true;
        continue;
      }
      v.append(spaces, ' ');
      spaces = 0;
      if (c == '"') {
        quoted = !quoted;
        continue;
      }
      if (c == '\\') {
        c = next();
        if (c == '\n') continue;
        if (c == 't') c = '\t';
        else if (c == 'n') c = '\n';
        else if (c == 'b') c = '\b';
        else if (c != '\\' && c != '"') return std::nullopt;
      }
      v += static_cast<char>(c);
    }
  };

  bool in_core = false, comment = false;
  for (;;) {
    int c = next();
    if (c == '\n') {
      if (eof) return;
      comment = false;
      continue;
    }
    if (comment || git_space(c)) continue;
    if (c == '#' || c == ';') {
      comment = true;
      continue;
    }
    if (c == '[') {
      std::string name;
      bool subsection = false;
      for (c = next(); c != ']'; c = next()) {
        if (eof) return;
        if (git_space(c)) {
          while (c == ' ' || c == '\t' || c == '\r') c = next();
          if (c != '"') return;
          for (c = next(); c != '"'; c = next()) {
            if (c == '\\') c = next();
            if (c == '\n') return;
          }
          if (next() != ']') return;
          subsection = true;
          break;
        }
        if (!key_char(c) && c != '.') return;
        name += ascii_tolower(c);
      }
      if (name.empty()) return;
      in_core = name == "core" && !subsection;
      continue;
    }
    if (!ascii_alpha(c)) return;
    std::string key(1, ascii_tolower(c));
    for (c = next(); !eof && key_char(c); c = next()) key += ascii_tolower(c);
    while (c == ' ' || c == '\t') c = next();
    if (c == '\n') continue;  // no `=`: true for a boolean, an error for a path; either way no file
    if (c != '=') return;
    auto v = value();
    if (!v) return;
    if (in_core && key == "excludesfile") out = std::move(*v);
  }
}

// git's `~` and `~/...` expansion; nullopt without HOME, and for `~user/` (which git would look
// up in the password database: not done here, as that does not work in a static binary).
std::optional<std::string> expand_home(const std::string& path) {
  if (path.empty() || path.front() != '~') return path;
  if (path.size() > 1 && path[1] != '/') return std::nullopt;
  const char* home = env("HOME");
  if (!home) return std::nullopt;
  return home + path.substr(1);
}

// The global excludes file as git names it: core.excludesFile from the system, global and
// repository config (later wins), else $XDG_CONFIG_HOME/git/ignore or ~/.config/git/ignore.
// Empty when there is none (an empty core.excludesFile turns it off, as in git).
std::string global_excludes_file(const fs::path& repo_config) {
  std::vector<fs::path> configs;
  if (!env_true("GIT_CONFIG_NOSYSTEM")) configs.emplace_back(env("GIT_CONFIG_SYSTEM") ? env("GIT_CONFIG_SYSTEM") : "/etc/gitconfig");
  if (const char* global = env("GIT_CONFIG_GLOBAL")) {
    configs.emplace_back(global);
  } else {
    const char* xdg = env("XDG_CONFIG_HOME");
    if (xdg && *xdg) configs.push_back(fs::path(xdg) / "git" / "config");
    else if (env("HOME")) configs.push_back(fs::path(env("HOME")) / ".config" / "git" / "config");
    if (env("HOME")) configs.push_back(fs::path(env("HOME")) / ".gitconfig");
  }
  configs.push_back(repo_config);

  std::optional<std::string> configured;
  for (const auto& file : configs) {
    if (file.empty()) continue;
    if (auto text = read_regular(file, true)) scan_config(*text, configured);
  }
  if (configured) return expand_home(*configured).value_or("");
  const char* xdg = env("XDG_CONFIG_HOME");
  if (xdg && *xdg) return std::string(xdg) + "/git/ignore";
  if (const char* home = env("HOME")) return std::string(home) + "/.config/git/ignore";
  return "";
}

// Lexically normal, without a trailing separator.
fs::path normal(const fs::path& p) {
  fs::path n = p.lexically_normal();
  return n.has_relative_path() && !n.has_filename() ? n.parent_path() : n;
}

// The git folder a `.git` file points to ("gitdir: <path>", relative to the file's folder).
std::optional<fs::path> gitdir_of(const fs::path& dot_git) {
  auto text = read_regular(dot_git, true);
  if (!text) return std::nullopt;
  std::string_view v = trim_line_ends(*text);
  if (v.substr(0, 8) != "gitdir: ") return std::nullopt;
  fs::path target(v.substr(8));
  if (target.is_relative()) target = dot_git.parent_path() / target;
  return normal(target);
}

}  // namespace

std::string to_string(const IgnoreMatch& m) { return m.source + ":" + std::to_string(m.line) + ":" + m.pattern; }

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

GitIgnore::PatternFile GitIgnore::load(const fs::path& file, std::string source, bool in_tree) {
  PatternFile f{std::move(source), {}};
  // Since git 2.32 a .gitignore inside the work tree that is a symbolic link is not read.
  auto text = read_regular(file, !in_tree);
  if (!text) return f;
  std::string_view rest = without_bom(*text);
  std::size_t line_no = 0;
  while (!rest.empty()) {
    std::size_t nl = std::min(rest.find('\n'), rest.size());
    std::string_view line = rest.substr(0, nl);
    rest.remove_prefix(std::min(nl + 1, rest.size()));
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (auto p = IgnorePattern::parse(line, ++line_no)) f.patterns.push_back(std::move(*p));
  }
  return f;
}

const GitIgnore::PatternFile& GitIgnore::folder(std::string_view rel_dir) {
  auto it = folders_.find(rel_dir);
  if (it != folders_.end()) return it->second;
  std::string source = rel_dir.empty() ? ".gitignore" : std::string(rel_dir) + "/.gitignore";
  PatternFile f = load(top_ / source, source, true);
  return folders_.emplace(std::string(rel_dir), std::move(f)).first->second;
}

std::optional<GitIgnore> GitIgnore::open(const fs::path& dir) {
  std::error_code ec;
  fs::path d = dir.is_absolute() ? dir : fs::absolute(dir, ec);
  if (ec) return std::nullopt;
  d = normal(d);

  fs::path git_dir;
  for (;;) {
    fs::path dot_git = d / ".git";
    if (fs::is_directory(dot_git, ec)) {
      // git passes over a .git folder that is no repository and looks further up
      if (fs::exists(dot_git / "HEAD", ec)) {
        git_dir = dot_git;
        break;
      }
    } else if (fs::is_regular_file(dot_git, ec)) {
      auto target = gitdir_of(dot_git);
      if (!target || !fs::exists(*target / "HEAD", ec)) return std::nullopt;
      git_dir = *target;
      break;
    }
    if (!d.has_relative_path()) return std::nullopt;
    d = d.parent_path();
  }

  // Linked worktrees keep info/exclude and config in the main git folder.
  fs::path common = git_dir;
  if (auto text = read_regular(git_dir / "commondir", true)) {
    fs::path named(trim_line_ends(*text));
    if (!named.empty()) common = normal(named.is_relative() ? git_dir / named : named);
  }

  GitIgnore g;
  g.top_ = d;
  fs::path exclude = common / "info" / "exclude";
  g.info_exclude_ = load(exclude, common == d / ".git" ? ".git/info/exclude" : exclude.string(), false);
  std::string global = global_excludes_file(common / "config");
  // a relative core.excludesFile is taken from the top, where git runs
  if (!global.empty()) g.global_ = load(fs::path(global).is_relative() ? d / global : fs::path(global), global, false);
  return g;
}

std::optional<IgnoreMatch> GitIgnore::ignored(std::string_view rel, bool is_dir) {
  if (rel.empty()) return std::nullopt;
  auto last_match = [is_dir](const PatternFile& f, std::string_view name) -> const IgnorePattern* {
    for (auto p = f.patterns.rbegin(); p != f.patterns.rend(); ++p)
      if (p->matches(name, is_dir)) return &*p;
    return nullptr;
  };
  auto verdict = [](const PatternFile& f, const IgnorePattern& p) -> std::optional<IgnoreMatch> {
    if (p.negated()) return std::nullopt;
    return IgnoreMatch{f.source, p.line(), p.text()};
  };
  // Precedence: the deepest .gitignore first, then info/exclude, then the global file; in
  // each file the last matching line decides, and a negated one means "not ignored".
  std::string_view dir = rel;
  do {
    std::size_t slash = dir.rfind('/');
    dir = slash == std::string_view::npos ? std::string_view() : dir.substr(0, slash);
    const PatternFile& f = folder(dir);
    if (const auto* p = last_match(f, dir.empty() ? rel : rel.substr(dir.size() + 1))) return verdict(f, *p);
  } while (!dir.empty());
  for (const PatternFile* f : {&info_exclude_, &global_})
    if (const auto* p = last_match(*f, rel)) return verdict(*f, *p);
  return std::nullopt;
}

std::optional<IgnoreMatch> GitIgnore::check(std::string_view rel, bool is_dir) {
  for (std::size_t slash = rel.find('/'); slash != std::string_view::npos; slash = rel.find('/', slash + 1))
    if (auto m = ignored(rel.substr(0, slash), true)) return m;
  return ignored(rel, is_dir);
}

}  // namespace ijl
