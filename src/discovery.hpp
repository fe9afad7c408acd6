// Finding the files to lint: paths as given, folders walked in sorted order, the config
// that applies to each, git's ignore rules, and every path left out with the reason.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "config.hpp"

namespace ijl {

struct DiscoveryOptions {
  std::vector<std::string> paths;  // as given; "-" is stdin
  std::string stdin_filename;
  bool force_exclude = false;
  std::optional<bool> respect_gitignore;  // nullopt: the config's, else yes
};

// One path found, in report order.
struct Input {
  enum class Kind : std::uint8_t {
    Lint,        // read and lint it
    Excluded,    // left out: by `why` (a folder shown with a trailing `/`)
    Unreadable,  // `why` is the message ("cannot read X: …")
  };
  Kind kind = Kind::Lint;
  std::string display;  // the path as reported
  std::string path;  // what is opened
  bool regular = false;  // a walk saw a regular file there
  bool named = false;     // named on the command line (or stdin)
  bool is_stdin = false;
  bool counted = false;   // Excluded, but counted as skipped (a named file under --force-exclude)
  std::string why;
  const Config* config = nullptr;
  std::string rel;  // relative to config->dir, for its globs ("" for unnamed stdin)
};

// A folder named on the command line: the inputs found under it (also those found first
// under another argument: `jobs jobs/a.json` lints a.json once, for both).
struct Root {
  std::string display;
  std::vector<std::size_t> inputs;
  std::size_t excluded = 0;  // paths below it left out (globs, .gitignore, hidden folders)
};

struct Discovery {
  std::vector<Input> inputs;
  std::vector<Root> roots;
  std::string config_error;  // set: a config file is not valid; stop with exit 2
};

Discovery discover(const DiscoveryOptions& options, ConfigSet& configs);

}  // namespace ijl
