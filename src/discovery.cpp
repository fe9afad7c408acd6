// Walks the paths given: sorted folder contents, the closest config of each folder, git's
// ignore rules; names files given twice once; keeps every path left out with its reason.
#include "discovery.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <memory>
#include <unordered_map>

#include "gitignore.hpp"

namespace ijl {
namespace {

namespace fs = std::filesystem;

// Walked files are shown as the folder argument as given, `/`, the path below it; `.`
// itself adds nothing, so `iotjob-lint` prints `jobs/a.json`, not `./jobs/a.json`.
std::string join_display(const std::string& dir_arg, const std::string& rel) {
  if (rel.empty()) return dir_arg;
  if (dir_arg == "." || dir_arg == "./") return rel;
  std::string base = dir_arg;
  while (base.size() > 1 && base.back() == '/') base.pop_back();
  return base == "/" ? "/" + rel : base + "/" + rel;
}

Input make_input(Input::Kind kind, std::string display, std::string path, bool named) {
  Input in;
  in.kind = kind;
  in.display = std::move(display);
  in.path = std::move(path);
  in.named = named;
  return in;
}

std::string join(const std::string& a, const std::string& b) { return a.empty() ? b : a + "/" + b; }

unsigned char dt_of(mode_t mode) {
  if (S_ISDIR(mode)) return DT_DIR;
  if (S_ISREG(mode)) return DT_REG;
  if (S_ISLNK(mode)) return DT_LNK;
  return DT_UNKNOWN;  // a device, a fifo, a socket: never linted
}

std::string canonical_key(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(fs::absolute(p), ec);
  return (ec ? fs::absolute(p).lexically_normal() : c).generic_string();
}

class Walker {
 public:
  Walker(const DiscoveryOptions& options, ConfigSet& configs, Discovery& out)
      : options_(options), configs_(configs), out_(out) {}

  void run() {
    std::vector<std::string> paths = options_.paths.empty() ? std::vector<std::string>{"."} : options_.paths;
    for (const auto& arg : paths) {
      if (stopped()) return;
      add_path(arg);
    }
  }

 private:
  bool stopped() const { return !out_.config_error.empty(); }
  // One argument reaches each file once (symlinked folders are not followed): only several
  // need the keys that tell one file from another.
  bool merging() const { return options_.paths.size() > 1; }

  const Config* config_for(const fs::path& dir) {
    const Config* c = configs_.for_dir(dir);
    if (!c && out_.config_error.empty()) out_.config_error = configs_.error();
    return c;
  }

  std::string glob_reason(const Glob& g, const Config& c) const {
    return "exclude glob '" + g.pattern() + "' in " + c.display;
  }

  // --force-exclude: a named file passes the filter a walked one would (no hidden folder or
  // node_modules on its way, include, exclude), since pre-commit names every staged file.
  std::string force_excluded(const Config& c, const std::string& rel) const {
    if (!options_.force_exclude || rel.empty()) return {};
    for (std::size_t begin = 0, slash; (slash = rel.find('/', begin)) != std::string::npos; begin = slash + 1) {
      std::string_view folder = std::string_view(rel).substr(begin, slash - begin);
      if (folder == "node_modules") return "node_modules";
      if (!folder.empty() && folder.front() == '.' && folder != "..") return "hidden folder";
    }
    if (!c.matches_include(rel)) return "not matched by the include globs";
    for (std::string_view p = rel; !p.empty(); p = p.substr(0, p.rfind('/') == std::string_view::npos ? 0 : p.rfind('/'))) {
      if (const Glob* g = c.excluded_here(p)) return glob_reason(*g, c);
    }
    return {};
  }

  // Appends `in`, or merges it into the same path found before (a named occurrence wins:
  // it decides how the file is judged). Returns the index.
  std::size_t add(Input in, const std::string& key) {
    if (!merging()) {
      out_.inputs.push_back(std::move(in));
      return out_.inputs.size() - 1;
    }
    auto [it, fresh] = seen_.emplace(key, out_.inputs.size());
    if (fresh) {
      out_.inputs.push_back(std::move(in));
    } else if (in.named && !out_.inputs[it->second].named) {
      in.display = out_.inputs[it->second].display;
      out_.inputs[it->second] = std::move(in);
    }
    return it->second;
  }

