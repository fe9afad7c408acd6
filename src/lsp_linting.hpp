// The open documents and the thread that lints them: debounced, configured as the CLI is, and
// publishing a result only while it is the result of the newest version.
#pragma once

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "config.hpp"
#include "engine.hpp"
#include "lsp_text.hpp"
#include "lsp_transport.hpp"

namespace ijl::lsp {

struct LintResult {
  std::int64_t version = 0;
  std::vector<Diagnostic> diagnostics;  // ranges are offsets into that version's text
};

struct OpenDocument {
  std::optional<std::filesystem::path> path;  // a file: URI's
  std::optional<InputFormat> format;          // nullopt: not a file the linter reads
  std::int64_t version = 0;
  std::shared_ptr<const std::string> text;     // replaced, never changed: a lint may hold the old one
  std::shared_ptr<const LintResult> lint;      // the last published one
  std::optional<Dialect> dialect;              // the last one any lint of it found
};

// The open documents by URI, shared by the reader and the linting thread.
struct Documents {
  std::mutex mutex;
  std::map<std::string, OpenDocument> by_uri;
};

struct LintSettings {
  std::optional<std::chrono::sys_seconds> now;  // initializationOptions.now; else the clock at each lint
  std::string docs_url;
  std::filesystem::path root;  // the workspace: config file names are relative to it
  Encoding encoding = Encoding::Utf16;
  bool related_information = false;  // the client takes publishDiagnostics' relatedInformation
};

class Linter {
 public:
  Linter(Documents& docs, MessageWriter& out, LintSettings settings);
  ~Linter();
  Linter(const Linter&) = delete;
  Linter& operator=(const Linter&) = delete;

  // Lints `uri` after `delay` (a later call for the same URI moves it); a closed document's
  // diagnostics are cleared.
  void schedule(const std::string& uri, std::chrono::milliseconds delay = {});
  // Reads the configuration files again before the next lint, and lints every open document.
  void reload_configs();
  // Nothing scheduled is linted and nothing more published (at shutdown); returns at once.
  void cancel();
  // cancel(), then waits for the lint under way (at exit).
  void stop();

 private:
  void run();
  void lint(const std::string& uri);
  void publish(const std::string& uri, std::optional<std::int64_t> version, json diagnostics);
  std::optional<LintOptions> options_for(const std::optional<std::filesystem::path>& path);

  Documents& docs_;
  MessageWriter& out_;
  const LintSettings settings_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::map<std::string, std::chrono::steady_clock::time_point> due_;
  bool stopping_ = false;
  bool reload_ = false;
  // the linting thread's alone
  std::unique_ptr<ConfigSet> configs_;
  std::map<const Config*, LintOptions> options_;
  std::string last_config_error_;
  std::thread thread_;
};

}  // namespace ijl::lsp
