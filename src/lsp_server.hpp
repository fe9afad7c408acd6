// `iotjob-lint server`: the language server (docs/editors.md), LSP 3.17 over stdio.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "lsp_linting.hpp"
#include "lsp_transport.hpp"

namespace ijl::lsp {

// The protocol's state machine: lifecycle, document sync and the requests. Messages come in
// on one thread (`handle`); linting runs on the Linter's.
class Server {
 public:
  explicit Server(MessageWriter& out) : out_(out) {}
  ~Server();

  void handle(const Frame& frame);
  // After `exit`: stop reading.
  bool done() const { return done_; }
  // The process's exit code: 0 after shutdown then exit (or the end of input after shutdown), 1 otherwise.
  int exit_code() const { return shutdown_ ? 0 : 1; }
  // Stops the linting thread (at the end of input).
  void stop();

 private:
  void request(const Incoming& in);
  void notification(const Incoming& in);
  json initialize(const json& params);
  void did_open(const json& params);
  void did_change(const json& params);
  void did_close(const json& params);
  // Open, and in a format the linter reads.
  bool linted(const std::string& uri);
  void watched_files_changed(const json& params);
  json hover(const json& params);
  json completion(const json& params);
  json code_action(const json& params);
  // The buffer of a request's textDocument, with the lint of exactly its text if there is one.
  struct Snapshot;
  std::optional<Snapshot> snapshot(const json& params);

  MessageWriter& out_;
  Documents docs_;
  std::unique_ptr<Linter> linter_;
  LintSettings settings_;
  std::chrono::milliseconds debounce_{50};
  bool initialized_ = false;
  bool shutdown_ = false;
  bool done_ = false;
  bool watch_files_ = false;   // the client registers file watchers on request
  bool versioned_edits_ = false;  // the client takes documentChanges in a WorkspaceEdit
};

// Runs the server on stdin and stdout until `exit` or the end of input; returns the exit code.
// `args` after `server`: only --help.
int run_server(int argc, char** argv);

}  // namespace ijl::lsp