  void add_path(const std::string& arg) {
    const fs::path cwd = fs::current_path();
    if (arg == "-") {
      Input in;
      in.display = options_.stdin_filename.empty() ? "-" : options_.stdin_filename;
      in.named = in.is_stdin = true;
      fs::path named = options_.stdin_filename;
      in.config = config_for(named.empty() ? cwd : fs::absolute(named).parent_path());
      if (!in.config) return;
      if (!named.empty()) in.rel = in.config->relative(named);
      if (std::string why = force_excluded(*in.config, in.rel); !why.empty()) {
        in.kind = Input::Kind::Excluded;
        in.counted = true;
        in.why = why;
      }
      out_.inputs.push_back(std::move(in));
      return;
    }
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      std::string reason = ec ? ec.message() : std::strerror(ENOENT);
      Input in = make_input(Input::Kind::Unreadable, arg, arg, true);
      in.why = "cannot read " + arg + ": " + reason;
      out_.inputs.push_back(std::move(in));
      return;
    }
    if (fs::is_directory(st)) {
      const fs::path abs = fs::absolute(arg).lexically_normal();
      const Config* c = config_for(abs);
      if (!c) return;
      std::string rel = c->relative(abs);
      if (options_.force_exclude && c->excluded(rel)) {
        Input in = make_input(Input::Kind::Excluded, join_display(arg, "") + (arg.back() == '/' ? "" : "/"), arg, true);
        in.why = "--force-exclude: excluded by the config's exclude globs";
        out_.inputs.push_back(std::move(in));
        return;
      }
      out_.roots.push_back({arg, {}, 0});
      const std::size_t root = out_.roots.size() - 1;
      GitIgnore* git = nullptr;
      std::string git_rel;
      if (options_.respect_gitignore.value_or(c->respect_gitignore.value_or(true))) {
        git = git_for(abs);
        if (git) git_rel = abs.lexically_relative(git->top()).generic_string();
        if (git_rel == ".") git_rel.clear();
      }
      walk(abs, arg, "", merging() ? canonical_key(abs) : std::string(), git, git_rel, root);
      return;
    }
    const fs::path abs = fs::absolute(arg).lexically_normal();
    Input in = make_input(Input::Kind::Lint, arg, arg, true);
    in.config = config_for(abs.parent_path());
    if (!in.config) return;
    in.rel = in.config->relative(abs);
    if (std::string why = force_excluded(*in.config, in.rel); !why.empty()) {
      in.kind = Input::Kind::Excluded;
      in.counted = true;
      in.why = why;
    }
    add(std::move(in), merging() ? canonical_key(abs.parent_path()) + "/" + abs.filename().string() : std::string());
  }

  GitIgnore* git_for(const fs::path& abs_dir) {
    std::optional<GitIgnore> git = GitIgnore::open(abs_dir);
    if (!git) return nullptr;
    auto [it, fresh] = gits_.emplace(git->top().string(), nullptr);
    if (fresh) it->second = std::make_unique<GitIgnore>(std::move(*git));
    return it->second.get();
  }

  void excluded(const std::string& display, const std::string& path, std::string why, const std::string& key,
                std::size_t root) {
    Input in = make_input(Input::Kind::Excluded, display, path, false);
    in.why = std::move(why);
    add(std::move(in), key);
    ++out_.roots[root].excluded;
  }

