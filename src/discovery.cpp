// Walks the paths given: sorted folder contents, the closest config of each folder, git's
// ignore rules; names files given twice once; keeps every path left out with its reason.
#include "discovery.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <map>
#include <memory>

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

Input make_input(Input::Kind kind, std::string display, fs::path path, bool named) {
  Input in;
  in.kind = kind;
  in.display = std::move(display);
  in.path = std::move(path);
  in.named = named;
  return in;
}

std::string join(const std::string& a, const std::string& b) { return a.empty() ? b : a + "/" + b; }

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
      walk(abs, arg, "", canonical_key(abs), git, git_rel, root);
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
    add(std::move(in), canonical_key(abs.parent_path()) + "/" + abs.filename().string());
  }

  GitIgnore* git_for(const fs::path& abs_dir) {
    std::optional<GitIgnore> git = GitIgnore::open(abs_dir);
    if (!git) return nullptr;
    auto [it, fresh] = gits_.emplace(git->top().string(), nullptr);
    if (fresh) it->second = std::make_unique<GitIgnore>(std::move(*git));
    return it->second.get();
  }

  void excluded(const std::string& display, const fs::path& path, std::string why, const std::string& key,
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
    std::error_code ec;
    std::vector<fs::directory_entry> entries;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
    if (ec) {
      Input in = make_input(Input::Kind::Unreadable, join_display(arg, rel), dir, false);
      in.why = "cannot read " + in.display + ": " + ec.message();
      out_.inputs.push_back(std::move(in));
      return;
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.path().filename() < b.path().filename(); });
    const std::string config_base = c->relative(dir);
    for (const auto& entry : entries) {
      if (stopped()) return;
      const std::string name = entry.path().filename().string();
      const std::string child_rel = join(rel, name);
      const std::string config_rel = join(config_base, name);
      const std::string child_git = join(git_rel, name);
      const std::string child_key = key + "/" + name;
      const std::string display = join_display(arg, child_rel);
      const bool symlink = entry.is_symlink(ec);
      // A symlink to a folder is not followed (it could loop); one to a file is read; one
      // that leads nowhere (dangling, a loop) is a file that cannot be read.
      std::error_code target;
      if (symlink && (!fs::exists(fs::status(entry.path(), target)) || target)) {
        if (!c->included(config_rel)) continue;
        Input in = make_input(Input::Kind::Unreadable, display, entry.path(), false);
        in.why = "cannot read " + display + ": " + (target ? target.message() : std::strerror(ENOENT));
        add(std::move(in), child_key);
        continue;
      }
      if (entry.is_directory(ec)) {
        const std::string shown = display + "/";
        if (name == ".git") {
          continue;  // the repository itself: never a place for job files, and noise in --show-files
        } else if (symlink) {
          excluded(shown, entry.path(), "a symlink to a folder, not followed", child_key, root);
        } else if (name.front() == '.') {
          excluded(shown, entry.path(), "hidden folder", child_key, root);
        } else if (name == "node_modules") {
          excluded(shown, entry.path(), "node_modules", child_key, root);
        } else if (const Glob* g = c->excluded_here(config_rel)) {
          excluded(shown, entry.path(), glob_reason(*g, *c), child_key, root);
        } else if (auto m = git ? git->ignored(child_git, true) : std::nullopt) {
          excluded(shown, entry.path(), to_string(*m), child_key, root);
        } else {
          walk(entry.path(), arg, child_rel, child_key, git, child_git, root);
        }
        continue;
      }
      if (!entry.is_regular_file(ec) || !c->matches_include(config_rel)) continue;
      if (name == kConfigName) {  // iotjob-lint's own settings, never a job (even with --dialect)
        excluded(display, entry.path(), "configuration file", child_key, root);
        continue;
      }
      if (const Glob* g = c->excluded_here(config_rel)) {
        excluded(display, entry.path(), glob_reason(*g, *c), child_key, root);
      } else if (auto m = git ? git->ignored(child_git, false) : std::nullopt) {
        excluded(display, entry.path(), to_string(*m), child_key, root);
      } else {
        Input in = make_input(Input::Kind::Lint, display, entry.path(), false);
        in.config = c;
        in.rel = config_rel;
        out_.roots[root].inputs.push_back(add(std::move(in), child_key));
      }
    }
  }

  const DiscoveryOptions& options_;
  ConfigSet& configs_;
  Discovery& out_;
  std::map<std::string, std::size_t> seen_;
  std::map<std::string, std::unique_ptr<GitIgnore>> gits_;
};

}  // namespace

Discovery discover(const DiscoveryOptions& options, ConfigSet& configs) {
  Discovery out;
  Walker(options, configs, out).run();
  return out;
}

}  // namespace ijl