  // Depth first, each folder's entries sorted by name, so the order is the sorted path
  // order component by component, whatever the file system. `rel` is `dir` below the
  // argument `arg`; `key` its canonical path; `git_rel` its path in git's work tree.
  void walk(const fs::path& dir, const std::string& arg, const std::string& rel, const std::string& key,
            GitIgnore* git, const std::string& git_rel, std::size_t root) {
    const Config* c = config_for(dir);
    if (!c) return;
    // POSIX readdir: the type from d_type, and a path built only for what is kept (a
    // directory_iterator builds and parses a path per entry). The names sit in one buffer
    // and are sorted as offsets.
    struct Entry {
      std::uint64_t head;  // the first 8 bytes, big-endian: most comparisons end here
      std::uint32_t offset;
      std::uint32_t size;
      unsigned char type;
    };
    std::string names;
    std::vector<Entry> entries;
    int error = 0;
    if (DIR* d = ::opendir(dir.c_str())) {
      errno = 0;
      while (const dirent* e = ::readdir(d)) {
        const std::string_view name = e->d_name;
        if (name != "." && name != "..") {
          std::uint64_t head = 0;
          for (std::size_t k = 0; k < 8; ++k) {
            head = head << 8 | (k < name.size() ? static_cast<unsigned char>(name[k]) : 0u);
          }
          entries.push_back({head, static_cast<std::uint32_t>(names.size()), static_cast<std::uint32_t>(name.size()), e->d_type});
          names += name;
        }
        errno = 0;
      }
      error = errno;
      ::closedir(d);
    } else {
      error = errno;
    }
    if (error) {
      Input in = make_input(Input::Kind::Unreadable, join_display(arg, rel), dir.string(), false);
      in.why = "cannot read " + in.display + ": " + std::strerror(error);
      out_.inputs.push_back(std::move(in));
      return;
    }
    auto name_of = [&](const Entry& e) { return std::string_view(names).substr(e.offset, e.size); };
    // a name holds no NUL, so the zero padding puts a prefix first, as string order does
    std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
      if (a.head != b.head) return a.head < b.head;
      return name_of(a).substr(std::min<std::size_t>(8, a.size)) < name_of(b).substr(std::min<std::size_t>(8, b.size));
    });
    if (const std::size_t need = out_.inputs.size() + entries.size(); need > out_.inputs.capacity()) {
      out_.inputs.reserve(std::max(need, 2 * out_.inputs.capacity()));  // geometric: walks nest
    }
    const std::string config_base = c->relative(dir);
    const std::string dir_slash = dir.string() == "/" ? "/" : dir.string() + "/";
    for (const Entry& entry : entries) {
      if (stopped()) return;
      const std::string name(name_of(entry));
      const std::string child_rel = join(rel, name);
      const std::string config_rel = join(config_base, name);
      const std::string child_git = git ? join(git_rel, name) : std::string();
      const std::string child_key = merging() ? key + "/" + name : std::string();
      const std::string display = join_display(arg, child_rel);
      const std::string path = dir_slash + name;
      unsigned char type = entry.type;
      struct stat st {};
      if (type == DT_UNKNOWN) type = ::lstat(path.c_str(), &st) == 0 ? dt_of(st.st_mode) : static_cast<unsigned char>(DT_UNKNOWN);
      const bool symlink = type == DT_LNK;
      // a symlink that points nowhere (or in a loop) is reported if its name would be linted
      if (symlink) {
        if (::stat(path.c_str(), &st) != 0) {
          const int why = errno == ENOTDIR ? ENOENT : errno;
          if (!c->included(config_rel)) continue;
          Input in = make_input(Input::Kind::Unreadable, display, path, false);
          in.why = "cannot read " + display + ": " + std::strerror(why);
          add(std::move(in), child_key);
          continue;
        }
        type = dt_of(st.st_mode);
      }
      if (type == DT_DIR) {
        const std::string shown = display + "/";
        if (name == ".git") {
          continue;  // the repository itself: never a place for job files, and noise in --show-files
        } else if (symlink) {
          excluded(shown, path, "a symlink to a folder, not followed", child_key, root);
        } else if (name.front() == '.') {
          excluded(shown, path, "hidden folder", child_key, root);
        } else if (name == "node_modules") {
          excluded(shown, path, "node_modules", child_key, root);
        } else if (const Glob* g = c->excluded_here(config_rel)) {
          excluded(shown, path, glob_reason(*g, *c), child_key, root);
        } else if (auto m = git ? git->ignored(child_git, true) : std::nullopt) {
          excluded(shown, path, to_string(*m), child_key, root);
        } else {
          walk(fs::path(path), arg, child_rel, child_key, git, child_git, root);
        }
        continue;
      }
      if (type != DT_REG || !c->matches_include(config_rel)) continue;
      if (name == kConfigName) {  // iotjob-lint's own settings, never a job (even with --dialect)
        excluded(display, path, "configuration file", child_key, root);
        continue;
      }
      if (const Glob* g = c->excluded_here(config_rel)) {
        excluded(display, path, glob_reason(*g, *c), child_key, root);
      } else if (auto m = git ? git->ignored(child_git, false) : std::nullopt) {
        excluded(display, path, to_string(*m), child_key, root);
      } else {
        Input in = make_input(Input::Kind::Lint, display, path, false);
        in.regular = true;
        in.config = c;
        in.rel = config_rel;
        out_.roots[root].inputs.push_back(add(std::move(in), child_key));
      }
    }
  }

  const DiscoveryOptions& options_;
  ConfigSet& configs_;
  Discovery& out_;
  std::unordered_map<std::string, std::size_t> seen_;
  std::map<std::string, std::unique_ptr<GitIgnore>> gits_;
};

}  // namespace

Discovery discover(const DiscoveryOptions& options, ConfigSet& configs) {
  Discovery out;
  Walker(options, configs, out).run();
  return out;
}

}  // namespace ijl
